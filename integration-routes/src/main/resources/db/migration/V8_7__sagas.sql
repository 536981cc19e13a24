-- Sagas (docs/architecture.md, "Sagas"): a mandate whose later events continue what an earlier
-- one started (M7: the court's order, then tax's payment confirmation or the court's withdrawal)
-- keeps one row per correlation key (M7: the court case number) with the saga's state, and one
-- step per event that tried to move it, accepted or refused. Rows are locked per key, so two
-- events of one saga (a payment and a withdrawal, say) are applied one after the other.
create table saga (
    mandate          text        not null,
    -- The correlation key: an identifier of the matter (a case number), never personal data.
    correlation_key  text        not null,
    state            text        not null,
    started_by       uuid        not null references exchange (id),
    -- Facts of the first event the later ones must agree with (M7: the unit number).
    attributes       jsonb       not null default '{}'::jsonb,
    started_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    primary key (mandate, correlation_key)
);

create table saga_step (
    mandate          text        not null,
    correlation_key  text        not null,
    exchange_id      uuid        not null references exchange (id),
    event_type       text        not null,
    accepted         boolean     not null,
    from_state       text,
    to_state         text,
    -- Why a refused event was refused (UNKNOWN_CORRELATION, ...).
    reason_code      text,
    reason           text,
    at               timestamptz not null default now(),
    primary key (exchange_id, mandate)
);

create index saga_step_by_key on saga_step (mandate, correlation_key, at);
