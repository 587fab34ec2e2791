-- Claimgraph schema, version 3: each evidence row's sentence, stance, span and attribution chain as columns, so
-- the web pages list evidence without parsing every row's statement JSON. The statement stays the full record.

ALTER TABLE evidence ADD COLUMN sentence TEXT;
ALTER TABLE evidence ADD COLUMN stance TEXT;
ALTER TABLE evidence ADD COLUMN start_char INTEGER;
ALTER TABLE evidence ADD COLUMN end_char INTEGER;
ALTER TABLE evidence ADD COLUMN attribution TEXT;

UPDATE evidence SET sentence = json_extract(statement, '$.text'), stance = json_extract(statement, '$.stance'),
    start_char = json_extract(statement, '$.span.start'), end_char = json_extract(statement, '$.span.end'),
    attribution = json_extract(statement, '$.attribution');
