package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Labels the lines of scraped text. A page reads as a header (widgets, menus, the site's "today" date), the
 * headline, a short meta block (byline, dateline), the body (from the first to the last paragraph of prose) and a
 * footer (byline, dateline, teasers, comment boxes, credits). Furniture recognised by its wording is removed
 * wherever it stands. Stateless and thread-safe.
 */
final class LineClassifier {
    /** How far down the page a headline is looked for, in non-blank lines. */
    private static final int TITLE_SEARCH_LINES = 12;
    /** How many lines after a headline candidate a paragraph of prose must start. */
    private static final int TITLE_TO_BODY_LINES = 8;
    private final DateParser dates;

    /** Creates a classifier that reads datelines with the given parser. */
    LineClassifier(DateParser dates) {
        this.dates = dates;
    }

    /** Returns one label per line, in order. */
    List<LineLabel> classify(List<String> lines) {
        LineLabel[] labels = new LineLabel[lines.size()];
        Arrays.fill(labels, LineLabel.BOILERPLATE);
        for (int i = 0; i < labels.length; i++) {
            if (lines.get(i).isBlank()) {
                labels[i] = LineLabel.BLANK;
            }
        }
        int title = findTitle(lines, labels);
        int firstBody = nextProse(lines, title + 1);
        if (firstBody < 0) {
            return List.of(labels);
        }
        int lastBody = lastBody(lines, firstBody);
        labelMeta(lines, labels, title + 1, firstBody);
        labelBody(lines, labels, firstBody, lastBody, title);
        labelMeta(lines, labels, lastBody + 1, lines.size());
        return List.of(labels);
    }

    private int findTitle(List<String> lines, LineLabel[] labels) {
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < TITLE_SEARCH_LINES; i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || Furniture.isFurniture(line)) {
                continue;
            }
            seen++;
            if (TextShape.isHeadline(line) && !isDateline(line) && bodyFollows(lines, i)) {
                labels[i] = LineLabel.TITLE;
                return i;
            }
            if (TextShape.isProse(line)) {
                return i - 1;
            }
        }
        return -1;
    }

    private boolean bodyFollows(List<String> lines, int title) {
        int body = nextProse(lines, title + 1);
        return body > 0 && body - title <= TITLE_TO_BODY_LINES * 2;
    }

    private static int nextProse(List<String> lines, int from) {
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            String line = lines.get(i).strip();
            boolean paragraph = !TextShape.isHeadline(line) || TextShape.endsSentence(line);
            if (TextShape.isProse(line) && paragraph && !Furniture.isFurniture(line)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastBody(List<String> lines, int firstBody) {
        int last = firstBody;
        for (int i = firstBody; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || Furniture.isFurniture(line)) {
                continue;
            }
            boolean closingSentence = TextShape.words(line) >= 4 && TextShape.endsSentence(line)
                    && !TextShape.isPersonName(line) && i <= last + 3;
            if (TextShape.isProse(line) || closingSentence) {
                last = i;
            }
        }
        return last;
    }

    private void labelBody(List<String> lines, LineLabel[] labels, int from, int to, int title) {
        String titleKey = title >= 0 ? key(lines.get(title)) : null;
        for (int i = from; i <= to; i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean repeat = key(line).equals(titleKey);
            labels[i] = repeat || Furniture.isFurniture(line) ? LineLabel.BOILERPLATE : LineLabel.BODY;
        }
    }

    /** Labels the lines of a meta block (after the headline, or after the body): bylines, datelines, furniture. */
    private void labelMeta(List<String> lines, LineLabel[] labels, int from, int to) {
        List<Integer> dated = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && isDateline(line)) {
                labels[i] = LineLabel.DATELINE;
                dated.add(i);
            }
        }
        for (int i = from; i < to; i++) {
            String line = lines.get(i).strip();
            boolean nearDate = dated.contains(i + 1) || dated.contains(i - 1);
            boolean byPrefix = line.toLowerCase(Locale.ROOT).startsWith("by ") && TextShape.isPersonName(line);
            if (labels[i] == LineLabel.BOILERPLATE && (byPrefix || nearDate && TextShape.isPersonName(line))) {
                labels[i] = LineLabel.BYLINE;
            }
        }
    }

    /** Returns whether the line is mostly a date (a dateline), not a sentence that mentions one. */
    boolean isDateline(String line) {
        return TextShape.words(line) <= 10 && dates.findDate(line).isPresent();
    }

    private static String key(String line) {
        return line.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
