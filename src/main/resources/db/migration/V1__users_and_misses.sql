-- Plain SQL that PostgreSQL and H2 both run unchanged. Instants are epoch milliseconds (BIGINT)
-- so that no driver's time-zone handling can shift them; local dates and times use DATE / TIME.
CREATE TABLE users (
    chat_id            BIGINT       NOT NULL PRIMARY KEY,
    zone               VARCHAR(64)  NOT NULL,
    remind_at          TIME,
    reminders_on       BOOLEAN      NOT NULL,
    snoozed_until      BIGINT,
    favourite_routine  VARCHAR(64),
    last_feeling       SMALLINT,
    store_text_consent BOOLEAN      NOT NULL,
    last_prompt_date   DATE,
    -- When the next prompt (evening or snoozed) is due, derived from the columns above by the
    -- application, so that due work is one indexed range scan whatever the users' zones.
    next_due_at        BIGINT,
    updated_at         BIGINT       NOT NULL
);

CREATE INDEX users_next_due_at ON users (next_due_at);

-- Unrecognized questions, counted by the hash of their normalized text; the text itself only
-- when a user who asked it agreed to keep it.
CREATE TABLE misses (
    hash        VARCHAR(128)  NOT NULL PRIMARY KEY,
    sample_text VARCHAR(2000),
    hits        BIGINT        NOT NULL,
    last_seen   BIGINT        NOT NULL
);
