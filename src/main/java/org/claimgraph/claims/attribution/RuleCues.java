package org.claimgraph.claims.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.core.Span;
import org.claimgraph.core.Stance;

/**
 * Finds the attributions a tagger trained on quotes tends to miss: non-responses ("did not respond to requests for
 * comment"), non-confirmations ("is yet to confirm", "was unable to determine") and denials, with the subject before
 * the cue as their source. Thread-safe.
 */
final class RuleCues {
    private static final Pattern NO_COMMENT = Pattern.compile("(?:did not|didn't|has not|hasn't|have not|haven't"
            + "|had not|could not|would not|declined to|refused to)\\s+(?:immediately\\s+)?(?:respond|reply|return"
            + "|comment(?:ed)?)\\b(?:\\s+to\\s+(?:a\\s+)?(?:requests?|questions?|calls?|emails?|messages?|inquiries)"
            + "(?:\\s+(?:for|seeking)\\s+comment)?)?|declined(?: to)? comment|could not be reached(?: for comment)?");
    private static final Pattern UNCONFIRMED = Pattern.compile("(?:(?:was|were|is|are|has been|have been)\\s+"
            + "(?:also\\s+|still\\s+)?(?:unable|not able)\\s+to|(?:is|are|was|were|has|have)\\s+yet\\s+to"
            + "|could not|couldn't|cannot"
            + "|(?:did|has|have) not)\\s+(?:independently\\s+)?(?:confirm|verify|determine|establish|corroborate)");
    private static final Pattern DENIAL = Pattern.compile("(?:(?:has|have|had)\\s+)?(?:(?:repeatedly|consistently"
            + "|strongly|flatly|categorically)\\s+)?(?:denied|denies|deny|rejected|rejects|dismissed|dismisses)\\b");
    private static final Pattern BOUNDARY = Pattern.compile(",\\s+and\\s+|;\\s+|,\\s+but\\s+|\\s+and,\\s+|:\\s+"
            + "|\\s+that\\s+|\\s+while\\s+|\\s+when\\s+|\\s+after\\s+|\\s+because\\s+");
    private static final Pattern LEADING = Pattern.compile("^(?:(?:however|but|and|so|also|meanwhile|still|yet"
            + "|while|although|though|as|because|since|if|when|whereas"
            + "|as noted|as indicated|in addition|moreover|separately|for (?:its|their|his|her) part)\\s*,?\\s*)+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INTERJECTION = Pattern.compile(",\\s*(?:however|as noted|as indicated|meanwhile"
            + "|also|though|for (?:its|their|his|her) part|in turn)\\s*,", Pattern.CASE_INSENSITIVE);
    /** A credit line: "Source: der Spiegel, citing several sources". */
    private static final Pattern SOURCE_LINE = Pattern.compile("(?m)^[ \\t]*(Sources?:)[ \\t]*([^,;\\n]{2,80})");
    private static final int MAX_SOURCE_WORDS = 12;

    /** Returns drafts for the rule cues of each sentence; sentences are given as spans into the text. */
    List<Draft> find(String text, List<Span> sentences) {
        List<Draft> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            Span sentence = sentences.get(s);
            String sentenceText = sentence.of(text);
            add(out, text, sentence, s, NO_COMMENT.matcher(sentenceText), Stance.NO_COMMENT);
            add(out, text, sentence, s, UNCONFIRMED.matcher(sentenceText), Stance.UNCONFIRMED);
            add(out, text, sentence, s, DENIAL.matcher(sentenceText), Stance.DENIED);
        }
        Matcher line = SOURCE_LINE.matcher(text);
        while (line.find()) {
            Span cue = new Span(line.start(1), line.end(1));
            Draft draft = new Draft(cue, sentenceOf(sentences, cue.start()));
            draft.stance = Stance.REPORTED;
            int end = trimEnd(text, line.start(2), line.end(2));
            draft.source = line.start(2) < end ? new Span(line.start(2), end) : null;
            out.add(draft);
        }
        return out;
    }

    private static int sentenceOf(List<Span> sentences, int offset) {
        for (int s = 0; s < sentences.size(); s++) {
            if (sentences.get(s).start() <= offset && offset < sentences.get(s).end()) {
                return s;
            }
        }
        return 0;
    }

    private static void add(List<Draft> out, String text, Span sentence, int index, Matcher m, Stance stance) {
        while (m.find()) {
            Span cue = new Span(sentence.start() + m.start(), sentence.start() + m.end());
            if (out.stream().anyMatch(d -> d.cue.overlaps(cue))) {
                continue;
            }
            Draft draft = new Draft(cue, index);
            draft.stance = stance;
            draft.source = subject(text, sentence.start(), cue.start());
            if (stance != Stance.NO_COMMENT) {
                int end = trimEnd(text, cue.end(), sentence.end());
                int start = skipSpaces(text, cue.end(), end);
                if (start < end) {
                    draft.contents.add(new Span(start, end));
                }
            }
            out.add(draft);
        }
    }

    /** Returns the span of the subject before the cue, or {@code null} when there is no plausible one. */
    static Span subject(String text, int sentenceStart, int cueStart) {
        String before = text.substring(sentenceStart, cueStart);
        int from = 0;
        Matcher boundary = BOUNDARY.matcher(before);
        while (boundary.find()) {
            from = boundary.end();
        }
        String rest = before.substring(from);
        Matcher leading = LEADING.matcher(rest);
        if (leading.find()) {
            from += leading.end();
        }
        int start = skipSpaces(text, sentenceStart + from, cueStart);
        while (start < cueStart && "([\"“‘'".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        int end = cueStart;
        Matcher interjection = INTERJECTION.matcher(text.substring(start, end));
        if (interjection.find() && interjection.end() == end - start - trailingSpace(text, start, end)) {
            end = start + interjection.start();
        }
        end = trimEnd(text, start, end);
        if (start >= end) {
            return null;
        }
        String subject = text.substring(start, end);
        boolean plausible = subject.split("\\s+").length <= MAX_SOURCE_WORDS
                && (Character.isUpperCase(subject.charAt(0)) || Pronouns.isPronoun(subject.toLowerCase(Locale.ROOT)));
        return plausible ? new Span(start, end) : null;
    }

    private static int trailingSpace(String text, int start, int end) {
        int n = 0;
        while (end - n > start && Character.isWhitespace(text.charAt(end - n - 1))) {
            n++;
        }
        return n;
    }

    private static int skipSpaces(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start && (Character.isWhitespace(text.charAt(e - 1)) || ",.;:".indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        return e;
    }
}
