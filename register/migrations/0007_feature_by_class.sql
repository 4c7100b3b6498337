-- PLU Studio register: a version's features of one class, in their order, straight from an index.
-- Opening a version in the desktop writes its plan file one table (class) at a time; with only
-- (version_pk, ord) the query for each small class (the plan, regulations, documents) walked every
-- row of the version (100,000 zones: a tenth of a second per class) to find its few rows.
CREATE INDEX feature_version_class ON feature (version_pk, class, ord);
