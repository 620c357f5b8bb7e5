-- Hearth laptop store, schema 1. Applied inside one transaction by Store (app/storage);
-- PRAGMA user_version is set by the migration runner, not here. SQLite 3.15 (SQLCipher 3.4.1):
-- no UPSERT, no RETURNING, no JSON functions, no window functions.
--
-- Records are stored as aggregates: `body` is the record's compact JSON from CaseFile::toJson.
-- The other columns are derived from the body on every save, only for searching, sorting and
-- joining; the body is the truth (docs/storage.md).

CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE persons (
    id            TEXT PRIMARY KEY NOT NULL,
    version       INTEGER NOT NULL,
    family_name   TEXT NOT NULL,
    given_names   TEXT NOT NULL,
    display_name  TEXT NOT NULL,
    search_text   TEXT NOT NULL,      -- case-folded names, NHS number and postcode
    date_of_birth TEXT,               -- yyyy-MM-dd, NULL when not known
    nhs_number    TEXT,
    updated_at    TEXT NOT NULL,      -- UTC, ISO 8601 with milliseconds
    body          TEXT NOT NULL
);
CREATE INDEX persons_family_name ON persons (family_name COLLATE NOCASE, given_names COLLATE NOCASE);
CREATE INDEX persons_nhs_number ON persons (nhs_number);

CREATE TABLE network_members (
    id         TEXT PRIMARY KEY NOT NULL,
    person_id  TEXT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,      -- keeps the order the case was written in
    version    INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    body       TEXT NOT NULL
);
CREATE INDEX network_members_person ON network_members (person_id, position);

CREATE TABLE assessments (
    id         TEXT PRIMARY KEY NOT NULL,
    person_id  TEXT NOT NULL REFERENCES persons (id),
    position   INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    status     TEXT NOT NULL,
    started_on TEXT,
    version    INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    body       TEXT NOT NULL
);
-- By person; ordered so the caseload finds each person's latest assessment without a sort.
CREATE INDEX assessments_person ON assessments (person_id, started_on, position);

CREATE TABLE plans (
    id              TEXT PRIMARY KEY NOT NULL,
    assessment_id   TEXT NOT NULL REFERENCES assessments (id),
    version         INTEGER NOT NULL,
    informal_review TEXT,
    first_review    TEXT,
    annual_review   TEXT,
    next_review     TEXT,             -- as due on the day of the save; caseload recomputes
    updated_at      TEXT NOT NULL,
    body            TEXT NOT NULL
);
CREATE UNIQUE INDEX plans_assessment ON plans (assessment_id);
CREATE INDEX plans_next_review ON plans (next_review);

-- Every version of every record; body is NULL for a deletion.
CREATE TABLE record_history (
    record_type TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    version     INTEGER NOT NULL,
    changed_at  TEXT NOT NULL,
    changed_by  TEXT NOT NULL,
    device_id   TEXT NOT NULL,
    body        TEXT,
    PRIMARY KEY (record_type, record_id, version)
);

-- Append-only and hash-chained (app/storage/auditlog.cpp).
CREATE TABLE audit_log (
    seq            INTEGER PRIMARY KEY NOT NULL,
    at             TEXT NOT NULL,
    actor          TEXT NOT NULL,
    device_id      TEXT NOT NULL,
    action         TEXT NOT NULL,
    record_type    TEXT NOT NULL,
    record_id      TEXT NOT NULL,
    changed_fields TEXT NOT NULL,     -- compact JSON array of top-level field names
    prev_hash      BLOB NOT NULL,
    hash           BLOB NOT NULL
);

-- Records changed since the office last acknowledged them.
CREATE TABLE outbox (
    record_type TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    version     INTEGER NOT NULL,
    queued_at   TEXT NOT NULL,
    PRIMARY KEY (record_type, record_id)
);
