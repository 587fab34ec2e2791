package org.claimgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimgraph.core.Format;
import org.claimgraph.core.Problem;
import org.claimgraph.core.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RSS and Atom input, on synthetic feeds. */
class FeedReaderTest {
    @TempDir
    Path dir;

    private final CollectingSink sink = new CollectingSink();
    private final List<RawDocument> documents = sink.documents;
    private final List<Problem> problems = sink.problems;

    private void read(Path file) {
        new DocumentReader(IngestLimits.DEFAULT, InputStream.nullInputStream()).read(List.of(file.toString()), sink);
    }

    @Test
    void readsRssItemsAsHtmlDocumentsWithTheirLinks() throws IOException {
        Path feed = dir.resolve("news.rss");
        Files.writeString(feed, """
                <?xml version="1.0"?>
                <rss version="2.0"><channel><title>Harbour Herald</title>
                <item><title>Strike extended &amp; talks stall</title><link>https://harbour.example/strike</link>
                <pubDate>Wed, 02 Apr 2025 10:00:00 GMT</pubDate>
                <description>&lt;p&gt;Dockworkers extended their strike.&lt;/p&gt;</description></item>
                <item><title>Only a title</title><link>https://harbour.example/empty</link></item>
                </channel></rss>
                """);

        read(feed);

        assertThat(problems).isEmpty();
        assertThat(documents).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo("https://harbour.example/strike");
            assertThat(d.url()).isEqualTo("https://harbour.example/strike");
            assertThat(d.format()).isEqualTo(Format.HTML);
            String html = new String(d.content(), StandardCharsets.UTF_8);
            assertThat(html).contains("<h1>Strike extended &amp; talks stall</h1>",
                    "<p>Dockworkers extended their strike.</p>", "Wed, 02 Apr 2025 10:00:00 GMT");
        });
    }

    @Test
    void readsAtomEntries() throws IOException {
        Path feed = dir.resolve("news.atom");
        Files.writeString(feed, """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Meridian Wire</title>
                <entry><title>Exclusive</title><link href="https://meridian.example/x"/>
                <published>2025-03-04T09:15:00Z</published><content type="html">&lt;p&gt;Body text.&lt;/p&gt;</content></entry>
                </feed>
                """);

        read(feed);

        assertThat(documents).extracting(RawDocument::source).containsExactly("https://meridian.example/x");
    }

    @Test
    void aFeedWithoutItemsIsAProblem() throws IOException {
        Path feed = dir.resolve("empty.rss");
        Files.writeString(feed, "<rss version=\"2.0\"><channel><title>Nothing</title></channel></rss>");

        read(feed);

        assertThat(documents).isEmpty();
        assertThat(problems).singleElement().extracting(Problem::message).asString().contains("no <item> or <entry>");
    }
}
