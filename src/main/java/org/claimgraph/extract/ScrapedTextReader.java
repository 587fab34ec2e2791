package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads already-scraped plain text: strips a leading metadata prefix ({@code " date 2024-09-25 "}), labels the
 * lines, and assembles title, byline, date, outlets and body. Stateless and thread-safe.
 */
final class ScrapedTextReader {
    private static final Pattern META_PREFIX = Pattern.compile(
            "^\\s*(?i:date|published|date ?published|pubdate)\\s*[:=]?\\s*(\\d{4}-\\d{2}-\\d{2})(?:T[\\d:.+Z-]+)?\\s+");
    private final DateParser dates;
    private final LineClassifier classifier;
    private final Outlets outlets;

    /** Creates a reader with the given collaborators. */
    ScrapedTextReader(DateParser dates, Outlets outlets) {
        this.dates = dates;
        this.classifier = new LineClassifier(dates);
        this.outlets = outlets;
    }

    /** Returns the labelled lines of the text, after the metadata prefix is removed from the first line. */
    Labelled label(String content) {
        List<String> lines = new ArrayList<>(content.replace("\r\n", "\n").replace('\r', '\n').lines().toList());
        LocalDate prefixDate = null;
        if (!lines.isEmpty()) {
            Matcher m = META_PREFIX.matcher(lines.get(0));
            if (m.find()) {
                prefixDate = dates.findDate(m.group(1)).orElse(null);
                lines.set(0, lines.get(0).substring(m.end()));
            }
        }
        return new Labelled(List.copyOf(lines), classifier.classify(lines), prefixDate);
    }

    /** Returns the article parts of the text. */
    ArticleParts read(String content) {
        Labelled page = label(content);
        String title = page.first(LineLabel.TITLE);
        String byline = page.first(LineLabel.BYLINE);
        LocalDate published = page.prefixDate() != null ? page.prefixDate()
                : dates.findDate(nullToEmpty(page.first(LineLabel.DATELINE))).orElse(null);
        String outlet = page.outlet();
        String original = originalOutlet(page, byline);
        return new ArticleParts(title, byline, published, outlet, original != null ? original : outlet, null,
                page.body());
    }

    private String originalOutlet(Labelled page, String byline) {
        for (int i = 0; i < page.lines().size(); i++) {
            String line = page.lines().get(i);
            if (page.labels().get(i) == LineLabel.BOILERPLATE) {
                String credited = firstNonNull(outlets.creditedOutlet(line), outlets.sourceLineOutlet(line));
                if (credited != null) {
                    return credited;
                }
            }
        }
        String lead = page.first(LineLabel.BODY);
        String fromLead = lead == null ? null : outlets.leadOutlet(lead);
        return fromLead != null ? fromLead : outlets.houseBylineOutlet(byline);
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * Lines with their labels.
     *
     * @param lines      the lines (the first without its metadata prefix)
     * @param labels     one label per line
     * @param prefixDate the date of the metadata prefix, or {@code null}
     */
    record Labelled(List<String> lines, List<LineLabel> labels, LocalDate prefixDate) {
        /** Returns the first stripped line with the label, or {@code null}. */
        String first(LineLabel label) {
            int i = labels.indexOf(label);
            return i < 0 ? null : lines.get(i).strip();
        }

        /** Returns the body lines joined as paragraphs. */
        String body() {
            List<String> body = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (labels.get(i) == LineLabel.BODY) {
                    body.add(lines.get(i).strip());
                }
            }
            return String.join("\n\n", body);
        }

        /** Returns the site the furniture names as itself, or {@code null}. */
        String outlet() {
            for (int i = 0; i < lines.size(); i++) {
                String self = labels.get(i) == LineLabel.BOILERPLATE ? Furniture.selfReference(lines.get(i)) : null;
                if (self != null) {
                    return self;
                }
            }
            return null;
        }
    }
}
