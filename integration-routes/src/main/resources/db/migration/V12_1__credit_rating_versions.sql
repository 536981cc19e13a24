-- M3: which exchange carried which version of which enterprise's rating, written when the
-- version is fanned out (RatingNotices), so that the agencies holding an enterprise's earlier
-- versions are found through an index on the USCC. Until now every rating change parsed the
-- payload of every rating event ever handed in (bench/run: 93 ms a rating change after about
-- 1,500 of them, and growing with each). The rows already handed in are filled in here.
create table credit_rating_version (
    exchange_id  uuid primary key references exchange (id),
    uscc         text not null,
    version      integer not null,
    credit_class text not null,
    action       text not null
);

create index credit_rating_version_uscc on credit_rating_version (uscc, version);

insert into credit_rating_version (exchange_id, uscc, version, credit_class, action)
select e.id, d.data ->> 'uscc', (d.data ->> 'version')::int, d.data ->> 'creditClass', d.data ->> 'action'
  from exchange e
  cross join lateral (select convert_from(e.payload, 'UTF8')::jsonb -> 'data' as data) d
 where e.event_type = 'gov.credit.rating-changed.v1';
