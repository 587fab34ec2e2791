package org.claimgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
    private static final LocalDate SEPT_25 = LocalDate.of(2024, 9, 25);
    private final DateParser parser = new DateParser();

    @ParameterizedTest
    @ValueSource(strings = {"2024-09-25", "2024-09-25T17:20:00Z", "2024-09-25T17:20:00+03:00", "2024/09/25"})
    void readsIsoDates(String text) {
        assertThat(parser.findDate(text)).contains(SEPT_25);
    }

    @ParameterizedTest
    @ValueSource(strings = {"09/25/2024", "9/25/2024", "Wed, 09/25/2024 – 17:20", "25/09/2024", "25.09.2024"})
    void readsNumericDates(String text) {
        assertThat(parser.findDate(text)).contains(SEPT_25);
    }

    @Test
    void readsAmbiguousNumericDatesMonthFirstUnlessDotted() {
        assertThat(parser.findDate("09/10/2024")).contains(LocalDate.of(2024, 9, 10));
        assertThat(parser.findDate("09.10.2024")).contains(LocalDate.of(2024, 10, 9));
    }

    @ParameterizedTest
    @ValueSource(strings = {"25 September 2024", "25th September, 2024", "Wed, 25 Sep 2024 17:20:00 GMT",
        "Published 25 Sept. 2024", "the 25th of September 2024"})
    void readsDayMonthYear(String text) {
        assertThat(parser.findDate(text)).contains(SEPT_25);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sept. 25, 2024", "September 25, 2024", "Sep 25 2024", "Wednesday, September 25th, 2024",
        "Updated: SEPT. 25, 2024 5:20 p.m. ET"})
    void readsMonthDayYear(String text) {
        assertThat(parser.findDate(text)).contains(SEPT_25);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Last week", "2 hours ago", "yesterday", "Today", "", "  ", "Chicago", "46 F",
        "September 2024", "2024", "31/02/2024", "13/13/2024", "1000 km in 2,000 seconds"})
    void findsNoDateInRelativeOrPartialOrImpossibleDates(String text) {
        assertThat(parser.findDate(text)).isEmpty();
    }

    @Test
    void takesTheFirstDateOfALine() {
        assertThat(parser.findDate("Saturday, November 16, 2024 (updated 2024-11-18)"))
                .contains(LocalDate.of(2024, 11, 16));
    }

    @Test
    void readsMonthNamesUnderATurkishLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(parser.findDate("25 SEPTEMBER 2024")).contains(SEPT_25);
            assertThat(parser.findDate("Wed, 25 OCTOBER 2024 – JULY")).contains(LocalDate.of(2024, 10, 25));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void returnsEmptyForNull() {
        assertThat(parser.findDate(null)).isEmpty();
    }
}
