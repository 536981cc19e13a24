package org.govhub.hub.exchange;

/** RECIPIENT: what the mandate orders. COMPLETION: a notice sent once every recipient answered. */
public enum ObligationRole {
    RECIPIENT, COMPLETION
}
