package org.claimgraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.core.AnnotatedArticle;
import org.claimgraph.core.EntityMention;
import org.claimgraph.core.EntityType;
import org.claimgraph.core.Mention;

/**
 * Resolves the mentions of one document: a parenthesised short form defines an alias ("Garpiya-3 (G3)"), a later
 * short name refers back to a full one ("Kupol" to "IEMZ Kupol", "Bendett" to "Samuel Bendett"), and the entity's
 * type is decided by votes.
 */
final class DocumentEntityResolver {
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?<![\\p{L}\\p{N}'’-])\\p{Ll}[\\p{Ll}-]{2,}"
            + "(?![\\p{L}\\p{N}])");
    private static final Pattern PARENTHESISED = Pattern.compile("\\s*\\(\\s*([A-Z][A-Za-z0-9\\-]{1,11})\\s*\\)");
    /** Words that are part of many names and never refer back to one on their own. */
    private static final Set<String> GENERIC = Set.of("institute", "center", "centre", "ministry", "company",
            "group", "security", "international", "industrial", "technology", "service", "department", "state",
            "national", "university", "agency", "council", "bank", "new", "american", "russian", "chinese", "us",
            "strategic", "studies", "science", "research", "aviation", "intelligent", "technologies", "industries",
            "holdings", "systems", "electronics", "defense", "defence", "foreign", "affairs", "european", "external",
            "action", "united", "nations", "federal", "trade", "energy", "motors", "shipping", "terminals",
            "airspace", "manufacturing", "advanced", "base", "office", "authority",
            "control", "export", "interior", "general", "global", "public", "limited", "corporation", "plant",
            "intelligence");

    List<EntityDraft> resolve(AnnotatedArticle doc) {
        String text = doc.article().text();
        Map<String, List<Mention>> bySurface = new LinkedHashMap<>();
        for (Mention m : doc.mentions()) {
            String surface = NameKey.surface(m.text());
            if (!surface.isEmpty()) {
                bySurface.computeIfAbsent(surface, k -> new ArrayList<>()).add(m);
            }
        }
        Map<String, String> definedAliases = definedAliases(doc, text);
        Set<String> notShortForms = notShortForms(text);
        Map<String, EntityDraft> byKey = new HashMap<>();
        List<EntityDraft> drafts = new ArrayList<>();
        List<String> longestFirst = bySurface.keySet().stream()
                .sorted(Comparator.comparingInt((String s) -> -NameKey.tokens(s).size())
                        .thenComparing(s -> -s.length())).toList();
        for (String surface : longestFirst) {
            List<Mention> mentions = bySurface.get(surface);
            TypeVotes votes = new TypeVotes();
            mentions.forEach(votes::add);
            EntityDraft target = findTarget(surface, votes, definedAliases, byKey, drafts, notShortForms);
            if (target == null) {
                target = new EntityDraft(surface);
                drafts.add(target);
            }
            target.aliases.add(surface);
            byKey.put(NameKey.exact(surface), target);
            for (Mention m : mentions) {
                target.mentions.add(new EntityMention(doc.article().id(), m.span(), m.text()));
            }
            target.votes.addAll(votes);
        }
        addUnrecognisedOccurrences(text, doc, drafts, notShortForms);
        return drafts;
    }

