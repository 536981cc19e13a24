package org.govhub.connectors.gas;

import org.govhub.connectors.support.AgencyEndpointProperties;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.ConstructionPermitData;
import org.govhub.contracts.command.AgencyCommand;

/**
 * Carries out {@code construction-permit} (M6, Parts 4.2 and 4.5) at the gas company: one
 * {@code <GasPermitNotice>} to {@code POST /services/ConstructionPermit}
 * (contracts/agencies/gas.v1.yaml), so that it can offer gas to the project before anyone applies.
 * The gas company plans by dwellings: it gets no floor area.
 */
public class GasConstructionPermitHandler implements CommandHandler {

    private final GasM6Answers gas;

    public GasConstructionPermitHandler(AgencyEndpointProperties endpoint, String username, String password) {
        this.gas = new GasM6Answers(endpoint, username, password);
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        ConstructionPermitData p = ConstructionPermitData.of(command);
        byte[] request = GasM6Messages.write(new GasM6Messages.PermitNotice(command.commandId(), p.permitNo(),
                p.projectCode(), p.projectName(), p.address(), p.divisionCode(), p.buildingUse(), p.issuedOn(),
                p.plannedCompletionOn(), new GasM6Messages.Builder(p.builderName(), p.builderUscc()),
                p.dwellingUnits().map(String::valueOf).orElse(null)));
        return gas.call("/services/ConstructionPermit", request, "GasPermitNoticeResponse", "ServiceNo",
                "NO_GAS_MAIN", "no gas main near the site (ResultCode 2001)");
    }
}
