-- Media: filings begun and not yet finished. An account stores the audit row it is about to add here before it
-- writes its state, and one transaction later replaces it with the audit row (MediaAuditLog) once its region index
-- line is written. The rows left by a killed process are what the next start finishes (FilingRecovery), so the
-- table holds only the filings in flight: reading it costs the same at a thousand accounts as at a million.

CREATE TABLE IF NOT EXISTS MediaFilingIntent
(
    AccountId TEXT    NOT NULL,
    Ordinal   INTEGER NOT NULL,
    FiledAt   TEXT    NOT NULL,
    Actor     TEXT    NOT NULL,
    Action    TEXT    NOT NULL,
    Before    TEXT    NULL,
    After     TEXT    NULL,
    PRIMARY KEY (AccountId, Ordinal)
);
