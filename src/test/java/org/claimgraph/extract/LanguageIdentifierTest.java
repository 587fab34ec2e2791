package org.claimgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Language identification on short synthetic paragraphs written for this test. */
class LanguageIdentifierTest {
    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier();

    @Test
    void namesCommonNewsLanguages() {
        assertThat(IDENTIFIER.identify("The ministry said on Friday that the new factory would open next year."))
                .isEqualTo("en");
        assertThat(IDENTIFIER.identify("Das Ministerium teilte am Freitag mit, dass die neue Fabrik im nächsten"
                + " Jahr eröffnet werden soll.")).isEqualTo("de");
        assertThat(IDENTIFIER.identify("Le ministère a déclaré vendredi que la nouvelle usine ouvrirait l'année"
                + " prochaine.")).isEqualTo("fr");
        assertThat(IDENTIFIER.identify("Министерство заявило в пятницу, что новый завод откроется в следующем"
                + " году.")).isEqualTo("ru");
        assertThat(IDENTIFIER.identify("Міністерство заявило в п'ятницю, що новий завод відкриється наступного"
                + " року.")).isEqualTo("uk");
    }

    @Test
    void leavesTooShortTextUndetermined() {
        assertThat(IDENTIFIER.identify("")).isNull();
        assertThat(IDENTIFIER.identify("OK 42")).isNull();
    }
}
