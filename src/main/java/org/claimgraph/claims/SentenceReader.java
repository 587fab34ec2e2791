package org.claimgraph.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.Entity;
import org.claimgraph.core.EntityType;
import org.claimgraph.core.Mention;
import org.claimgraph.core.Quantity;
import org.claimgraph.core.Span;
import org.claimgraph.core.Stance;
import org.claimgraph.core.Statement;

/** Reads the quantity and relation statements of one sentence. */
final class SentenceReader {
    private static final Pattern APPOSITION = Pattern.compile(",\\s+(?:a|an|the)\\s+[^,;]{3,120},");
    private static final Set<String> PRODUCT_ATTRIBUTES = Set.of("range", "payload", "warhead", "weight");

    private final DocumentId document;
    private final SentenceContext ctx;
    private final Map<Span, Entity> entityAt;
    private final String lastProduct;
    private final String lastOrganisation;
    private final Stance stance;
    /** The sentence's relation cues, found once: quantities and actions consult them for every mention. */
    private final List<RelationPatterns.Found> relations;

    SentenceReader(DocumentId document, SentenceContext ctx, Map<Span, Entity> entityAt, String lastProduct,
            String lastOrganisation) {
        this.document = document;
        this.ctx = ctx;
        this.entityAt = entityAt;
        this.lastProduct = lastProduct;
        this.lastOrganisation = lastOrganisation;
        this.stance = StanceCues.of(ctx.text(), !ctx.attribution().isEmpty());
        this.relations = RelationPatterns.find(ctx.text());
    }

    List<Statement> quantityStatements() {
        List<Statement> found = new ArrayList<>();
        for (Quantity q : ctx.quantities()) {
            int offset = q.span().start() - ctx.span().start();
            String predicate = Predicates.forQuantity(q, ctx.text(), offset);
            if (predicate == null) {
                continue;
            }
            boolean productAttribute = PRODUCT_ATTRIBUTES.contains(predicate);
            Optional<String> subject = subjectFor(q.span(), productAttribute, predicate.equals("area"));
            if (subject.isEmpty() && productAttribute && lastProduct != null) {
                subject = Optional.of(lastProduct);
            }
            subject.ifPresent(s -> found.add(statement(s, predicate, null, q)));
        }
        return found;
    }

    List<Statement> relationStatements() {
        List<Statement> found = new ArrayList<>();
        for (RelationPatterns.Found r : relations) {
            int cueStart = ctx.span().start() + r.cueStart();
            int cueEnd = ctx.span().start() + r.cueEnd();
            Optional<Mention> subject = ctx.mentions().stream().filter(m -> m.span().end() <= cueStart)
                    .filter(m -> cueStart - m.span().end() <= 2).reduce((a, b) -> b);
            Optional<Mention> object = ctx.mentions().stream().filter(m -> m.span().start() >= cueEnd)
                    .filter(m -> m.span().start() - cueEnd <= 80).findFirst();
            if (subject.isPresent() && object.isPresent()) {
                found.add(statement(nameOf(subject.get()), r.predicate(), nameOf(object.get()), null));
            }
        }
        return found;
    }

    List<Statement> actionStatements() {
        List<Statement> found = new ArrayList<>();
        for (ActionPatterns.Found a : ActionPatterns.find(ctx.text())) {
            int cueStart = ctx.span().start() + a.cueStart();
            int cueEnd = ctx.span().start() + a.cueEnd();
            List<Mention> before = ctx.mentions().stream().filter(m -> m.span().end() <= cueStart).toList();
            Optional<Mention> subject = before.stream()
                    .filter(m -> !isRelationObject(m) && typeOf(m) != EntityType.PRODUCT)
                    .filter(m -> sameClause(m.span().end(), cueStart)).reduce((x, y) -> y);
            String object = a.object();
            if (object == null) {
                object = ctx.mentions().stream().filter(m -> m.span().start() >= cueEnd)
                        .filter(m -> m.span().start() - cueEnd <= 100 && typeOf(m) == EntityType.PRODUCT)
                        .findFirst().map(this::nameOf).orElse(null);
            }
            // with no actor in the sentence ("the invoices request payment in yuan"), the actor is the organisation
            // the previous sentences were about
            Optional<String> actor = subject.map(this::nameOf)
                    .or(() -> before.isEmpty() ? Optional.ofNullable(lastOrganisation) : Optional.empty());
            if (actor.isPresent()) {
                found.add(statement(actor.get(), a.predicate(), object, null));
            }
        }
        return found;
    }

    Optional<String> lastOfType(EntityType type) {
        return ctx.mentions().stream().filter(m -> typeOf(m) == type).map(this::nameOf).reduce((a, b) -> b);
    }

    private Optional<String> subjectFor(Span quantity, boolean productOnly, boolean preferFollowing) {
        List<Mention> candidates = ctx.mentions().stream()
                .filter(m -> !productOnly || typeOf(m) == EntityType.PRODUCT)
                .filter(m -> !isRelationObject(m)).toList();
        Optional<Mention> before = candidates.stream().filter(m -> m.span().end() <= quantity.start())
                .reduce((a, b) -> b);
        Optional<Mention> after = candidates.stream().filter(m -> m.span().start() >= quantity.end()).findFirst();
        Optional<Mention> chosen = preferFollowing ? after.or(() -> before) : before;
        return chosen.map(this::nameOf);
    }

    /** A name and a verb are in one clause unless a complementiser ("described how", "said that") comes between. */
    private boolean sameClause(int from, int to) {
        String between = ctx.text().substring(from - ctx.span().start(), to - ctx.span().start());
        return !between.matches("(?s).*\\b(how|that|which|who|whether|if)\\b.*");
    }

    /**
     * The object of "X, a subsidiary of Y, delivered..." is not who delivered, nor is a name inside an apposition
     * ("Y, a state-owned arms company under EU and US sanctions, had developed").
     */
    private boolean isRelationObject(Mention m) {
        int at = m.span().start() - ctx.span().start();
        if (relations.stream().anyMatch(r -> at >= r.cueEnd() && at - r.cueEnd() <= 60)) {
            return true;
        }
        Matcher apposition = APPOSITION.matcher(ctx.text());
        while (apposition.find()) {
            if (at >= apposition.start() && at < apposition.end()) {
                return true;
            }
        }
        return false;
    }

    private EntityType typeOf(Mention m) {
        Entity e = entityAt.get(m.span());
        return e == null ? m.type() : e.type();
    }

    private String nameOf(Mention m) {
        Entity e = entityAt.get(m.span());
        return e == null ? m.text() : e.name();
    }

    private Statement statement(String subject, String predicate, String object, Quantity value) {
        return new Statement(document, subject, predicate, object, value, stance, ctx.attribution(), ctx.span(),
                ctx.text());
    }
}
