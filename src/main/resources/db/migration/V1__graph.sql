-- Claimgraph schema, version 1. Documents are keyed by content hash and written once, each in one transaction
-- with its analysis; the graph tables are derived from them and rewritten as a whole after each run.

CREATE TABLE documents (
    id              TEXT PRIMARY KEY,
    source          TEXT NOT NULL,
    url             TEXT,
    title           TEXT,
    byline          TEXT,
    published       TEXT,
    outlet          TEXT,
    original_outlet TEXT,
    language        TEXT,
    text            TEXT NOT NULL,
    analysed_at     TEXT NOT NULL
);

-- The per-document analysis (sentences, mentions, quantities, local entities, statements) as JSON.
CREATE TABLE document_analyses (
    document_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    analysis    TEXT NOT NULL
);

CREATE VIRTUAL TABLE documents_fts USING fts5 (title, text, content = 'documents', content_rowid = 'rowid');

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;

CREATE TABLE stories (
    id              TEXT PRIMARY KEY,
    title           TEXT NOT NULL,
    first_published TEXT,
    last_published  TEXT
);

CREATE TABLE story_documents (
    story_id    TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    PRIMARY KEY (story_id, document_id)
);
CREATE INDEX story_documents_by_document ON story_documents (document_id);

CREATE TABLE reuses (
    copy_id     TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    original_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    similarity  REAL NOT NULL,
    passages    TEXT NOT NULL,
    PRIMARY KEY (copy_id, original_id)
);

CREATE TABLE entities (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    type          TEXT NOT NULL,
    aliases       TEXT NOT NULL,
    mention_count INTEGER NOT NULL,
    position      INTEGER NOT NULL
);

CREATE TABLE entity_mentions (
    entity_id   TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    text        TEXT NOT NULL
);
CREATE INDEX entity_mentions_by_entity ON entity_mentions (entity_id);
CREATE INDEX entity_mentions_by_document ON entity_mentions (document_id);

CREATE TABLE sanction_hits (
    entity_id   TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    list_name   TEXT NOT NULL,
    entry_id    TEXT NOT NULL,
    entry_name  TEXT NOT NULL,
    programme   TEXT NOT NULL,
    score       REAL NOT NULL,
    explanation TEXT NOT NULL,
    position    INTEGER NOT NULL
);
CREATE INDEX sanction_hits_by_entity ON sanction_hits (entity_id);

CREATE TABLE claims (
    id                  TEXT PRIMARY KEY,
    subject             TEXT NOT NULL,
    predicate           TEXT NOT NULL,
    object              TEXT,
    value               TEXT,
    stance              TEXT NOT NULL,
    attributed_to       TEXT NOT NULL,
    origin              TEXT,
    independent_sources INTEGER NOT NULL,
    position            INTEGER NOT NULL
);

CREATE TABLE evidence (
    claim_id    TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    statement   TEXT NOT NULL,
    position    INTEGER NOT NULL
);
CREATE INDEX evidence_by_claim ON evidence (claim_id);
CREATE INDEX evidence_by_document ON evidence (document_id);

CREATE TABLE contradictions (
    claim_id TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    other_id TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    PRIMARY KEY (claim_id, other_id)
);

CREATE TABLE provenance_edges (
    from_node TEXT NOT NULL,
    to_node   TEXT NOT NULL,
    kind      TEXT NOT NULL,
    PRIMARY KEY (from_node, to_node, kind)
);

CREATE TABLE sanction_lists (
    name      TEXT PRIMARY KEY,
    file_name TEXT NOT NULL,
    sha256    TEXT NOT NULL,
    loaded_at TEXT NOT NULL,
    content   BLOB NOT NULL
);
