-- Media: the append-only audit log (who filed or changed what, and when). Rows are only ever inserted;
-- a trigger makes an UPDATE or DELETE fail so a mistake in code cannot rewrite history.

CREATE TABLE IF NOT EXISTS MediaAuditLog
(
    Id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    OccurredAt text NOT NULL,
    Actor      text NOT NULL,
    Action     text NOT NULL,
    Subject    text NOT NULL,
    Before     text NULL,
    After      text NULL
);

CREATE INDEX IF NOT EXISTS IX_MediaAuditLog_Subject ON MediaAuditLog (Subject, Id);

CREATE OR REPLACE FUNCTION MediaAuditLog_Refuse() RETURNS trigger LANGUAGE plpgsql AS $refuse$
BEGIN
    RAISE EXCEPTION 'MediaAuditLog is append-only';
END;
$refuse$;

CREATE OR REPLACE TRIGGER MediaAuditLog_AppendOnly BEFORE UPDATE OR DELETE ON MediaAuditLog
FOR EACH ROW EXECUTE FUNCTION MediaAuditLog_Refuse();
