package org.govhub.connectors.court;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import org.govhub.contracts.command.AgencyCommand;

/** A valid assistance-feedback command, shared by the handler's tests. */
final class CourtAssistanceFeedbackCommands {

    static final String COMMAND_ID = "6f1c1f7e-2b7a-4f4e-9d7e-0c2b8a4d5e61:M7:court:assistance-feedback";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CourtAssistanceFeedbackCommands() {
    }

    static AgencyCommand command() {
        ObjectNode data = MAPPER.createObjectNode()
                .put("caseNumber", "（2026）鲁1526执301号")
                .put("unitNumber", "371526007001GB00700F00010101")
                .put("stage", "LEVY")
                .put("outcome", "LEVIED_AWAITING_PAYMENT")
                .put("sagaState", "AWAITING_PAYMENT");
        data.putArray("steps").addObject().put("agency", "tax").put("command", "deed-tax-levy").put("status", "APPLIED");
        return new AgencyCommand(COMMAND_ID, "6f1c1f7e-2b7a-4f4e-9d7e-0c2b8a4d5e61", "evt-1", "M7", "court",
                "assistance-feedback", OffsetDateTime.parse("2026-11-25T10:00:00+08:00"), null, data);
    }
}
