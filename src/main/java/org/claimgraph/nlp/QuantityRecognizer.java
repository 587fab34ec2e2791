package org.claimgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.core.Hedge;
import org.claimgraph.core.Quantity;
import org.claimgraph.core.Span;

/**
 * Finds quantities with their units, ranges and hedges, normalised so that different wordings compare equal:
 * "some 2,000km", "2,000 kilometers (1,240 miles)", "35 to 50 kilogram", "at least seven military drones",
 * "800 drones a year". Bare years and numbers without a unit or counted noun are left alone.
 */
final class QuantityRecognizer {
    private static final String NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a dozen|dozens";
    private static final String DIGITS_OR_WORDS = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|" + NUMBER_WORDS
            + ")";
    /** A number with its scale as news writes it: "2 million", "$1million", "a $400-million business". */
    private static final String NUM = DIGITS_OR_WORDS + "(?:[\\s-]?(?:thousand|million|billion|trillion)\\b)?";
    /** Sums of money also take the short scales: "$5m", "$2bn", "$10k". */
    private static final String MONEY_NUM = DIGITS_OR_WORDS + "(?:[\\s-]?(?:thousand|million|billion|trillion)\\b"
            + "|(?:bn|mn|m|k)\\b)?";
    private static final String HEDGE = "(?:(about|around|some|approximately|roughly|nearly|almost|an estimated|"
            + "at least|more than|over|upwards of|up to|at most|less than|under|no more than|fewer than)\\s+)?";
    private static final String UNIT = "(km|kilomet(?:er|re)s?|miles?|kg|kilograms?|pounds|lbs|tonnes?|tons|"
            + "hectares?|ha|meters?|metres?|m)\\b";
    private static final String COUNTED = "((?:[\\w-]+\\s+){0,2}?(?:drones|UAVs|missiles|aircraft|prototypes|"
            + "jets|tanks|shells|rockets|troops|soldiers|casualties|civilians|refugees|vessels|ships|"
            + "weapons|munitions|rounds))(\\s+(?:a|per|each)\\s+(year|month|week|day))?";
    // a number after a currency sign is money: "€5m" is five million euros, not five metres
    private static final Pattern MEASURE = Pattern.compile("(?i)(?<![\\w$€£-])" + HEDGE + "(" + NUM
            + ")(?:\\s*(?:to|-|–)\\s*(" + NUM + "))?[\\s-]?" + UNIT);
    private static final Pattern MONEY = Pattern.compile("(?i)" + HEDGE + "(\\$|US\\$|€|£)\\s?(" + MONEY_NUM + ")");
    private static final Pattern SCALED = Pattern.compile("(.+?)[\\s-]*(thousand|million|billion|trillion|bn|mn|m|k)");
    private static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "k", 1e3, "million", 1e6, "m", 1e6,
            "mn", 1e6, "billion", 1e9, "bn", 1e9, "trillion", 1e12);
    private static final Pattern COUNT = Pattern.compile("(?i)(?<![\\w-])" + HEDGE + "(" + NUM
            + ")(?:\\s*(?:to|-|–)\\s*(" + NUM + "))?\\s+" + COUNTED);
    private static final Map<String, Double> WORD_VALUES = Map.ofEntries(Map.entry("one", 1.0),
            Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0), Map.entry("five", 5.0),
            Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0), Map.entry("nine", 9.0),
            Map.entry("ten", 10.0), Map.entry("eleven", 11.0), Map.entry("twelve", 12.0),
            Map.entry("fifteen", 15.0), Map.entry("twenty", 20.0), Map.entry("thirty", 30.0),
            Map.entry("forty", 40.0), Map.entry("fifty", 50.0), Map.entry("sixty", 60.0),
            Map.entry("seventy", 70.0), Map.entry("eighty", 80.0), Map.entry("ninety", 90.0),
            Map.entry("hundred", 100.0), Map.entry("a dozen", 12.0), Map.entry("dozens", 24.0));

    /** Returns the quantities in the text, in text order, without overlaps (a measure wins over a count). */
    List<Quantity> recognise(String text) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = MEASURE.matcher(text);
        while (m.find()) {
            Unit unit = Unit.of(m.group(4));
            add(found, text, m, unit.name, unit.factor);
        }
        m = MONEY.matcher(text);
        while (m.find()) {
            double value = parse(m.group(3));
            add(found, text, m.start(), m.end(), m.group(1), value, value, currency(m.group(2)));
        }
        m = COUNT.matcher(text);
        while (m.find()) {
            String noun = lastWord(m.group(4));
            String unit = m.group(6) == null ? noun : noun + "/" + m.group(6).toLowerCase(Locale.ROOT);
            add(found, text, m, unit, 1);
        }
        found.sort((a, b) -> a.span().compareTo(b.span()));
        return found;
    }

    private static void add(List<Quantity> into, String text, Matcher m, String unit, double factor) {
        double low = parse(m.group(2)) * factor;
        double high = m.group(3) == null ? low : parse(m.group(3)) * factor;
        if (m.group(3) == null && unit.isEmpty() && isYear(m.group(2))) {
            return;
        }
        add(into, text, m.start(), m.end(), m.group(1), low, high, unit);
    }

    private static void add(List<Quantity> into, String text, int start, int end, String hedgeWord, double low,
            double high, String unit) {
        Span span = new Span(start, end);
        if (high < low || into.stream().anyMatch(q -> q.span().overlaps(span))) {
            return;
        }
        into.add(new Quantity(low, high, unit, hedge(hedgeWord), span, span.of(text)));
    }

    static Hedge hedge(String word) {
        if (word == null) {
            return Hedge.EXACT;
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "at least", "more than", "over", "upwards of" -> Hedge.AT_LEAST;
            case "up to", "at most", "less than", "under", "no more than", "fewer than" -> Hedge.AT_MOST;
            default -> Hedge.APPROXIMATE;
        };
    }

    static double parse(String number) {
        String n = number.toLowerCase(Locale.ROOT).trim();
        double multiplier = 1;
        Matcher scaled = SCALED.matcher(n);
        if (scaled.matches()) {
            multiplier = SCALES.get(scaled.group(2));
            n = scaled.group(1).trim();
        }
        Double word = WORD_VALUES.get(n);
        return (word != null ? word : Double.parseDouble(n.replace(",", ""))) * multiplier;
    }

    private static boolean isYear(String number) {
        return number.matches("(1[89]|20)\\d\\d");
    }

    private static String lastWord(String phrase) {
        String[] words = phrase.trim().split("\\s+");
        return words[words.length - 1].toLowerCase(Locale.ROOT).replace("uavs", "drones");
    }

    private static String currency(String symbol) {
        return switch (symbol) {
            case "€" -> "EUR";
            case "£" -> "GBP";
            default -> "USD";
        };
    }

    /** A unit as written, with its normalised name and the factor to it. */
    private record Unit(String name, double factor) {
        static Unit of(String written) {
            String w = written.toLowerCase(Locale.ROOT);
            if (w.startsWith("mile")) {
                return new Unit("km", 1.609344);
            }
            if (w.equals("km") || w.startsWith("kilomet")) {
                return new Unit("km", 1);
            }
            if (w.equals("kg") || w.startsWith("kilogram")) {
                return new Unit("kg", 1);
            }
            if (w.equals("pounds") || w.equals("lbs")) {
                return new Unit("kg", 0.45359237);
            }
            if (w.startsWith("ton")) {
                return new Unit("kg", 1000);
            }
            if (w.startsWith("hectare") || w.equals("ha")) {
                return new Unit("ha", 1);
            }
            return new Unit("m", 1);
        }
    }
}
