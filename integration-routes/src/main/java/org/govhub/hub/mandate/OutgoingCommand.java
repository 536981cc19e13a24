package org.govhub.hub.mandate;

/** A command ready for its recipient's queue: the body is the command's JSON. */
public record OutgoingCommand(String queue, String commandId, String exchangeId, String json) {
}
