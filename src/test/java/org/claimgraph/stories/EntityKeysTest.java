package org.claimgraph.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class EntityKeysTest {
    @Test
    void derivesNamesAndNumbersWithUnits() {
        assertThat(EntityKeys.derive("The Garpiya-3 drone can travel some 2,000km with a payload of 50 kg, "
                + "IEMZ Kupol said in Izhevsk.")).containsExactly("garpia", "#2000km", "#50kg", "iemz kupol",
                "izgevs");
    }

    @Test
    void matchesNamesAcrossScriptsAndSpellings() {
        assertThat(EntityKeys.skeleton("Купол")).isEqualTo(EntityKeys.skeleton("Kupol"));
        assertThat(EntityKeys.skeleton("ТСК Вектор")).isEqualTo(EntityKeys.skeleton("TSK Vector"));
        assertThat(EntityKeys.skeleton("TSK Vektor")).isEqualTo(EntityKeys.skeleton("TSK Vector"));
        assertThat(EntityKeys.skeleton("Іжевськ")).isEqualTo(EntityKeys.skeleton("Izhevsk"));
    }

    @Test
    void foldsTheSameUnderATurkishLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(EntityKeys.derive("ISIS met IEMZ Kupol")).containsExactly("isis", "iemz kupol");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void leavesOutCapitalisedSentenceStartsThatTheTextAlsoWritesInLowerCase() {
        assertThat(EntityKeys.derive("Talks go on. The talks with Reuters went well.")).containsExactly("reuter");
    }
}
