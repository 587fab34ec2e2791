package org.claimgraph.evaluation.web;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.claimgraph.store.BulkRows;

/**
 * Synthesises a large database for the web benchmark, without NLP: documents in stories of five (the second a copy
 * of the first), entities named in them, claims with evidence, contradictions, provenance edges and sanctions hits.
 * Deterministic: the same size always gives the same rows.
 */
public final class WebBenchData {
    /** Documents a story holds. */
    public static final int STORY_SIZE = 5;
    private static final int DOCUMENTS_PER_ENTITY = 10;
    private static final int CLAIMS_PER_STORY = 3;
    private static final List<String> STEMS = List.of("Norvik", "Baltara", "Osterlund", "Calloway", "Vesper",
            "Halden", "Korsa", "Tavrin", "Maribel", "Quenton", "Arlo", "Stenmark");
    private static final List<String> KINDS = List.of("Dynamics", "Holdings", "Trade", "Terminals", "Aerospace");
    private static final List<String> OUTLETS = List.of("Meridian Wire", "Harbour Herald", "Daily Globe",
            "TechPulse", "North Ledger");

    private final int documents;

    /**
     * Creates a generator for a database of {@code documents} documents.
     *
     * @throws IllegalArgumentException when the count is not a positive multiple of {@link #STORY_SIZE}
     */
    public WebBenchData(int documents) {
        if (documents < STORY_SIZE * DOCUMENTS_PER_ENTITY || documents % STORY_SIZE != 0) {
            throw new IllegalArgumentException("documents " + documents + " is invalid; expected a multiple of "
                    + STORY_SIZE + " of at least " + STORY_SIZE * DOCUMENTS_PER_ENTITY);
        }
        this.documents = documents;
    }

    /** Writes every table into the (new or empty) database file. */
    public void write(Path db) {
        int stories = documents / STORY_SIZE;
        int entities = documents / DOCUMENTS_PER_ENTITY;
        try (BulkRows rows = BulkRows.open(db)) {
            rows.insert("documents", List.of("id", "source", "title", "published", "outlet", "original_outlet",
                    "language", "text", "analysed_at"), range(documents, this::document));
            rows.insert("stories", List.of("id", "title", "first_published", "last_published"), range(stories,
                    s -> new Object[] {storyId(s), "Story " + s + ": " + entityName(s % entities) + " deliveries",
                        date(s * STORY_SIZE).toString(), date(s * STORY_SIZE + STORY_SIZE - 1).toString()}));
            rows.insert("story_documents", List.of("story_id", "document_id", "position"), range(documents,
                    d -> new Object[] {storyId(d / STORY_SIZE), documentId(d), d % STORY_SIZE}));
            rows.insert("reuses", List.of("copy_id", "original_id", "kind", "similarity", "passages"), range(stories,
                    s -> new Object[] {documentId(s * STORY_SIZE + 1), documentId(s * STORY_SIZE), "DUPLICATE", 0.97,
                        "[]"}));
            rows.insert("entities", List.of("id", "name", "type", "aliases", "mention_count", "position"),
                    range(entities, e -> new Object[] {entityId(e), entityName(e), "ORG", "[\"" + entityName(e)
                        + "\"]", DOCUMENTS_PER_ENTITY, e}));
            rows.insert("entity_mentions", List.of("entity_id", "document_id", "start_char", "end_char", "text"),
                    range(documents, d -> new Object[] {entityId(d / DOCUMENTS_PER_ENTITY), documentId(d), 0,
                        entityName(d / DOCUMENTS_PER_ENTITY).length(), entityName(d / DOCUMENTS_PER_ENTITY)}));
            rows.insert("sanction_hits", List.of("entity_id", "list_name", "entry_id", "entry_name", "programme",
                    "score", "explanation", "position"), range(Math.max(1, entities / 7), e -> new Object[] {
                        entityId(e * 7),
                        "synthetic-list", "E" + e, entityName(e * 7), "RUSSIA-EO14024", 0.95, "exact name", 0}));
            writeClaims(rows, stories, entities);
        }
    }

