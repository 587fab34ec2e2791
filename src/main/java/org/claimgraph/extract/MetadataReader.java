package org.claimgraph.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's own metadata: JSON-LD ({@code NewsArticle} and kin, also inside {@code @graph}), OpenGraph and
 * {@code <meta>} tags, {@code <link rel=canonical>} and {@code <time datetime>}. Thread-safe.
 */
final class MetadataReader {
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "blogposting", "socialmediaposting",
            "liveblogposting", "report", "scholarlyarticle", "techarticle", "webpage", "creativework");
    private static final String[] DATE_META = {"article:published_time", "og:article:published_time",
        "datePublished", "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date",
        "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "citation_publication_date",
        "article.published", "article_date_original", "cxenseparse:recs:publishtime", "dat.publishdate"};
    private static final int MAX_JSON_CHARS = 2_000_000;
    private final ObjectMapper json = new ObjectMapper();

    /** Returns what the page says about itself. */
    PageMetadata read(Document page) {
        Tags tags = tags(page);
        JsonNode ld = articleJsonLd(tags.jsonLd());
        Map<String, String> metas = tags.metas();
        String title = first(text(ld, "headline"), meta(metas, "og:title"), meta(metas, "twitter:title"),
                page.title());
        String byline = first(authors(ld), meta(metas, "author"), meta(metas, "article:author"),
                meta(metas, "parsely-author"), meta(metas, "sailthru.author"), meta(metas, "dc.creator"));
        String published = first(text(ld, "datePublished"), anyMeta(metas, DATE_META), tags.time(),
                text(ld, "dateCreated"));
        String outlet = first(meta(metas, "og:site_name"), ld == null ? null : text(ld.get("publisher"), "name"),
                meta(metas, "application-name"));
        String url = first(tags.canonical(), meta(metas, "og:url"),
                text(ld, "url"));
        return new PageMetadata(clean(title), clean(byline), clean(published), clean(outlet), clean(url),
                text(ld, "articleBody"));
    }

    /**
     * The metadata elements of a page, gathered in one pass.
     *
     * @param metas     {@code <meta>} contents by lower-cased property, name or itemprop; first one wins
     * @param jsonLd    the texts of the JSON-LD scripts
     * @param canonical the canonical URL, or {@code null}
     * @param time      the first {@code <time datetime>} or {@code itemprop=datePublished} value, or {@code null}
     */
    private record Tags(Map<String, String> metas, List<String> jsonLd, String canonical, String time) {
    }

    private static Tags tags(Document page) {
        Map<String, String> metas = new HashMap<>();
        List<String> jsonLd = new ArrayList<>();
        String canonical = null;
        String time = null;
        for (Element e : page.getAllElements()) {
            switch (e.normalName()) {
                case "meta" -> addMeta(e, metas);
                case "script" -> {
                    if (e.attr("type").contains("ld+json")) {
                        jsonLd.add(e.data());
                    }
                }
                case "link" -> canonical = canonical == null && "canonical".equalsIgnoreCase(e.attr("rel"))
                        ? e.attr("abs:href") : canonical;
                case "time" -> time = time == null && e.hasAttr("datetime") ? e.attr("datetime") : time;
                default -> {
                    if (time == null && "datePublished".equals(e.attr("itemprop"))) {
                        time = first(e.attr("datetime"), e.attr("content"), e.text());
                    }
                }
            }
        }
        return new Tags(metas, jsonLd, canonical, time);
    }

    private static void addMeta(Element m, Map<String, String> out) {
        String content = m.attr("content");
        if (content.isBlank()) {
            return;
        }
        for (String key : new String[] {"property", "name", "itemprop"}) {
            String k = m.attr(key).toLowerCase(Locale.ROOT);
            if (!k.isEmpty()) {
                out.putIfAbsent(k, content);
            }
        }
    }

    private JsonNode articleJsonLd(List<String> scripts) {
        JsonNode best = null;
        for (String data : scripts) {
            if (data.length() > MAX_JSON_CHARS) {
                continue;
            }
            for (JsonNode node : flatten(parse(data))) {
                String type = node.path("@type").isArray() ? node.path("@type").path(0).asText()
                        : node.path("@type").asText();
                if (ARTICLE_TYPES.contains(type.toLowerCase(Locale.ROOT)) && (best == null || better(node, best))) {
                    best = node;
                }
            }
        }
        return best;
    }

    private static boolean better(JsonNode node, JsonNode best) {
        return node.has("headline") && !best.has("headline") || node.has("articleBody") && !best.has("articleBody");
    }

    private JsonNode parse(String data) {
        try {
            return json.readTree(data);
        } catch (JsonProcessingException ignored) {
            // broken JSON-LD is common; the page's other metadata and its DOM still count
            return null;
        }
    }

    private static List<JsonNode> flatten(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        Deque<JsonNode> todo = new ArrayDeque<>();
        if (root != null) {
            todo.add(root);
        }
        while (!todo.isEmpty() && out.size() < 200) {
            JsonNode n = todo.poll();
            if (n.isArray()) {
                n.forEach(todo::add);
            } else if (n.isObject()) {
                out.add(n);
                if (n.has("@graph")) {
                    todo.add(n.get("@graph"));
                }
            }
        }
        return out;
    }

    private static String authors(JsonNode ld) {
        JsonNode a = ld == null ? null : ld.get("author");
        if (a == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonNode one : a.isArray() ? a : List.of(a)) {
            String name = one.isTextual() ? one.asText() : one.path("name").asText("");
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v != null && v.isArray()) {
            v = v.path(0);
        }
        return v != null && v.isValueNode() ? v.asText() : null;
    }

    private static String anyMeta(Map<String, String> metas, String[] names) {
        for (String name : names) {
            String v = meta(metas, name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String meta(Map<String, String> metas, String name) {
        return metas.get(name.toLowerCase(Locale.ROOT));
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
    }
}
