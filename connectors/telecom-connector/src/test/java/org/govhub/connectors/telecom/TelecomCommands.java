package org.govhub.connectors.telecom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import org.govhub.contracts.command.AgencyCommand;

/** A connection-application command as M6 sends it to the telecom operator. */
final class TelecomCommands {

    static final String COMMAND_ID = "5f0c6a52-3f0e-4c4e-9a57-0b7c2b1d9e11:M6:telecom:connection-application";

    private TelecomCommands() {
    }

    static AgencyCommand command(ObjectMapper mapper) {
        ObjectNode data = mapper.createObjectNode()
                .put("applicationNo", "GTBZ20261125001")
                .put("projectName", "高唐县鱼丘湖街道金城路16号商铺")
                .put("address", "高唐县鱼丘湖街道金城路16号")
                .put("divisionCode", "371526")
                .put("appliedOn", "2026-11-25")
                .put("externalWorks", false);
        data.putObject("applicant").put("name", "高唐县示例商贸有限公司").put("idType", "USCC")
                .put("idNumber", "91371526MA3C11116D").put("phone", "13905351234");
        data.putObject("telecom").put("service", "BROADBAND").put("bandwidthMbps", 500);
        return new AgencyCommand(COMMAND_ID, "5f0c6a52-3f0e-4c4e-9a57-0b7c2b1d9e11", "evt-1", "M6", "telecom",
                "connection-application", OffsetDateTime.parse("2026-11-25T10:00:00+08:00"), null, data);
    }
}
