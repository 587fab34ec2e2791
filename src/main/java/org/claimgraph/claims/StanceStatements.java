package org.claimgraph.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.Entity;
import org.claimgraph.core.EntityType;
import org.claimgraph.core.Mention;
import org.claimgraph.core.Span;
import org.claimgraph.core.Stance;
import org.claimgraph.core.Statement;

/**
 * Statements whose point is the stance itself: who denied, who could not confirm, who did not comment. The
 * subject is the party that denies or stays silent; the object is what it denies.
 */
final class StanceStatements {
    private static final Pattern MINISTRY = Pattern.compile(
            "\\b(?:the )?((?:[A-Z][\\w-]+(?:'s|’s)?|Chinese|Russian|Ukrainian|US|U\\.S\\.) "
                    + "(?:[Ff]oreign|[Dd]efen[cs]e) [Mm]inistry)");
    /** Capitals stand for their governments in news prose ("Beijing has denied"). */
    private static final Map<String, String> CAPITALS = Map.of("Beijing", "China", "Moscow", "Russia",
            "Kyiv", "Ukraine", "Kiev", "Ukraine", "Washington", "United States", "Tehran", "Iran");

    List<Statement> find(DocumentId document, SentenceContext ctx, Map<Span, Entity> entityAt) {
        Stance stance = StanceCues.of(ctx.text(), false);
        if (stance != Stance.DENIED && stance != Stance.UNCONFIRMED && stance != Stance.NO_COMMENT) {
            return List.of();
        }
        int cue = StanceCues.cueStart(ctx.text(), stance);
        List<String> subjects = subjects(ctx, entityAt, cue, stance);
        String object = ctx.text().substring(Math.min(cue, ctx.text().length())).strip();
        String predicate = switch (stance) {
            case DENIED -> "denies";
            case UNCONFIRMED -> "has_not_confirmed";
            default -> "no_comment";
        };
        List<Statement> found = new ArrayList<>();
        for (String subject : subjects) {
            found.add(new Statement(document, subject, predicate, object.isEmpty() ? null : object, null, stance,
                    ctx.attribution(), ctx.span(), ctx.text()));
        }
        return found;
    }

    /** Returns the entity whose alias occurs last in the text, for names no recogniser marked in this sentence. */
    private static java.util.Optional<String> lastAliasIn(String text, Map<Span, Entity> entityAt) {
        String best = null;
        int at = -1;
        for (Entity e : entityAt.values().stream().distinct().toList()) {
            if (e.type() == EntityType.PRODUCT) {
                continue;
            }
            for (String alias : e.aliases()) {
                int found = lastWholeWord(text, alias);
                if (found > at) {
                    at = found;
                    best = e.name();
                }
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /** Returns where the word or phrase last occurs on its own in the text (not inside a longer word), or -1. */
    private static int lastWholeWord(String text, String phrase) {
        for (int i = text.lastIndexOf(phrase); i >= 0; i = text.lastIndexOf(phrase, i - 1)) {
            int end = i + phrase.length();
            boolean startsWord = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startsWord && endsWord) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> subjects(SentenceContext ctx, Map<Span, Entity> entityAt, int cue,
            Stance stance) {
        String before = ctx.text().substring(0, cue);
        Matcher ministry = MINISTRY.matcher(before);
        String lastMinistry = null;
        while (ministry.find()) {
            lastMinistry = ministry.group(1).replace("’", "'");
        }
        List<String> named = new ArrayList<>();
        for (Mention m : ctx.mentions()) {
            boolean inSubject = m.span().end() <= ctx.span().start() + cue;
            Entity e = entityAt.get(m.span());
            EntityType type = e == null ? m.type() : e.type();
            if (inSubject && type != EntityType.PRODUCT) {
                String plain = e == null ? m.text() : e.name();
                String name = CAPITALS.getOrDefault(plain, plain);
                if (lastMinistry == null || !lastMinistry.contains(m.text())) {
                    named.add(name);
                }
            }
        }
        if (lastMinistry != null) {
            named.add(0, lastMinistry);
        }
        if (named.isEmpty()) {
            lastAliasIn(before, entityAt).ifPresent(named::add);
        }
        // a denial has one denier, the one nearest the verb; a refusal to comment may list several parties
        if (stance != Stance.NO_COMMENT && named.size() > 1) {
            return List.of(lastMinistry != null ? lastMinistry : named.get(named.size() - 1));
        }
        return named.stream().distinct().toList();
    }
}
