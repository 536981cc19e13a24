-- Issue 4, M9. What the hub gave a requester (the served or approved data) is kept for the
-- retention period of govhub.sharing.retention, then purged (SharingRetention): the data is
-- removed, a personal subject (a resident ID) is replaced by its keyed hash, and purged_at says
-- when. The request, its answer's status and the audit records stay.
alter table sharing_request add column purged_at timestamptz;

create index sharing_request_retention on sharing_request (answered_at) where data is not null;

-- Two new kinds of audit record: SHARING_READ (a provider read a request naming a subject, from
-- its inbox or by id) and DATA_PURGED (the retention period of what was shared ran out).
alter table audit_record drop constraint audit_record_kind_check;
alter table audit_record add constraint audit_record_kind_check
    check (kind in ('EVENT_ACCEPTED', 'DATA_SHARED', 'OUTCOME', 'REPLAY', 'CONSENT', 'SHARING_READ', 'DATA_PURGED'));
