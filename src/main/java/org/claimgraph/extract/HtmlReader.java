package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads a web page: its own metadata first, the DOM next (see {@link ContentExtractor}), text patterns last
 * (bylines, datelines and republication credits in the extracted paragraphs). Thread-safe.
 */
final class HtmlReader {
    /** Pages longer than this many characters are cut, so time and memory stay bounded; articles lead pages. */
    static final int MAX_CHARS = 8_000_000;
    private static final Pattern BY = Pattern.compile("(?i)^(by|von|par|por|di|door|av)\\s+\\p{Lu}.{0,80}$");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+[^|–—-]{2,60}$");
    private static final int SHORT_BLOCK_WORDS = 12;
    /** A republication credit anywhere in the markup, naming a web domain: "Read more on euronews.com". */
    private static final Pattern RAW_CREDIT = Pattern.compile("(?i)(read more (?:on|at)|originally (?:published|"
            + "appeared|posted) (?:on|in|at)|first (?:published|appeared) (?:on|in|at)|republished from)\\s+"
            + "(?:<[^>]{0,300}>\\s*){0,3}((?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,})(?=[\\s<.,;)])");
    private final DateParser dates;
    private final Outlets outlets;
    private final MetadataReader metadata = new MetadataReader();
    private final ContentExtractor content = new ContentExtractor();

    /** Creates a reader with the given collaborators. */
    HtmlReader(DateParser dates, Outlets outlets) {
        this.dates = dates;
        this.outlets = outlets;
    }

    /** Returns the article parts of the page; the text is empty when the page holds no article. */
    ArticleParts read(String html, String url) {
        String bounded = html.length() > MAX_CHARS ? html.substring(0, MAX_CHARS) : html;
        String source = MarkupStripper.strip(bounded);
        Document page = Jsoup.parse(source, url == null ? "" : url);
        PageMetadata meta = metadata.read(page);
        String title = title(meta);
        ContentExtractor.Selection chosen = content.select(page);
        List<BlockWriter.Block> blocks = chosen.elements().isEmpty() ? List.of()
                : new BlockWriter(chosen.stats()).write(chosen.elements());
        Found found = filter(blocks, title);
        String text = String.join("\n\n", found.paragraphs());
        if (text.length() < 200 && meta.articleBody() != null && meta.articleBody().length() > text.length()) {
            text = String.join("\n\n", meta.articleBody().strip().split("\\s*\\n\\s*\\n?\\s*"));
        }
        String byline = meta.byline() != null ? meta.byline() : found.byline();
        LocalDate published = meta.published() != null ? dates.findDate(meta.published()).orElse(null) : null;
        if (published == null && found.dateline() != null) {
            published = dates.findDate(found.dateline()).orElse(null);
        }
        String outlet = meta.outlet() != null ? meta.outlet() : host(meta.url() != null ? meta.url() : url);
        String original = firstNonNull(found.credit(), rawCredit(source), outlets.houseBylineOutlet(byline), outlet);
        return new ArticleParts(title, byline, published, outlet, original, meta.url(), text);
    }

    /** Paragraphs kept, with the byline, dateline and credit lines taken out of them. */
    private record Found(List<String> paragraphs, String byline, String dateline, String credit) {
    }

    private Found filter(List<BlockWriter.Block> blocks, String title) {
        List<String> kept = new ArrayList<>();
        String byline = null;
        String dateline = null;
        String credit = null;
        String titleKey = title == null ? "" : title.toLowerCase(Locale.ROOT);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (BlockWriter.Block b : blocks) {
            String t = b.text();
            if (TextShape.words(t) > 5 && !seen.add(t)) {
                // the same paragraph twice: a page's mobile and desktop copies, or a pull quote
                continue;
            }
            int words = TextShape.words(t);
            boolean isShort = words <= SHORT_BLOCK_WORDS;
            String c = isShort ? firstNonNull(outlets.creditedOutlet(t), outlets.sourceLineOutlet(t)) : null;
            if (c != null) {
                credit = credit == null ? c : credit;
            } else if (isShort && BY.matcher(t).matches() && words <= 8) {
                byline = byline == null ? t.replaceFirst("(?i)^\\S+\\s+", "").strip() : byline;
            } else if (words <= 10 && !TextShape.endsSentence(t) && dates.findDate(t).isPresent()) {
                dateline = dateline == null ? t : dateline;
            } else if (!(isShort && Furniture.isFurniture(t)) && !(words <= 40 && b.linkDensity() > 0.6)
                    && !t.toLowerCase(Locale.ROOT).equals(titleKey)) {
                kept.add(t);
            }
        }
        return new Found(kept, byline, dateline, credit);
    }

    private static String rawCredit(String source) {
        // a plain search for the cue words first: the case-blind pattern is slow over a whole page
        for (String cue : new String[] {"ead more", "EAD MORE", "riginally", "irst published", "irst appeared",
            "epublished from"}) {
            int at = source.indexOf(cue);
            while (at >= 0) {
                var m = RAW_CREDIT.matcher(source).region(Math.max(0, at - 1), Math.min(source.length(), at + 500));
                if (m.lookingAt()) {
                    return Outlets.normalise(m.group(2));
                }
                at = source.indexOf(cue, at + 1);
            }
        }
        return null;
    }

    private static String title(PageMetadata meta) {
        if (meta.title() == null) {
            return null;
        }
        String t = meta.title();
        if (meta.outlet() != null && t.endsWith(meta.outlet()) || TITLE_SUFFIX.matcher(t).find() && t.length() > 40) {
            t = TITLE_SUFFIX.matcher(t).replaceFirst("");
        }
        return t.strip();
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        var m = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://(?:www\\.)?([^/:?#]+)").matcher(url);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
