-- Media: the mail outbox. An alert is stored before anything is sent; routing turns it into one mail per
-- recipient, stored with its finished bytes and Message-ID before the first attempt. A mail the server
-- accepted gets SentAt at once. Primary keys make every insert idempotent (ON CONFLICT DO NOTHING).

CREATE TABLE IF NOT EXISTS MediaAlert
(
    Id           TEXT    NOT NULL PRIMARY KEY,
    RaisedAt     TEXT    NOT NULL,
    Routed       INTEGER NOT NULL DEFAULT 0,
    Office       TEXT    NULL,
    Payload      TEXT    NOT NULL
);

CREATE INDEX IF NOT EXISTS IX_MediaAlert_Unrouted ON MediaAlert (RaisedAt) WHERE Routed = 0;
CREATE INDEX IF NOT EXISTS IX_MediaAlert_Office ON MediaAlert (Office, RaisedAt);

CREATE TABLE IF NOT EXISTS MediaMail
(
    Key           TEXT    NOT NULL PRIMARY KEY,
    AlertId       TEXT    NULL,
    Recipient     TEXT    NOT NULL,
    MessageId     TEXT    NOT NULL UNIQUE,
    Subject       TEXT    NOT NULL,
    Mime          BLOB    NOT NULL,
    CreatedAt     TEXT    NOT NULL,
    Attempts      INTEGER NOT NULL DEFAULT 0,
    NextAttemptAt TEXT    NOT NULL,
    SentAt        TEXT    NULL,
    LastError     TEXT    NULL
);

CREATE INDEX IF NOT EXISTS IX_MediaMail_Due ON MediaMail (NextAttemptAt) WHERE SentAt IS NULL;
