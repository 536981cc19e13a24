package org.govhub.hub.ledger;

import java.util.List;
import java.util.Optional;
import org.govhub.connectors.support.CommandLedger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sink connectors' {@link CommandLedger} in PostgreSQL ({@code command_ledger}, unique on the
 * command id): it outlives a crash of the hub, and unlike the broker's duplicate-id cache it
 * never forgets. The row commits before the broker transaction that sends the outcome, so a
 * crash in between redelivers the command and re-sends this outcome.
 */
@Component
public class JdbcCommandLedger implements CommandLedger {

    private final JdbcTemplate jdbc;

    public JdbcCommandLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> outcomeOf(String commandId) {
        List<String> found = jdbc.queryForList("select outcome from command_ledger where command_id = ?",
                String.class, commandId);
        return found.stream().findFirst();
    }

    @Override
    public void record(String commandId, String recipient, String outcomeJson) {
        jdbc.update("insert into command_ledger (command_id, recipient, outcome) values (?, ?, ?) on conflict do nothing",
                commandId, recipient, outcomeJson);
    }
}
