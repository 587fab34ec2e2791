package org.claimgraph.extract;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the language of an article with Lingua's n-gram models, restricted to common news languages (see
 * {@link #LANGUAGES}) and to the low-accuracy (trigram) models, which are small and fast and reliable on
 * paragraph-length text. Only the first {@value #SAMPLE_CHARS} characters are read. English, most of the input,
 * is recognised first by the share of its commonest function words among the first words, which costs a
 * hundredth of a model lookup; text that is not clearly English goes to the models. Thread-safe.
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
    static final int SAMPLE_CHARS = 300;
    /** Texts with fewer letters than this are left undetermined. */
    private static final int MIN_LETTERS = 20;
    /** English function words; in English news about a quarter of all words are among them. */
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "a", "is", "that", "for", "on",
            "with", "was", "as", "it", "by", "at", "from", "said", "has", "have", "are", "be", "this", "he", "his",
            "which", "will", "not", "but", "an", "they", "were", "their", "its", "who", "been", "would");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Words read for the English check, and the share of function words that makes a text English. */
    private static final int ENGLISH_WORDS = 80;
    private static final double ENGLISH_SHARE = 0.22;
    private final LanguageDetector detector = LanguageDetectorBuilder.fromLanguages(LANGUAGES)
            .withLowAccuracyMode().withPreloadedLanguageModels().build();

    /** Returns the ISO 639-1 code of the text's language, or {@code null} when undetermined. */
    String identify(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return null;
        }
        if (isClearlyEnglish(text)) {
            return "en";
        }
        Language language = detector.detectLanguageOf(sample);
        return language == Language.UNKNOWN ? null : language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isClearlyEnglish(String text) {
        Matcher m = WORD.matcher(text);
        int words = 0;
        int common = 0;
        while (words < ENGLISH_WORDS && m.find()) {
            words++;
            common += ENGLISH.contains(m.group().toLowerCase(Locale.ROOT)) ? 1 : 0;
        }
        return words >= ENGLISH_WORDS / 4 && common >= words * ENGLISH_SHARE;
    }
}
