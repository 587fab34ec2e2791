package org.claimgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.core.EntityType;
import org.claimgraph.core.Mention;
import org.claimgraph.core.Span;

/**
 * Finds product and weapon-system designations that statistical NER misses: a name with a model number
 * (Garpiya-3, Garpiya-A1, Shahed-136), a letter code with a number (ZT-180, SU-27, MQ9 Reaper, G3s) and a code
 * followed by a product noun (REM 1 attack UAV, Reaper drone).
 */
final class DesignationRecognizer {
    private static final String PRODUCT_NOUN = "(?:drones?|UAVs?|aircraft|jets?|fighters?|missiles?|rockets?|"
            + "helicopters?|tanks?|vehicles?|prototypes?|systems?|engines?|launchers?|warheads?|bombers?)";
    private static final Pattern NAMED_MODEL = Pattern.compile(
            "\\b[A-Z][a-z]{2,}-(?:[A-Z]{0,2}\\d{1,4}[A-Za-z]?|[A-Z]\\d*)(?![\\w-])");
    private static final Pattern CODE_MODEL = Pattern.compile(
            "(?<![\\w-])[A-Z]{1,4}-?\\d{1,4}[A-Z]?(?:s\\b)?(?:\\s+[A-Z][a-z]{2,})?(?![\\w-])");
    private static final Pattern SPACED_CODE = Pattern.compile(
            "\\b[A-Z]{2,5}\\s\\d{1,3}(?=(?:\\s+[a-z]+){0,2}\\s+" + PRODUCT_NOUN + "\\b)");
    private static final Pattern NAME_BEFORE_PRODUCT_NOUN = Pattern.compile(
            "(?<=\\b(?:US|U\\.S\\.|Russian|Chinese|Iranian|American|the|a|an)\\s)[A-Z][a-z]{3,}"
                    + "(?=\\s+(?:attack\\s+|combat\\s+|military\\s+|kamikaze\\s+)?" + PRODUCT_NOUN + "\\b)");
    /** Codes that name groups, standards or diseases rather than products. */
    private static final Set<String> NOT_PRODUCTS = Set.of("G7", "G8", "G20", "COVID-19", "COVID", "F1", "P5",
            "CO2", "MH17", "A4", "A3", "B2B", "4G", "5G", "COP26", "COP27", "COP28", "COP29", "Q1", "Q2", "Q3", "Q4");

    /** Returns the designation mentions in the text, in text order. */
    List<Mention> recognise(String text) {
        List<Mention> found = new ArrayList<>();
        addAll(found, NAMED_MODEL.matcher(text), text);
        addAll(found, CODE_MODEL.matcher(text), text);
        addAll(found, SPACED_CODE.matcher(text), text);
        addAll(found, NAME_BEFORE_PRODUCT_NOUN.matcher(text), text);
        return found;
    }

    private static void addAll(List<Mention> into, Matcher m, String text) {
        while (m.find()) {
            String surface = m.group();
            if (isDesignation(surface)) {
                into.add(new Mention(new Span(m.start(), m.end()), surface, EntityType.PRODUCT, "designation"));
            }
        }
    }

    private static boolean isDesignation(String surface) {
        String upper = surface.toUpperCase(Locale.ROOT);
        if (NOT_PRODUCTS.contains(upper) || NOT_PRODUCTS.contains(upper.split("\\s")[0])) {
            return false;
        }
        if (surface.matches("[A-Z][a-z]+(?:ese|ian|an|ish|ic|i)")) {
            return false; // a nationality before "drone" is not a product name
        }
        // a bare four-digit number with a prefix letter is more often a code for a year or a room than a product
        return !surface.matches("[A-Z]-?(19|20)\\d\\d");
    }
}
