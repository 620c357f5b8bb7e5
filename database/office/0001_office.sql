-- Hearth office database, schema 1 (docs/sync.md). The same SQL runs on PostgreSQL (the
-- deployment) and SQLite (the embedded default): portable types only; ${BLOB} is BYTEA or
-- BLOB. Statements end with a semicolon at the end of a line.
--
-- Every version a laptop sent is kept (record_versions); `records` holds the current one of
-- each record, chosen by version then device id, so the result does not depend on the order
-- bundles arrive in. Conflicts are worked out from record_versions when asked for.

CREATE TABLE office_meta (
    meta_key   TEXT PRIMARY KEY NOT NULL,
    meta_value TEXT NOT NULL
);

CREATE TABLE devices (
    device_id    TEXT PRIMARY KEY NOT NULL,
    practitioner TEXT NOT NULL,
    public_key   TEXT NOT NULL,            -- Ed25519, base64
    enrolled_at  TEXT NOT NULL
);

CREATE TABLE bundles (
    device_id      TEXT NOT NULL REFERENCES devices (device_id),
    sequence       BIGINT NOT NULL,
    payload_hash   TEXT NOT NULL,          -- SHA-256 of the decrypted contents
    practitioner   TEXT NOT NULL,
    created_at     TEXT NOT NULL,          -- on the laptop
    record_count   INTEGER NOT NULL,
    document_count INTEGER NOT NULL,
    imported_at    TEXT NOT NULL,
    PRIMARY KEY (device_id, sequence)
);

CREATE TABLE record_versions (
    kind         TEXT NOT NULL,
    record_id    TEXT NOT NULL,
    version      INTEGER NOT NULL,
    device_id    TEXT NOT NULL REFERENCES devices (device_id),
    base_version INTEGER NOT NULL,
    content_hash TEXT NOT NULL,            -- SHA-256 of body, or of nothing for a deletion
    deleted      INTEGER NOT NULL,
    body         TEXT,                     -- compact JSON as the laptop wrote it
    PRIMARY KEY (kind, record_id, version, device_id)
);
CREATE INDEX record_versions_record ON record_versions (kind, record_id);

CREATE TABLE records (
    kind      TEXT NOT NULL,
    record_id TEXT NOT NULL,
    version   INTEGER NOT NULL,
    device_id TEXT NOT NULL,
    deleted   INTEGER NOT NULL,
    body      TEXT,
    PRIMARY KEY (kind, record_id)
);

CREATE TABLE documents (
    assessment_id      TEXT NOT NULL,
    kind               TEXT NOT NULL,
    sha256             TEXT NOT NULL,
    assessment_version INTEGER NOT NULL,
    device_id          TEXT NOT NULL REFERENCES devices (device_id),
    file_name          TEXT NOT NULL,
    content            ${BLOB} NOT NULL,
    PRIMARY KEY (assessment_id, kind, sha256)
);
