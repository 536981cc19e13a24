-- Consents and authorisations (Part 8.3: conditional data is shared only with the provider's
-- approval or the data subject's consent). A recipient whose declaration names a consent rule
-- gets nothing unless a consent for that purpose, subject and recipient is on record, in force
-- and not revoked. The subject is stored only as the keyed hash the audit log uses.
create table consent (
    id            uuid        primary key,
    purpose       text        not null,
    subject_hash  text        not null,
    recipient     text        not null,
    recorded_by   text        not null,
    evidence      text        not null,
    granted_at    timestamptz not null default now(),
    expires_at    timestamptz,
    revoked_at    timestamptz,
    revoked_by    text
);

create index consent_lookup on consent (purpose, subject_hash, recipient);
