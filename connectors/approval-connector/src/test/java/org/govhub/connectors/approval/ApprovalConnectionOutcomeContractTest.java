package org.govhub.connectors.approval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.Map;
import org.govhub.connectors.support.AgencyEndpointProperties;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.testkit.AgencyConnectorContract;
import org.govhub.contracts.command.AgencyCommand;

/** The standard contract checks of the M6 outcome report against contracts/agencies/approval.v1.yaml. */
class ApprovalConnectionOutcomeContractTest extends AgencyConnectorContract {

    private final ObjectMapper mapper = new ObjectMapper();

    ApprovalConnectionOutcomeContractTest() {
        super("contracts/agencies/approval.v1.yaml", "/approval", "PUT", "/api/v1/utility-connections/{applicationNo}/outcome");
    }

    @Override
    protected String requestPath() {
        return "/api/v1/utility-connections/GTBZ20261125001/outcome";
    }

    @Override
    protected CommandHandler handler(AgencyEndpointProperties endpoint) {
        return new ApprovalConnectionOutcomeHandler(endpoint, "test-approval-token", mapper);
    }

    @Override
    protected AgencyCommand command() {
        ObjectNode data = mapper.createObjectNode().put("applicationNo", "GTBZ20261125001").put("outcome", "PARTIAL");
        data.putArray("utilities")
                .add(mapper.createObjectNode().put("agency", "water").put("status", "APPLIED")
                        .put("reference", "SWBZ20261125000001").put("dueAt", "2026-11-27T16:00:00Z").put("late", false))
                .add(mapper.createObjectNode().put("agency", "power").put("status", "REJECTED")
                        .put("reasonCode", "OUT_OF_AREA").put("reason", "no power network at that address"))
                .add(mapper.createObjectNode().put("agency", "gas").put("status", "NOT_APPLICABLE")
                        .put("reasonCode", "NOT_REQUESTED"));
        return new AgencyCommand("5f0c6a52-3f0e-4c4e-9a57-0b7c2b1d9e11:M6:approval:connection-outcome",
                "5f0c6a52-3f0e-4c4e-9a57-0b7c2b1d9e11", "evt-1", "M6", "approval", "connection-outcome",
                OffsetDateTime.parse("2026-11-25T10:00:00+08:00"), null, data);
    }

    @Override
    protected Map<String, Expected> documentedAnswers() {
        return Map.of("200/recorded", Expected.applied(), "400/invalid", Expected.failed("INVALID_REQUEST"));
    }
}
