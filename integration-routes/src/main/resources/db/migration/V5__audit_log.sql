-- The audit log: every accepted event, every delivery with the exact fields shared and the
-- mandate's legal basis, every outcome, every replay. Append-only (enforced below) and
-- hash-chained: each record's hash covers its content and the previous record's hash, so a
-- record changed, removed or reordered breaks the chain (GET /api/v1/audit/verify).
create table audit_record (
    seq          bigint      primary key,
    recorded_at  timestamptz not null,
    kind         text        not null check (kind in ('EVENT_ACCEPTED', 'DATA_SHARED', 'OUTCOME', 'REPLAY', 'CONSENT')),
    exchange_id  uuid,
    mandate      text,
    agency       text,
    legal_basis  text,
    -- The exact fields shared (DATA_SHARED), as dotted paths.
    fields       text[]      not null default '{}',
    -- Keyed hashes (HMAC-SHA256) of the identifiers of the people and organisations the data is
    -- about, so an auditor can ask "who received data about X" without the log holding X.
    subjects     text[]      not null default '{}',
    detail       text,
    prev_hash    text        not null,
    hash         text        not null unique
);

create index audit_record_subjects on audit_record using gin (subjects);
create index audit_record_exchange on audit_record (exchange_id);

create function audit_record_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_record is append-only: % refused', tg_op;
end;
$$;

create trigger audit_record_append_only
    before update or delete on audit_record
    for each row execute function audit_record_append_only();
