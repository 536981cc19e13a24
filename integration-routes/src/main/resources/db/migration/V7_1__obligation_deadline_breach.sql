-- Issue 9. When an obligation's deadline breach was first recorded: by the deadline watcher
-- while the obligation was still pending, or by its outcome arriving late, whichever came
-- first. Set once (each statement that sets it requires it to be null), so every hub instance
-- may watch and each breach is still counted once.
alter table obligation add column breached_at timestamptz;

-- What the watcher scans each round: pending, not yet breached, by deadline.
create index obligation_deadline_watch on obligation (due_at)
    where status = 'PENDING' and breached_at is null and due_at is not null;
