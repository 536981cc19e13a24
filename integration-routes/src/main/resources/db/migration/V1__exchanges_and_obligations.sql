-- One exchange per accepted event; one obligation per recipient (and per completion notice)
-- of every mandate the event triggers. State lives here, not in memory, so a crash loses nothing.
create table exchange (
    id            uuid        primary key,
    event_source  text        not null,
    event_id      text        not null,
    event_type    text        not null,
    -- Who handed the event in (the authenticated agency system, once security is on).
    caller        text        not null,
    status        text        not null check (status in ('ACCEPTED', 'PUBLISHED', 'IN_PROGRESS', 'COMPLETED')),
    -- When COMPLETED: COMPLETED if every recipient applied or had nothing to do, else PARTIAL.
    outcome       text        check (outcome in ('COMPLETED', 'PARTIAL')),
    -- The CloudEvent exactly as received.
    payload       bytea       not null,
    accepted_at   timestamptz not null,
    published_at  timestamptz,
    completed_at  timestamptz,
    due_at        timestamptz,
    constraint exchange_event_unique unique (event_source, event_id)
);

create table obligation (
    exchange_id      uuid        not null references exchange (id),
    mandate          text        not null,
    recipient        text        not null,
    command          text        not null,
    -- RECIPIENT: what the mandate orders; COMPLETION: the notices sent once every recipient answered.
    role             text        not null check (role in ('RECIPIENT', 'COMPLETION')),
    command_id       text        not null unique,
    status           text        not null check (status in ('PENDING', 'APPLIED', 'REJECTED', 'NOT_APPLICABLE', 'FAILED')),
    reason_code      text,
    reason           text,
    agency_reference text,
    attempts         integer,
    -- The exact fields shared with this recipient (data minimisation, audit).
    fields           text[]      not null,
    sent_at          timestamptz not null,
    due_at           timestamptz,
    completed_at     timestamptz,
    primary key (exchange_id, mandate, recipient, command)
);

create index obligation_pending on obligation (status) where status = 'PENDING';
