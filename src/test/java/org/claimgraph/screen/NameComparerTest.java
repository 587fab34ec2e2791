package org.claimgraph.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class NameComparerTest {
    private final NameComparer comparer = new NameComparer();

    @Test
    void ignoresLegalFormsInAnyLanguageAndScript() {
        assertThat(score("OOO Oboronnye Initsiativy",
                "Общество с ограниченной ответственностью Оборонные инициативы")).isGreaterThan(0.9);
        assertThat(score("JSC TACTICAL MISSILES CORP.", "TACTICAL MISSILES CORPORATION JOINT STOCK COMPANY"))
                .isEqualTo(1.0);
        assertThat(score("Goldman Sachs & Co. L.L.C.", "Goldman Sachs & Co. LLC")).isEqualTo(1.0);
    }

    @Test
    void meetsTransliterationVariantsByTheirSound() {
        assertThat(score("Vektor", "Vector")).isEqualTo(0.95);
        assertThat(score("Antey", "Antej")).isEqualTo(0.95);
        assertThat(score("Шербаков", "Shcherbakov")).isGreaterThan(0.8);
    }

    @Test
    void tellsDifferentSurnamesApart() {
        assertThat(score("Frederik Richter", "Frank Richter")).isLessThan(0.6);
        assertThat(score("TARIQ ANWAR EL SAYED MOHAMED", "TARIQ ANWAR EL SAYED AHMED")).isLessThan(0.8);
    }

    @Test
    void handlesPinyinSyllablesInitialsWordOrderAndTypos() {
        assertThat(person("Xi Jin Ping", "Xi Jinping")).isEqualTo(0.97);
        assertThat(person("V. V. Putin", "Vladimir Vladimirovich Putin")).isEqualTo(0.88);
        assertThat(person("PUTIN, Vladimir", "Vladimir Putin")).isEqualTo(1.0);
        assertThat(person("Putin Vladimir", "Vladimir Putin")).isEqualTo(0.92);
        assertThat(person("Vladimir Putn", "Vladimir Putin")).isEqualTo(0.915);
    }

    @Test
    void tellsFatherAndSonApartAcrossAPatronymicParticle() {
        assertThat(person("SALMAN BIN MUHAMMAD AL-RAWI", "MUHAMMAD BIN SALMAN AL-RAWI")).isEqualTo(0.7);
        assertThat(person("Mohammed bin Salman", "Mohammed bin Salman Al Saud")).isGreaterThan(0.8);
        assertThat(person("BIN LADEN, Usama", "Usama bin Laden")).isEqualTo(1.0);
    }

    @Test
    void readsNumberWordsAsDigits() {
        assertThat(score("Brigade Forty-Four", "Brigade 44")).isEqualTo(1.0);
        assertThat(score("1st International Bank", "First International Bank")).isEqualTo(1.0);
        assertThat(score("Snow Storm 1", "Snow Storm 2")).isLessThan(0.7);
    }

    @Test
    void weighsParenthesisedQualifiersLessButStillTellsThemApart() {
        assertThat(score("Deutsche Bank (Schweiz) AG", "Deutsche Bank AG")).isEqualTo(0.848);
        assertThat(score("Bowne Global Solutions (France), S.A.R.L.",
                "Bowne Global Solutions (Germany), S.A.R.L.")).isLessThan(0.8);
    }

    @Test
    void tellsDifferentLegalFormsApart() {
        assertThat(score("Deutsche Bank AG", "Deutsche Bank GmbH")).isEqualTo(0.75);
        assertThat(score("OAO Gazprom", "Open Joint Stock Company Gazprom")).isEqualTo(1.0);
    }

    @Test
    void transliteratesScriptsWithCombiningVowelSigns() {
        assertThat(comparer.compare("व्लादिमीर पुतिन", "Vladimir Putin", true).explanation()).startsWith(
                "vladimira~vladimir (typo), putina~putin (typo); query covered 0.87");
    }

    @Test
    void explainsWhichTokensMatchedHow() {
        NameMatch m = comparer.compare("Almas-Antej", "JSC Almaz-Antey", false);
        assertThat(m.explanation()).isEqualTo("almas~almaz (same sound), antej~antey (same sound); entry legal form"
                + " JSC ignored; query covered 0.95, entry covered 0.95, score 0.95");
    }

    @Test
    void givesTheSameScoresUnderATurkishDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(score("IZHEVSK ELECTROMECHANICAL PLANT", "Izhevsk Electromechanical Plant")).isEqualTo(1.0);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void rejectsABlankName() {
        var e = assertThrows(IllegalArgumentException.class, () -> comparer.compare("", "x", true));
        assertThat(e.getMessage()).isEqualTo("query name '' is blank; expected a name to screen");
    }

    private double person(String a, String b) {
        return comparer.compare(a, b, org.claimgraph.core.EntityType.PERSON, true).score();
    }

    private double score(String a, String b) {
        return comparer.compare(a, b, true).score();
    }
}
