-- PLU Studio register: a feature's stored row compressed with LZ4 rather than pglz (issue 11).
-- A row holds its kept GML element (packed, docs/exchange.md), so nearly every row is over the 2 kB at
-- which PostgreSQL compresses it; pglz was a fifth of the server's work in `add` of a 100,000-zone plan
-- (8.0 s against 6.8 s for its COPY) and LZ4 keeps the rows smaller still (153 MB against 161 MB).
-- Only how new rows are kept changes: the same values come back, older rows stay as they are, and a
-- PostgreSQL built without LZ4 keeps pglz.
DO $$
BEGIN
    ALTER TABLE feature ALTER COLUMN row_data SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
    RAISE NOTICE 'PostgreSQL without LZ4: feature rows stay compressed with pglz';
END $$;
