-- Media: the append-only audit log (who filed or changed what, and when). Rows are only ever inserted;
-- the triggers make an UPDATE or DELETE fail so a mistake in code cannot rewrite history.

CREATE TABLE IF NOT EXISTS MediaAuditLog
(
    Id         INTEGER PRIMARY KEY AUTOINCREMENT,
    OccurredAt TEXT NOT NULL,
    Actor      TEXT NOT NULL,
    Action     TEXT NOT NULL,
    Subject    TEXT NOT NULL,
    Before     TEXT NULL,
    After      TEXT NULL
);

CREATE INDEX IF NOT EXISTS IX_MediaAuditLog_Subject ON MediaAuditLog (Subject, Id);

CREATE TRIGGER IF NOT EXISTS MediaAuditLog_NoUpdate BEFORE UPDATE ON MediaAuditLog
BEGIN
    SELECT RAISE(ABORT, 'MediaAuditLog is append-only');
END;

CREATE TRIGGER IF NOT EXISTS MediaAuditLog_NoDelete BEFORE DELETE ON MediaAuditLog
BEGIN
    SELECT RAISE(ABORT, 'MediaAuditLog is append-only');
END;
