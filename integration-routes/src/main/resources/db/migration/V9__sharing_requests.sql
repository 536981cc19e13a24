-- M9 (Part 8.3): every request for a resource of the sharing catalogue and its answer. The
-- request's id is its exchange's id: the provider's obligation (with its due date) lives in
-- obligation like every other mandate's, so deadlines, breaches and the scorecard see it.
-- The subject is kept because the provider needs it to answer; the audit log names it only by
-- its keyed hash (subject_hash).
create table sharing_request (
    id              uuid        primary key references exchange (id),
    resource        text        not null,
    sharing_class   text        not null check (sharing_class in ('UNCONDITIONAL', 'CONDITIONAL', 'NOT_SHARED')),
    provider        text        not null,
    requester       text        not null,
    subject         text        not null,
    subject_hash    text        not null,
    purpose         text        not null,
    legal_basis     text        not null,
    case_reference  text,
    -- SERVED (unconditional, obtained from the provider), NOT_FOUND (the provider holds no record),
    -- FAILED (the provider could not be reached), NOT_SHARED (refused at once), PENDING (with the
    -- provider), APPROVED / REFUSED (the provider's answer).
    status          text        not null check (status in ('SERVED', 'NOT_FOUND', 'FAILED', 'NOT_SHARED', 'PENDING',
                                                           'APPROVED', 'REFUSED')),
    reason          text,
    -- The fields the requester was given, and their values (served or approved only).
    fields          text[]      not null default '{}',
    data            jsonb,
    requested_at    timestamptz not null default now(),
    due_at          timestamptz,
    answered_at     timestamptz,
    answered_by     text
);

create index sharing_request_provider_status on sharing_request (provider, status);
create index sharing_request_requester on sharing_request (requester, requested_at desc);
