package org.govhub.connectors.support;

/**
 * The agency refused the hub's credentials (HTTP 401 or 403). Retrying cannot help until an
 * operator fixes the configuration, so, like any contract violation, the outcome is FAILED.
 */
public class AgencyAuthenticationException extends ContractViolationException {

    public AgencyAuthenticationException(String message) {
        super(message);
    }
}
