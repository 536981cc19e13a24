-- Issue 4, M7: a saga's withdrawal withdraws every command its earlier events sent (the levy, the
-- registration), in the transaction that accepts the withdrawal and before any compensation is
-- sent. The sink connectors read it in the command ledger (JdbcCommandLedger) under the command's
-- claim: a withdrawn command not carried out yet is never carried out (NOT_APPLICABLE, WITHDRAWN),
-- and the compensation sent to the same recipient waits for the command it undoes to finish, then
-- calls the agency only if that command was applied (else NOT_APPLICABLE, NOTHING_TO_UNDO). So a
-- compensation cannot overtake the command it undoes, whatever queue each travels on.
create table command_withdrawal (
    command_id       text        primary key,
    mandate          text        not null,
    correlation_key  text        not null,
    -- The withdrawal's exchange.
    withdrawn_by     uuid        not null references exchange (id),
    -- The compensation sent to the same recipient, if one was sent.
    compensation_id  text,
    recorded_at      timestamptz not null default now()
);

create index command_withdrawal_by_compensation on command_withdrawal (compensation_id);
