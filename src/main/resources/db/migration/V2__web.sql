-- Claimgraph schema, version 2: indexes for the web application's read paths (story list, entity dossier,
-- provenance walk). No table changes.

CREATE INDEX stories_by_last_published ON stories (last_published DESC, id);
CREATE INDEX claims_by_subject ON claims (subject);
CREATE INDEX claims_by_object ON claims (object);
CREATE INDEX provenance_edges_by_to ON provenance_edges (to_node);
CREATE INDEX documents_by_published ON documents (published DESC, id);
CREATE INDEX entities_by_position ON entities (position);
CREATE INDEX claims_by_position ON claims (position);
