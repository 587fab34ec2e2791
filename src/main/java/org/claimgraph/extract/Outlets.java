package org.claimgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds which outlet a page republishes: a "Read more on" or "Originally published" credit, a trailing "Source:"
 * line, a lead that ends "..., Reuters reports, X writes", or the house byline of a known outlet (from the
 * {@code house-bylines.tsv} resource). Immutable and thread-safe.
 */
final class Outlets {
    private static final String NAME = "(\\p{Lu}[\\p{L}\\d.&'’-]*(?:\\s(?:\\p{Lu}|of\\b|the\\b)[\\p{L}\\d.&'’-]*){0,4})";
    private static final Pattern CREDIT = Pattern.compile("(?i:read (?:more|the (?:full|original) (?:article|story))"
            + " (?:on|at)|(?:originally|first) (?:published|appeared|posted) (?:on|in|at|by)|this (?:article|story)"
            + " (?:was )?(?:originally |first )?(?:published|appeared) (?:on|in|at|by)|republished (?:from|with "
            + "permission (?:from|of))|reprinted (?:from|with permission (?:from|of)))\\s+(?:the\\s+)?"
            + "((?:www\\.)?[\\p{L}\\d-]+\\.[\\p{L}.]{2,}|" + NAME + ")");
    private static final Pattern SOURCE_LINE = Pattern.compile("^(?i:source|sources|via|origin)\\s*:\\s*" + NAME
            + "\\s*\\.?$");
    private static final Pattern LEAD_CHAIN = Pattern.compile(",\\s*" + NAME + " (writes|informs|reports)(?=[,.])");
    private static final Pattern DOMAIN = Pattern.compile("(?i)(?:www\\.)?([\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)+)");
    private final Map<String, String> houseBylines;

    /** Loads the house bylines from the class path. */
    Outlets() {
        this.houseBylines = load();
    }

    /** Returns the outlet a credit line names ("Read more on euronews.com"), or {@code null}. */
    String creditedOutlet(String line) {
        Matcher m = CREDIT.matcher(line);
        return m.find() ? normalise(m.group(1)) : null;
    }

    /** Returns the outlet a trailing "Source: X" line names, or {@code null}. */
    String sourceLineOutlet(String line) {
        Matcher m = SOURCE_LINE.matcher(line.strip());
        return m.matches() ? normalise(m.group(1)) : null;
    }

    /**
     * Returns the outermost outlet of a lead's attribution chain: "Y" in "..., X reports, Y writes." (or the one
     * outlet of "..., Y writes."), or {@code null}. A lone "X reports" names a cited source, not the republished one.
     */
    String leadOutlet(String lead) {
        Matcher m = LEAD_CHAIN.matcher(lead);
        String last = null;
        String lastVerb = null;
        int count = 0;
        while (m.find()) {
            last = m.group(1);
            lastVerb = m.group(2);
            count++;
        }
        return count >= 2 || (count == 1 && !"reports".equals(lastVerb)) ? normalise(last) : null;
    }

    /** Returns the outlet whose house byline this is ("Tyler Durden"), or {@code null}. */
    String houseBylineOutlet(String byline) {
        if (byline == null) {
            return null;
        }
        String key = byline.strip().replaceFirst("(?i)^by\\s+", "").toLowerCase(Locale.ROOT);
        return houseBylines.get(key);
    }

    /** Returns an outlet name as shown: domains lower-cased without "www.", other names as written. */
    static String normalise(String name) {
        String n = Objects.requireNonNull(name, "name").strip().replaceAll("[.,;:]+$", "");
        Matcher d = DOMAIN.matcher(n);
        return d.matches() && !n.contains(" ") ? d.group(1).toLowerCase(Locale.ROOT) : n;
    }

    private static Map<String, String> load() {
        var in = Outlets.class.getResourceAsStream("house-bylines.tsv");
        if (in == null) {
            throw new IllegalStateException("resource house-bylines.tsv is missing from the class path");
        }
        Map<String, String> map = new HashMap<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
                    .filter(p -> p.length == 2)
                    .forEach(p -> map.put(p[0].strip().toLowerCase(Locale.ROOT), p[1].strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource house-bylines.tsv", e);
        }
        return Map.copyOf(map);
    }
}
