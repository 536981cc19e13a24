package org.govhub.connectors.telecom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import org.govhub.contracts.command.AgencyCommand;

/** A construction-permit command (M6) as the hub sends it to telecom: only its allow-list's fields. */
final class ConstructionPermits {

    static final String EXCHANGE_ID = "5f0c6a52-3f0e-4c4e-9a57-0b7c2b1d9e11";
    static final String COMMAND_ID = EXCHANGE_ID + ":M6:telecom:construction-permit";

    private ConstructionPermits() {
    }

    static AgencyCommand command(ObjectMapper mapper) {
        ObjectNode data = mapper.createObjectNode()
                .put("permitNo", "371526202611250101")
                .put("projectCode", "2611-371526-04-01-000123")
                .put("projectName", "高唐县鱼丘湖街道金城花园二期")
                .put("address", "高唐县鱼丘湖街道金城路以南、官道街以东")
                .put("divisionCode", "371526")
                .put("buildingUse", "RESIDENTIAL")
                .put("issuedOn", "2026-11-25")
                .put("plannedCompletionOn", "2028-06-30");
        data.putObject("builder").put("uscc", "91371526MA3C11116D").put("name", "高唐县示例商贸有限公司");
        data.putObject("scale").put("dwellingUnits", 640);
        return new AgencyCommand(COMMAND_ID, EXCHANGE_ID, "evt-1", "M6", "telecom", "construction-permit",
                OffsetDateTime.parse("2026-11-25T10:00:00+08:00"), null, data);
    }
}
