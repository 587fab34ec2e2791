package org.claimgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class NameKeyTest {
    @Test
    void transliterationVariantsMeet() {
        assertThat(NameKey.fuzzy("Almaz-Antey")).isEqualTo(NameKey.fuzzy("Almas-Antej"))
                .isEqualTo(NameKey.fuzzy("Алмаз-Антей"));
        assertThat(NameKey.fuzzy("Garpiya")).isEqualTo(NameKey.fuzzy("Garpija")).isEqualTo(NameKey.fuzzy("Гарпия"));
        assertThat(NameKey.fuzzy("TSK Vektor")).isEqualTo(NameKey.fuzzy("TSK Vector"));
    }

    @Test
    void distinctNamesThatShareWordsStayApart() {
        assertThat(NameKey.fuzzy("TSK Vektor")).isNotEqualTo(NameKey.fuzzy("Redlepus TSK Vector Industrial"));
        assertThat(NameKey.fuzzy("UNN")).isNotEqualTo(NameKey.fuzzy("U.N."));
    }

    @Test
    void surfaceFoldsPossessivesApostrophesAndPluralCodes() {
        assertThat(NameKey.surface("Redlepus’")).isEqualTo("Redlepus");
        assertThat(NameKey.surface("Kupol's")).isEqualTo("Kupol");
        assertThat(NameKey.surface("G3s")).isEqualTo("G3");
        assertThat(NameKey.surface("Xi’an Bingo")).isEqualTo("Xi'an Bingo");
        assertThat(NameKey.surface("the  Kremlin")).isEqualTo("Kremlin");
    }

    @Test
    void keysDoNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(NameKey.exact("IEMZ Kupol")).isEqualTo("iemz kupol");
            assertThat(NameKey.fuzzy("ISIS")).isEqualTo("isis");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
