package org.claimgraph.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes number words and ordinals as digits, so that Three Percenters meets 3 Percenters, First meets 1st and
 * Forty-Four meets 44. Pure functions.
 */
final class Numbers {
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fourty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("first", 1),
            Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5),
            Map.entry("1st", 1), Map.entry("2nd", 2), Map.entry("3rd", 3), Map.entry("4th", 4), Map.entry("5th", 5));

    private Numbers() {
    }

    /** Returns the words with number words as digits and a tens word joined to a following unit (40 4 = 44). */
    static List<NameParser.Word> normalise(List<NameParser.Word> words) {
        var out = new ArrayList<NameParser.Word>(words.size());
        for (NameParser.Word w : words) {
            Integer value = WORDS.containsKey(w.text()) ? WORDS.get(w.text()) : digits(w.text());
            NameParser.Word last = out.isEmpty() ? null : out.get(out.size() - 1);
            Integer tens = last == null ? null : digits(last.text());
            if (value != null && tens != null && tens % 10 == 0 && tens >= 20 && tens < 100 && value < 10) {
                out.set(out.size() - 1, new NameParser.Word(String.valueOf(tens + value), false, last.qualifier()));
            } else if (value != null && WORDS.containsKey(w.text())) {
                out.add(new NameParser.Word(String.valueOf(value), false, w.qualifier()));
            } else {
                out.add(w);
            }
        }
        return out;
    }

    private static Integer digits(String s) {
        if (s.isEmpty() || s.length() > 9 || !s.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.valueOf(s);
    }
}
