-- Prompts of kinds other than the evening one (whose schedule lives in users): the diary's
-- morning check-in and its weekly chart. Each row is claimed like the evening prompt: a
-- conditional UPDATE on (chat_id, kind) that only succeeds once per kind and local day.
CREATE TABLE prompts (
    chat_id           BIGINT       NOT NULL,
    kind              VARCHAR(16)  NOT NULL,
    zone              VARCHAR(64)  NOT NULL,
    at_time           TIME         NOT NULL,
    active            BOOLEAN      NOT NULL,
    last_prompt_date  DATE,
    next_due_at       BIGINT,
    updated_at        BIGINT       NOT NULL,
    PRIMARY KEY (chat_id, kind)
);

CREATE INDEX prompts_next_due_at ON prompts (next_due_at);
