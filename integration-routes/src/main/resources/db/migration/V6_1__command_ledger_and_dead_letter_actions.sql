-- Issue 6. The outcome each sink connector obtained per command: a command delivered again
-- (redelivery after a crash, a repeat older than the broker's duplicate-id cache) re-sends this
-- outcome instead of reaching the agency a second time. Only final answers are kept.
create table command_ledger (
    command_id  text        primary key,
    recipient   text        not null,
    outcome     text        not null,
    recorded_at timestamptz not null default now()
);

-- What operators did with dead letters (replay or discard), with the message's original bytes,
-- so that a discarded message is still on record and a replay is done once.
create table dead_letter_action (
    id             uuid        primary key,
    message_id     text        not null unique,
    dead_letter_queue text     not null,
    target_queue   text,
    action         text        not null check (action in ('REPLAY', 'DISCARD')),
    -- Why the message was dead-lettered (govhub_dlq_reason or the broker's), and the operator's note.
    dlq_reason     text,
    note           text,
    exchange_id    text,
    body           bytea       not null,
    acted_at       timestamptz not null default now()
);
