package org.govhub.connectors.publicsecurity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import org.govhub.contracts.command.AgencyCommand;

/** A valid PublicsecurityHouseholdRegistrationRequest command, shared by the handler's tests. */
final class PublicsecurityHouseholdRegistrationRequestCommands {

    static final String COMMAND_ID = "6f1c1f7e-2b7a-4f4e-9d7e-0c2b8a4d5e61:M8:publicsecurity:x";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PublicsecurityHouseholdRegistrationRequestCommands() {
    }

    static AgencyCommand command() {
        ObjectNode data = MAPPER.createObjectNode().put("applicationNo", "XF20261125-0001");
        data.putObject("buyer").put("name", "孙红梅").put("idNumber", "371526198306242822");
        return new AgencyCommand(COMMAND_ID, "6f1c1f7e-2b7a-4f4e-9d7e-0c2b8a4d5e61", "evt", "M8", "publicsecurity",
                PublicsecurityHouseholdRegistrationRequestHandler.COMMAND, OffsetDateTime.parse("2026-11-25T10:00:00+08:00"), null, data);
    }
}
