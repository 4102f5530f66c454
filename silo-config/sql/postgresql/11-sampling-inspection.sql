-- Media: the inspections of each sampling, one row per inspected account (Orleans-serialized payload), apart from the
-- sampling's draw in OrleansStorage: recording an inspection writes its row, not the whole sample. Position keeps the
-- order they were recorded in (a replaced inspection takes its replacement's). A sampling grain loads its rows on activation.

CREATE TABLE IF NOT EXISTS MediaSamplingInspection
(
    SamplingId text   NOT NULL,
    AccountId  text   NOT NULL,
    Position   bigint NOT NULL,
    Payload    bytea  NOT NULL,
    PRIMARY KEY (SamplingId, AccountId)
);
