package org.claimgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.claimgraph.core.Article;
import org.claimgraph.core.CitedSource;
import org.claimgraph.core.Format;
import org.claimgraph.core.RawDocument;
import org.junit.jupiter.api.Test;

/** The seed pages read as scraped text, against their gold labels. */
class ArticleExtractorSeedTest {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    private static Article seed(String prefix) {
        String name = SeedGold.names().stream().filter(n -> n.startsWith(prefix)).findFirst().orElseThrow();
        return EXTRACTOR.extract(RawDocument.of("seeds/" + name, null, Format.TEXT, SeedGold.bytes(name)));
    }

    private static List<String> citedNames(Article a) {
        return a.citedSources().stream().map(c -> c.name().toLowerCase(Locale.ROOT)).distinct().toList();
    }

    @Test
    void takesTheDatelineNotTheScrapeDate() {
        Article a = seed("001");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 9, 25));
        assertThat(a.byline()).isEqualTo("Tyler Durden");
        assertThat(a.originalOutlet()).isEqualTo("zerohedge.com");
        assertThat(a.title()).isEqualTo("Leaks Show Russia Has Secret Project To Develop Advanced Drones In China: Report");
    }

    @Test
    void creditsTheRepublishedOutletAndTheSiteFromItsBlurb() {
        Article a = seed("000");
        assertThat(a.published()).isNull();
        assertThat(a.outlet()).isEqualTo("players.bio");
        assertThat(a.originalOutlet()).isEqualTo("euronews.com");
        assertThat(a.title()).isEqualTo("EU grows increasingly convinced Russia is producing lethal drones in China");
    }

    @Test
    void readsAnOriginalPageAsItsOwnOutlet() {
        Article a = seed("002");
        assertThat(a.published()).isNull();
        assertThat(a.outlet()).isEqualTo("Ukrainska Pravda");
        assertThat(a.originalOutlet()).isEqualTo("Ukrainska Pravda");
        assertThat(citedNames(a)).contains("der spiegel");
    }

    @Test
    void leavesAnUnnamedBlogUnknown() {
        Article a = seed("003");
        assertThat(a.outlet()).isNull();
        assertThat(a.originalOutlet()).isNull();
        assertThat(a.published()).isNull();
        assertThat(citedNames(a)).containsExactly("reuters");
    }

    @Test
    void usesTheMetadataPrefixDateAndDropsThePrefix() {
        Article a = seed("004");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 9, 25));
        assertThat(a.originalOutlet()).isEqualTo("UNN");
        assertThat(a.title()).isNull();
        assertThat(a.text()).startsWith("Russia has established a weapons programme in China");
        assertThat(citedNames(a)).contains("reuters").doesNotContain("unn");
    }

    @Test
    void citesTheGoldSourcesButNotAPhotoCredit() {
        assertThat(citedNames(seed("001"))).containsExactly("reuters");
        assertThat(citedNames(seed("000"))).contains("reuters", "a high-ranking eu official");
    }

    @Test
    void givesTheSameArticlesFromManyThreads() throws Exception {
        List<String> names = SeedGold.names();
        List<Article> sequential = names.stream().map(n -> seed(n.substring(0, 3))).toList();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Article>> futures = new java.util.ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (String n : names) {
                    futures.add(pool.submit(() -> seed(n.substring(0, 3))));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % names.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void citationSpansCoverTheirNameInTheText() {
        Article a = seed("004");
        for (CitedSource c : a.citedSources()) {
            assertThat(c.span().of(a.text())).contains(c.name()).contains(c.cue());
        }
        assertThat(a.citedSources()).isNotEmpty();
    }
}
