package org.govhub.connectors.water;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.Map;
import org.govhub.connectors.support.AgencyEndpointProperties;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.testkit.AgencyConnectorContract;
import org.govhub.contracts.command.AgencyCommand;

/** The standard contract checks of 水过户 against contracts/agencies/water.v1.yaml. */
class WaterAccountTransferContractTest extends AgencyConnectorContract {

    private final ObjectMapper mapper = new ObjectMapper();

    WaterAccountTransferContractTest() {
        super("contracts/agencies/water.v1.yaml", "/water", "POST", "/sdq/gh");
    }

    @Override
    protected CommandHandler handler(AgencyEndpointProperties endpoint) {
        return new WaterAccountTransferHandler(endpoint, "test-water-key", mapper);
    }

    @Override
    protected Map<String, Expected> documentedAnswers() {
        return Map.of(
                "200/transferred", Expected.applied(),
                "200/noAccount", Expected.notApplicable("NO_ACCOUNT"),
                "200/arrears", Expected.rejected("ARREARS"),
                "400/invalid", Expected.failed("INVALID_REQUEST"));
    }

    @Override
    protected AgencyCommand command() {
        ObjectNode data = mapper.createObjectNode()
                .put("unitNumber", "371526002002GB00001F00020202")
                .put("address", "山东省聊城市高唐县汇鑫街道官道街13号鱼丘湖小区2号楼2单元202室")
                .put("transferDate", "2026-11-25");
        data.putObject("newOwner").put("name", "张平").put("idType", "RESIDENT_ID")
                .put("idNumber", "371526199005104244").put("phone", "15045980949");
        data.putObject("previousOwner").put("name", "何敏");
        return new AgencyCommand("5f0c6a52-3f0e-4c4e-9a57-0b7c2b1d9e11:M1:water:account-transfer",
                "5f0c6a52-3f0e-4c4e-9a57-0b7c2b1d9e11", "evt-1", "M1", "water", "account-transfer",
                OffsetDateTime.parse("2026-11-25T10:00:00+08:00"), null, data);
    }
}
