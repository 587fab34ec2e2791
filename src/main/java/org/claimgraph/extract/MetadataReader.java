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
        JsonNode ld = articleJsonLd(page);
        Map<String, String> metas = metaTags(page);
        String title = first(text(ld, "headline"), meta(metas, "og:title"), meta(metas, "twitter:title"),
                page.title());
        String byline = first(authors(ld), meta(metas, "author"), meta(metas, "article:author"),
                meta(metas, "parsely-author"), meta(metas, "sailthru.author"), meta(metas, "dc.creator"));
        String published = first(text(ld, "datePublished"), anyMeta(metas, DATE_META), timeElement(page),
                text(ld, "dateCreated"));
        String outlet = first(meta(metas, "og:site_name"), ld == null ? null : text(ld.get("publisher"), "name"),
                meta(metas, "application-name"));
        String url = first(canonical(page), meta(metas, "og:url"),
                text(ld, "url"));
        return new PageMetadata(clean(title), clean(byline), clean(published), clean(outlet), clean(url),
                text(ld, "articleBody"));
    }

    private JsonNode articleJsonLd(Document page) {
        JsonNode best = null;
        for (Element script : page.getElementsByTag("script")) {
            String data = script.data();
            if (data.length() > MAX_JSON_CHARS || !script.attr("type").contains("ld+json")) {
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

    private static String timeElement(Document page) {
        for (Element time : page.getElementsByTag("time")) {
            if (time.hasAttr("datetime") || time.hasAttr("pubdate")) {
                return first(time.attr("datetime"), time.text());
            }
        }
        Element item = page.getElementsByAttributeValue("itemprop", "datePublished").first();
        return item == null ? null : first(item.attr("datetime"), item.attr("content"), item.text());
    }

    private static String canonical(Document page) {
        for (Element link : page.getElementsByTag("link")) {
            if ("canonical".equalsIgnoreCase(link.attr("rel"))) {
                return link.attr("abs:href");
            }
        }
        return null;
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

    /** Returns the content of each {@code <meta>} by its property, name or itemprop, lower-cased; first one wins. */
    private static Map<String, String> metaTags(Document page) {
        Map<String, String> out = new HashMap<>();
        for (Element m : page.getElementsByTag("meta")) {
            String content = m.attr("content");
            if (content.isBlank()) {
                continue;
            }
            for (String key : new String[] {"property", "name", "itemprop"}) {
                String k = m.attr(key).toLowerCase(Locale.ROOT);
                if (!k.isEmpty()) {
                    out.putIfAbsent(k, content);
                }
            }
        }
        return out;
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
