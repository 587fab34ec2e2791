package org.claimgraph.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.claimgraph.core.Article;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.Story;
import org.claimgraph.core.StoryId;

/** Groups articles into stories. */
public final class StoryClusterer {

    /** Returns the stories of the given articles and the reuse between them; every article is in one story. */
    public Stories cluster(List<Article> articles) {
        Objects.requireNonNull(articles, "articles");
        List<Story> stories = new ArrayList<>();
        for (Article article : articles.stream().sorted(Comparator.comparing(Article::id)).toList()) {
            String title = article.title() == null ? "(untitled)" : article.title();
            List<DocumentId> members = List.of(article.id());
            stories.add(new Story(new StoryId("s" + article.id().value().substring(0, 12)), title, members,
                    article.published(), article.published()));
        }
        return new Stories(stories, List.of());
    }
}
