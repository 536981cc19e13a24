package org.govhub.connectors.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * A synchronous look-up of one resource of the sharing catalogue (M9,
 * {@code contracts/catalogue/shared-resources.v1.yaml}) in its provider's system: how an
 * UNCONDITIONAL resource is "obtained directly" (Part 8.3). A connector implements it in the
 * provider's own API and answers in the catalogue's field names; the hub then passes on only the
 * catalogue's fields, whatever else the answer holds.
 */
public interface ResourceQuery {

    /** The catalogue resource id, {@code <provider>.<resource>}. */
    String resource();

    /**
     * The resource's record for {@code subject} (an identifier already checked by the rule the
     * catalogue names), or empty when the provider holds none.
     *
     * @throws AgencyUnavailableException when the provider cannot be reached or fails (5xx, timeout)
     * @throws ContractViolationException when its answer breaks its published contract
     */
    Optional<JsonNode> lookup(String subject) throws AgencyUnavailableException;
}
