-- Hearth laptop store, schema 2: sync with the office (issue 5, DESIGN 4).

-- Where each record's unsent changes started: the version the office last acknowledged (or
-- the version the record arrived at). The office compares it across laptops to see two
-- people changing the same record.
ALTER TABLE outbox ADD COLUMN base_version INTEGER NOT NULL DEFAULT 0;
UPDATE outbox SET base_version = version - 1;

-- The office this laptop sends to, and the laptop's own signing key. The store is encrypted,
-- so the secret key is too.
CREATE TABLE sync_enrolment (
    id                    INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    office_encryption_key BLOB NOT NULL,      -- X25519: bundles are sealed to it
    office_signing_key    BLOB NOT NULL,      -- Ed25519: receipts are signed with it
    device_public_key     BLOB NOT NULL,
    device_secret_key     BLOB NOT NULL,
    enrolled_at           TEXT NOT NULL
);

-- Every bundle written, by its running sequence number; receipted once the office's receipt
-- for it has been read back.
CREATE TABLE sync_bundles (
    sequence       INTEGER PRIMARY KEY NOT NULL,
    created_at     TEXT NOT NULL,
    file_name      TEXT NOT NULL,
    record_count   INTEGER NOT NULL,
    document_count INTEGER NOT NULL,
    content_hash   TEXT NOT NULL,          -- the manifest's SHA-256 of the records
    receipted_at   TEXT
);

-- The printouts of a finalised assessment, exactly as given to the person; they travel to
-- the office in the next bundle and stay here once it has them.
CREATE TABLE documents (
    assessment_id      TEXT NOT NULL REFERENCES assessments (id),
    kind               TEXT NOT NULL,        -- 'plan' or 'easy-read'
    assessment_version INTEGER NOT NULL,
    file_name          TEXT NOT NULL,
    sha256             TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    content            BLOB NOT NULL,
    acknowledged       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (assessment_id, kind)
);