    private void writeClaims(BulkRows rows, int stories, int entities) {
        int claims = stories * CLAIMS_PER_STORY;
        rows.insert("claims", List.of("id", "subject", "predicate", "object", "value", "stance", "attributed_to",
                "origin", "independent_sources", "position"), range(claims, c -> new Object[] {claimId(c),
                    entityName(c / CLAIMS_PER_STORY % entities), c % 3 == 2 ? "denies" : "range", null,
                    c % 3 == 2 ? null : quantity(100 + c % 900), c % 3 == 2 ? "DENIED" : "REPORTED",
                    "[\"" + outlet(c) + "\"]", outlet(c), 1 + c % 3, c}));
        rows.insert("evidence", List.of("claim_id", "document_id", "statement", "position", "sentence", "stance",
                "start_char", "end_char", "attribution"), range(claims * STORY_SIZE, this::evidence));
        rows.insert("contradictions", List.of("claim_id", "other_id"), range(stories, s -> new Object[] {
            claimId(s * CLAIMS_PER_STORY), claimId(s * CLAIMS_PER_STORY + 2)}));
        rows.insert("provenance_edges", List.of("from_node", "to_node", "kind"), range(documents + OUTLETS.size(),
                i -> i < documents ? new Object[] {"doc:" + documentId(i), "source:" + outlet(i), "CITES"}
                        : new Object[] {"source:" + OUTLETS.get(i - documents), "source:Ministry of Defence",
                            "RELAYS"}));
    }

    private Object[] document(int d) {
        String entity = entityName(d / DOCUMENTS_PER_ENTITY);
        return new Object[] {documentId(d), "synthetic/" + d, "Synthetic page " + d + ": " + entity + " drones",
            date(d).toString(), outlet(d), outlet(d), "en", documentText(d), "2025-01-01T00:00:00Z"};
    }

    private String documentText(int d) {
        return entityName(d / DOCUMENTS_PER_ENTITY) + " delivered " + (40 + d % 60) + " drones to a buyer in Port "
                + "Alvan, " + outlet(d) + " reported, citing customs records. The ministry declined to comment on "
                + "the shipment. Analysts said the model's range of " + (100 + d % 900) + " km had not been "
                + "independently verified. Document number " + d + " of the synthetic benchmark corpus.";
    }

    private static String quantity(int km) {
        return "{\"low\":" + km + ".0,\"high\":" + km + ".0,\"unit\":\"km\",\"hedge\":\"EXACT\",\"span\":{\"start\""
                + ":0,\"end\":6},\"text\":\"" + km + " km\"}";
    }

    /** Evidence row {@code i}: the range sentence of one document of the claim's story, as analyze stores it. */
    private Object[] evidence(int i) {
        int claim = i / STORY_SIZE;
        int document = claim / CLAIMS_PER_STORY * STORY_SIZE + i % STORY_SIZE;
        String text = documentText(document);
        int start = text.indexOf("Analysts said");
        int end = text.indexOf('.', start) + 1;
        String sentence = text.substring(start, end);
        // the ministry said it, the claim's outlet reported it: the same relay as the provenance edges below
        String attribution = "[\"Ministry of Defence\",\"" + outlet(claim) + "\"]";
        String statement = "{\"document\":{\"value\":\"" + documentId(document) + "\"},\"subject\":\""
                + entityName(claim / CLAIMS_PER_STORY % (documents / DOCUMENTS_PER_ENTITY)) + "\",\"predicate\":"
                + "\"range\",\"object\":null,\"value\":null,\"stance\":\"REPORTED\",\"attribution\":" + attribution
                + ",\"span\":{\"start\":" + start + ",\"end\":" + end + "},\"text\":\"" + sentence + "\"}";
        return new Object[] {claimId(claim), documentId(document), statement, i % STORY_SIZE, sentence, "REPORTED",
            start, end, attribution};
    }

    /** Spreads the documents over two years, in id order. */
    private LocalDate date(int d) {
        return LocalDate.of(2024, 1, 1).plusDays((long) d * 730 / documents);
    }

    private static String outlet(int i) {
        return OUTLETS.get(i % OUTLETS.size());
    }

    /** Returns the id of document {@code d}: 16 hex digits. */
    public static String documentId(int d) {
        return String.format(Locale.ROOT, "%016x", 0x5eed000000000000L + d);
    }

    /** Returns the id of story {@code s}. */
    public static String storyId(int s) {
        return String.format(Locale.ROOT, "s%012x", s);
    }

    /** Returns the id of entity {@code e}. */
    public static String entityId(int e) {
        return String.format(Locale.ROOT, "e%012x", e);
    }

    private static String claimId(int c) {
        return String.format(Locale.ROOT, "c%012x", c);
    }

    private static String entityName(int e) {
        return STEMS.get(e % STEMS.size()) + " " + KINDS.get(e / STEMS.size() % KINDS.size()) + " " + e;
    }

    private static Iterable<Object[]> range(int n, IntFunction<Object[]> row) {
        return () -> IntStream.range(0, n).mapToObj(row).iterator();
    }
}
