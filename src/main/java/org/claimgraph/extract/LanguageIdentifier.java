package org.claimgraph.extract;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;

/**
 * Names the language of an article with Lingua's n-gram models, restricted to common news languages (see
 * {@link #LANGUAGES}) and to the low-accuracy (trigram) models, which are small and fast and reliable on
 * paragraph-length text. Only the first {@value #SAMPLE_CHARS} characters are read. Thread-safe.
 */
final class LanguageIdentifier {
    /** The languages told apart: the most common languages of online news. */
    static final Language[] LANGUAGES = {Language.ENGLISH, Language.GERMAN, Language.FRENCH, Language.SPANISH,
        Language.PORTUGUESE, Language.ITALIAN, Language.DUTCH, Language.RUSSIAN, Language.UKRAINIAN,
        Language.POLISH, Language.CZECH, Language.ROMANIAN, Language.HUNGARIAN, Language.GREEK, Language.TURKISH,
        Language.ARABIC, Language.PERSIAN, Language.HEBREW, Language.HINDI, Language.CHINESE, Language.JAPANESE,
        Language.KOREAN, Language.INDONESIAN, Language.VIETNAMESE, Language.SWEDISH, Language.DANISH,
        Language.BOKMAL, Language.FINNISH};
    /** Characters of the text read to decide. */
    static final int SAMPLE_CHARS = 1000;
    /** Texts with fewer letters than this are left undetermined. */
    private static final int MIN_LETTERS = 20;
    private final LanguageDetector detector = LanguageDetectorBuilder.fromLanguages(LANGUAGES)
            .withLowAccuracyMode().withPreloadedLanguageModels().build();

    /** Returns the ISO 639-1 code of the text's language, or {@code null} when undetermined. */
    String identify(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return null;
        }
        Language language = detector.detectLanguageOf(sample);
        return language == Language.UNKNOWN ? null : language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }
}
