package org.govhub.connectors.heat;

import java.time.Clock;
import org.govhub.connectors.support.AgencyEndpointProperties;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.ConstructionPermitData;
import org.govhub.contracts.command.AgencyCommand;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Carries out {@code construction-permit} (M6, Parts 4.2 and 4.5) at the heating company: one
 * signed form post to {@code POST /api/permit.do} (contracts/agencies/heat.v1.yaml). The heating
 * company plans by floor area: it gets no number of dwellings.
 */
public class HeatConstructionPermitHandler implements CommandHandler {

    private final HeatM6Forms heat;

    public HeatConstructionPermitHandler(AgencyEndpointProperties endpoint, String appId, String appSecret, Clock clock) {
        this.heat = new HeatM6Forms(endpoint, appId, appSecret, clock);
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        ConstructionPermitData p = ConstructionPermitData.of(command);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("reqNo", command.commandId());
        form.add("xkzh", p.permitNo());
        form.add("xmdm", p.projectCode());
        form.add("xmmc", p.projectName());
        form.add("dz", p.address());
        form.add("qxdm", p.divisionCode());
        form.add("jzyt", p.buildingUse());
        form.add("fzrq", ConstructionPermitData.compactDate(p.issuedOn()));
        form.add("jgrq", ConstructionPermitData.compactDate(p.plannedCompletionOn()));
        form.add("jsdw", p.builderName());
        form.add("jsdwdm", p.builderUscc());
        form.add("jzmj", p.floorAreaText());
        return heat.post("/api/permit.do", form, "djbh", "site");
    }
}
