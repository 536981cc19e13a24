package org.govhub.connectors.heat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.RoundingMode;
import java.time.Clock;
import org.govhub.connectors.support.AgencyEndpointProperties;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.CommandData;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.ConstructionPermitData;
import org.govhub.connectors.support.InvalidCommandException;
import org.govhub.contracts.command.AgencyCommand;
import org.govhub.contracts.command.ConnectionApplication;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Carries out {@code connection-application} (M6, Parts 4.1 and 4.4) at the heating company:
 * one signed form post to {@code POST /api/apply.do} (contracts/agencies/heat.v1.yaml),
 * numbered by the command id. The form has no field for the type of the applicant's certificate.
 */
public class HeatConnectionApplicationHandler implements CommandHandler {

    private final HeatM6Forms heat;
    private final ObjectMapper mapper;

    public HeatConnectionApplicationHandler(AgencyEndpointProperties endpoint, String appId, String appSecret, Clock clock,
                                            ObjectMapper mapper) {
        this.heat = new HeatM6Forms(endpoint, appId, appSecret, clock);
        this.mapper = mapper;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        ConnectionApplication a = CommandData.connectionApplication(command, HeatAccountTransferHandler.AGENCY, mapper);
        JsonNode section = a.heat();
        if (!section.path("areaM2").isNumber()) {
            throw new InvalidCommandException("connection-application data lacks [heat.areaM2]");
        }
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("reqNo", command.commandId());
        form.add("ckbh", a.applicationNo());
        if (a.projectCode() != null) {
            form.add("xmdm", a.projectCode());
        }
        form.add("xmmc", a.projectName());
        form.add("dz", a.address());
        form.add("qxdm", a.divisionCode());
        form.add("slrq", ConstructionPermitData.compactDate(a.appliedOn()));
        form.add("sqrmc", a.applicant().name());
        form.add("sqrzjh", a.applicant().idNumber());
        form.add("lxdh", a.applicant().phone());
        form.add("grmj", section.get("areaM2").decimalValue().setScale(2, RoundingMode.HALF_UP).toPlainString());
        form.add("ywgc", Boolean.TRUE.equals(a.externalWorks()) ? "1" : "0");
        return heat.post("/api/apply.do", form, "bzbh", "address");
    }
}
