-- Media: the mail outbox (see the SQLite script of the same name for the design). Instants are stored as
-- UTC round-trip text, as on SQLite, so that Media's queries are the same text on both stores.

CREATE TABLE IF NOT EXISTS MediaAlert
(
    Id       text    NOT NULL PRIMARY KEY,
    RaisedAt text    NOT NULL,
    Routed   integer NOT NULL DEFAULT 0,
    Office   text    NULL,
    Payload  text    NOT NULL
);

CREATE INDEX IF NOT EXISTS IX_MediaAlert_Unrouted ON MediaAlert (RaisedAt) WHERE Routed = 0;
CREATE INDEX IF NOT EXISTS IX_MediaAlert_Office ON MediaAlert (Office, RaisedAt);

CREATE TABLE IF NOT EXISTS MediaMail
(
    Key           text    NOT NULL PRIMARY KEY,
    AlertId       text    NULL,
    Recipient     text    NOT NULL,
    MessageId     text    NOT NULL UNIQUE,
    Subject       text    NOT NULL,
    Mime          bytea   NOT NULL,
    CreatedAt     text    NOT NULL,
    Attempts      integer NOT NULL DEFAULT 0,
    NextAttemptAt text    NOT NULL,
    SentAt        text    NULL,
    LastError     text    NULL
);

CREATE INDEX IF NOT EXISTS IX_MediaMail_Due ON MediaMail (NextAttemptAt) WHERE SentAt IS NULL;
