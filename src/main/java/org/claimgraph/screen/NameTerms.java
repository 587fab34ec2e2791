package org.claimgraph.screen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Our table of legal forms, generic company words and particles ({@code name_terms.txt}), with every variant
 * already transliterated and tokenised. Immutable after construction.
 */
final class NameTerms {
    private static final String RESOURCE = "name_terms.txt";
    private final Map<String, String> legalForms = new HashMap<>();
    private final Map<String, String> terms = new HashMap<>();
    private final Map<String, Set<Character>> termInitials = new HashMap<>();
    private final Set<String> stopWords = new HashSet<>();
    private final Set<String> legalHeads = new HashSet<>();
    private final Set<String> legalTails = new HashSet<>();
    private int longestLegalForm;

    /** Loads the bundled table. */
    static NameTerms load(Latinizer latinizer) {
        try (InputStream in = NameTerms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource '" + RESOURCE + "' is missing from the classpath");
            }
            var terms = new NameTerms();
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                terms.addLine(line.strip(), latinizer);
            }
            return terms;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource '" + RESOURCE + "'", e);
        }
    }

    private void addLine(String line, Latinizer latinizer) {
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        int colon = line.indexOf(':');
        String head = line.substring(0, colon).strip();
        for (String variant : line.substring(colon + 1).split("\\|")) {
            List<String> tokens = NameParser.split(latinizer.ascii(variant.strip()));
            if (!tokens.isEmpty()) {
                add(head, tokens);
            }
        }
    }

    private void add(String head, List<String> tokens) {
        String joined = String.join(" ", tokens);
        if (head.startsWith("legal ")) {
            legalForms.put(joined, head.substring(6).strip());
            legalHeads.add(tokens.get(0));
            legalTails.add(tokens.get(tokens.size() - 1));
            longestLegalForm = Math.max(longestLegalForm, tokens.size());
        } else if (head.startsWith("term ") && tokens.size() == 1) {
            String canonical = head.substring(5).strip();
            terms.put(joined, canonical);
            termInitials.computeIfAbsent(canonical, k -> new HashSet<>()).add(joined.charAt(0));
        } else if (head.equals("stop")) {
            stopWords.add(joined);
        }
    }

    /** Returns the generic legal form (LLC, JSC, ...) the space-joined tokens spell, or null. */
    String legalForm(String joinedTokens) {
        return legalForms.get(joinedTokens);
    }

    /** Returns whether some legal form starts with this token; a cheap test before joining tokens. */
    boolean mayStartLegalForm(String token) {
        return legalHeads.contains(token);
    }

    /** Returns whether some legal form ends with this token. */
    boolean mayEndLegalForm(String token) {
        return legalTails.contains(token);
    }

    int longestLegalForm() {
        return longestLegalForm;
    }

    /** Returns the canonical word for a generic company word, or null when the token is not one. */
    String term(String token) {
        return terms.get(token);
    }

    /** Returns the first letters of every variant of a canonical term (plant: p, z, f, w, k, m). */
    Set<Character> initials(String canonical) {
        return termInitials.getOrDefault(canonical, Set.of());
    }

    boolean isStopWord(String token) {
        return stopWords.contains(token);
    }
}