    /**
     * Adds the occurrences of each entity's names that no recogniser marked: statistical NER misses a name it
     * tagged elsewhere in the same article ("Bingo has agreed..." at a sentence start).
     */
    private static void addUnrecognisedOccurrences(String text, AnnotatedArticle doc, List<EntityDraft> drafts,
            Set<String> notShortForms) {
        List<org.claimgraph.core.Span> taken = new ArrayList<>(doc.mentions().stream().map(Mention::span).toList());
        Set<String> everyAlias = new java.util.HashSet<>();
        drafts.forEach(d -> everyAlias.addAll(d.aliases));
        for (EntityDraft draft : drafts) {
            for (String word : distinctiveWords(draft, notShortForms)) {
                if (!everyAlias.contains(word) && Pattern.compile("(?<![\\p{L}\\p{N}'’-])" + Pattern.quote(word)
                        + "(?![\\p{L}\\p{N}-]|[ \\u00a0]+[A-Z])").matcher(text).find()) {
                    draft.aliases.add(word);
                }
            }
            for (String alias : List.copyOf(draft.aliases)) {
                String lower = alias.toLowerCase(java.util.Locale.ROOT);
                if (alias.length() < 3 || alias.chars().noneMatch(Character::isUpperCase)
                        || notShortForms.contains(lower)) {
                    continue;
                }
                Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(alias) + "(?![\\p{L}\\p{N}])")
                        .matcher(text);
                while (m.find()) {
                    org.claimgraph.core.Span span = new org.claimgraph.core.Span(m.start(), m.end());
                    if (taken.stream().noneMatch(t -> t.overlaps(span))) {
                        taken.add(span);
                        draft.mentions.add(new EntityMention(doc.article().id(), span, m.group()));
                    }
                }
            }
        }
    }

    private static EntityDraft findTarget(String surface, TypeVotes votes, Map<String, String> definedAliases,
            Map<String, EntityDraft> byKey, List<EntityDraft> drafts, Set<String> notShortForms) {
        EntityDraft exact = byKey.get(NameKey.exact(surface));
        if (exact != null) {
            return exact;
        }
        String longForm = definedAliases.get(surface);
        if (longForm != null && byKey.containsKey(NameKey.exact(longForm))) {
            return byKey.get(NameKey.exact(longForm));
        }
        return findLongerName(surface, votes, drafts, notShortForms);
    }

    /** Returns the one earlier entity whose name contains the surface as leading or trailing words, if unique. */
    private static EntityDraft findLongerName(String surface, TypeVotes votes, List<EntityDraft> drafts,
            Set<String> notShortForms) {
        List<String> shortTokens = NameKey.tokens(surface);
        if (shortTokens.isEmpty() || shortTokens.size() == 1 && notShortForms.contains(shortTokens.get(0))) {
            return null;
        }
        EntityDraft found = null;
        for (EntityDraft draft : drafts) {
            if (containsAsPart(draft, shortTokens) && typesAgree(votes, draft.votes)) {
                if (found != null && found != draft) {
                    return null;
                }
                found = draft;
            }
        }
        return found;
    }

    private static boolean containsAsPart(EntityDraft draft, List<String> shortTokens) {
        for (String alias : draft.aliases) {
            List<String> longTokens = NameKey.tokens(alias);
            int n = shortTokens.size();
            if (longTokens.size() <= n) {
                continue;
            }
            boolean prefix = longTokens.subList(0, n).equals(shortTokens);
            boolean suffix = longTokens.subList(longTokens.size() - n, longTokens.size()).equals(shortTokens);
            boolean inner = n == 1 && longTokens.contains(shortTokens.get(0));
            if (prefix || suffix || inner) {
                return true;
            }
        }
        return false;
    }

    /** A short form may join a longer name of the same type, or any type when its own votes disagree. */
    private static boolean typesAgree(TypeVotes shortVotes, TypeVotes longVotes) {
        EntityType longType = longVotes.winner();
        if (longType == EntityType.LOC || !shortVotes.isMixed() && shortVotes.winner() == EntityType.LOC) {
            return false; // a place's name is complete: Russia is not Western Russia, Izhevsk not an Izhevsk firm
        }
        // statistical NER alone is no evidence against a fuller name's type: it calls unknown firms people
        return shortVotes.isMixed() || !shortVotes.hasStrong() || shortVotes.winner() == longType
                || shortVotes.winner() == EntityType.MISC;
    }

    /**
     * Returns the words of a firm's or person's name that may stand for it alone: "Bingo" for "Xi'an Bingo
     * Intelligent Aviation Technology", "Bendett" for "Samuel Bendett"; never generic words or short codes.
     */
    private static List<String> distinctiveWords(EntityDraft draft, Set<String> notShortForms) {
        EntityType type = draft.votes.winner();
        String[] words = draft.name().split("[ \\u00a0]+");
        if (words.length < 2 || type != EntityType.ORG && type != EntityType.PERSON) {
            return List.of();
        }
        List<String> candidates = type == EntityType.PERSON ? List.of(words[words.length - 1]) : List.of(words);
        return candidates.stream().filter(w -> w.length() >= 4 && Character.isUpperCase(w.charAt(0)))
                .filter(w -> !w.contains("'") && !w.contains("’"))
                .filter(w -> !notShortForms.contains(w.toLowerCase(java.util.Locale.ROOT))).toList();
    }

    /**
     * Returns the lower-cased words that never stand for a name alone: the generic words of names and the words the
     * text also writes in lower case, its common nouns ("the committee", "the court" beside "House Intelligence
     * Committee").
     */
    static Set<String> notShortForms(String text) {
        Set<String> out = new java.util.HashSet<>(GENERIC);
        Matcher m = LOWER_CASE_WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Returns short form to long form for every "Long Name (SHORT)" in the text. */
    private static Map<String, String> definedAliases(AnnotatedArticle doc, String text) {
        Map<String, String> aliases = new HashMap<>();
        for (Mention m : doc.mentions()) {
            Matcher matcher = PARENTHESISED.matcher(text).region(m.span().end(), text.length());
            if (matcher.lookingAt()) {
                aliases.put(matcher.group(1), NameKey.surface(m.text()));
            }
        }
        return aliases;
    }
}
