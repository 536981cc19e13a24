-- Audit records are written without a lock and sealed into the hash chain afterwards.
--
-- Until now every audited transaction of every hub instance took one advisory lock to chain its
-- records, and held it through its commit: under load (bench/run) that lock was nearly all of
-- the database's time. Now a transaction only inserts its records, each stamped with the
-- transaction's id (xid); a sealer (AuditLog.seal, a single holder of the advisory lock across
-- instances) later gives every record of every finished transaction its place in the chain, its
-- link to the record before and its hash. A record's place is its seq; the chain is walked in
-- seq order, as before. Records not yet sealed are counted by verification, never skipped.

alter table audit_record disable trigger audit_record_append_only;

alter table audit_record add column id bigint;
update audit_record set id = seq;
create sequence audit_record_id_seq owned by audit_record.id;
select setval('audit_record_id_seq', coalesce((select max(seq) from audit_record), 0) + 1, false);
alter table audit_record alter column id set default nextval('audit_record_id_seq');
alter table audit_record alter column id set not null;

alter table audit_record drop constraint audit_record_pkey;
alter table audit_record add primary key (id);
alter table audit_record alter column seq drop not null;
alter table audit_record add constraint audit_record_seq_unique unique (seq);
alter table audit_record alter column prev_hash drop not null;
alter table audit_record alter column hash drop not null;

-- The writing transaction's id: a record is sealed only once every transaction that could still
-- write a record before it has ended (xid below the oldest running transaction's).
alter table audit_record add column xid xid8;
alter table audit_record alter column xid set default pg_current_xact_id();

create index audit_record_unsealed on audit_record (xid, id) where hash is null;

-- Append-only, with one exception: sealing, which sets seq, prev_hash and hash of a record that
-- has none, and changes nothing else.
create or replace function audit_record_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.hash is null and new.hash is not null and new.seq is not null
            and new.prev_hash is not null
            and new.id = old.id
            and new.recorded_at = old.recorded_at
            and new.kind = old.kind
            and new.exchange_id is not distinct from old.exchange_id
            and new.mandate is not distinct from old.mandate
            and new.agency is not distinct from old.agency
            and new.legal_basis is not distinct from old.legal_basis
            and new.fields = old.fields
            and new.subjects = old.subjects
            and new.detail is not distinct from old.detail
            and new.xid is not distinct from old.xid then
        return new;
    end if;
    raise exception 'audit_record is append-only: % refused', tg_op;
end;
$$;

alter table audit_record enable trigger audit_record_append_only;
