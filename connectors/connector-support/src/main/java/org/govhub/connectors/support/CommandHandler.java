package org.govhub.connectors.support;

import org.govhub.contracts.command.AgencyCommand;

/**
 * The one thing a sink connector does: carry out a canonical command at its agency, in that
 * agency's own API and format, and say what happened.
 *
 * <p>Throw {@link AgencyUnavailableException} for what may pass (timeouts, resets, 5xx): the
 * command is retried with backoff. Throw {@link ContractViolationException} when the agency's
 * answer breaks its published contract: the command fails at once with that reason. Business
 * refusals are results, not exceptions.
 */
@FunctionalInterface
public interface CommandHandler {

    AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException;
}
