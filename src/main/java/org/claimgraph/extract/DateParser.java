package org.claimgraph.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads calendar dates in the forms news pages print: ISO ({@code 2024-09-25}, with or without a time), numeric
 * ({@code 09/25/2024}, {@code 25.09.2024}) and English month names ({@code 25 September 2024},
 * {@code Sept. 25, 2024}, {@code Wed, 25 Sep 2024 17:20:00 GMT}). Relative dates ("Last week", "2 hours ago") are
 * not dates: they give no result rather than a guess. Stateless and thread-safe.
 */
public final class DateParser {
    private static final String MONTH =
            "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                    + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern ISO = Pattern.compile("(?<![\\d/.-])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
    private static final Pattern NUMERIC =
            Pattern.compile("(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/])");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?" + MONTH
                    + "(?![\\p{L}])\\.?,?\\s+(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}])" + MONTH + "(?![\\p{L}])\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    /** Creates a parser. */
    public DateParser() {
        // stateless
    }

    /**
     * Returns the first date written in the given text, or empty when it holds none (relative dates such as
     * "Last week" included). Numeric dates with both parts up to 12 are read month first ({@code 09/10/2024} is
     * 10 September) unless dots separate them, the European style ({@code 09.10.2024} is 9 October).
     */
    public Optional<LocalDate> findDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        DatedMatch best = null;
        best = earlier(best, iso(text));
        best = earlier(best, numeric(text));
        best = earlier(best, words(DAY_MONTH_YEAR.matcher(text), 1, 2, 3));
        best = earlier(best, words(MONTH_DAY_YEAR.matcher(text), 2, 1, 3));
        return best == null ? Optional.empty() : Optional.of(best.date());
    }

    /** A date and where it starts, so that the first date in a text wins whatever its form. */
    private record DatedMatch(int start, LocalDate date) {
    }

    private static DatedMatch earlier(DatedMatch a, DatedMatch b) {
        if (a == null) {
            return b;
        }
        return b == null || a.start() <= b.start() ? a : b;
    }

    private static DatedMatch iso(String text) {
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            LocalDate date = date(m.group(1), m.group(3), m.group(4));
            if (date != null) {
                return new DatedMatch(m.start(), date);
            }
        }
        return null;
    }

    private static DatedMatch numeric(String text) {
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(3));
            boolean dayFirst = ".".equals(m.group(2)) || first > 12;
            String year = m.group(4).length() == 2 ? "20" + m.group(4) : m.group(4);
            LocalDate date = dayFirst ? date(year, m.group(3), m.group(1)) : date(year, m.group(1), m.group(3));
            if (date != null && second > 0) {
                return new DatedMatch(m.start(), date);
            }
        }
        return null;
    }

    private static DatedMatch words(Matcher m, int dayGroup, int monthGroup, int yearGroup) {
        while (m.find()) {
            String month = m.group(monthGroup).substring(0, 3).toLowerCase(Locale.ROOT);
            LocalDate date = date(m.group(yearGroup), String.valueOf(MONTHS.get(month)), m.group(dayGroup));
            if (date != null) {
                return new DatedMatch(m.start(), date);
            }
        }
        return null;
    }

    private static LocalDate date(String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (y < MIN_YEAR || y > MAX_YEAR) {
            return null;
        }
        try {
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException ignored) {
            // 31 February and the like: not a date, so the caller goes on looking
            return null;
        }
    }
}
