package org.govhub.connectors.gas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.RoundingMode;
import org.govhub.connectors.support.AgencyEndpointProperties;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.CommandData;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.InvalidCommandException;
import org.govhub.contracts.command.AgencyCommand;
import org.govhub.contracts.command.ConnectionApplication;

/**
 * Carries out {@code connection-application} (M6, Parts 4.1 and 4.4) at the gas company: one
 * {@code <GasConnectionRequest>} to {@code POST /services/ConnectionApplication}
 * (contracts/agencies/gas.v1.yaml), with HTTP Basic, keyed by the command id.
 */
public class GasConnectionApplicationHandler implements CommandHandler {

    private final GasM6Answers gas;
    private final ObjectMapper mapper;

    public GasConnectionApplicationHandler(AgencyEndpointProperties endpoint, String username, String password,
                                           ObjectMapper mapper) {
        this.gas = new GasM6Answers(endpoint, username, password);
        this.mapper = mapper;
    }

    @Override
    public AgencyResult handle(AgencyCommand command) throws AgencyUnavailableException {
        ConnectionApplication a = CommandData.connectionApplication(command, GasAccountTransferHandler.AGENCY, mapper);
        JsonNode section = a.gas();
        if (!section.path("use").isTextual() || !section.path("peakM3PerHour").isNumber()) {
            throw new InvalidCommandException("connection-application data lacks [gas.use, gas.peakM3PerHour]");
        }
        byte[] request = GasM6Messages.write(new GasM6Messages.ConnectionRequest(
                command.commandId(), a.applicationNo(), a.projectCode(), a.projectName(), a.address(), a.divisionCode(),
                a.appliedOn(),
                new GasM6Messages.Applicant(a.applicant().name(), switch (a.applicant().idType()) {
                    case "RESIDENT_ID" -> GasTransferRequest.CERT_RESIDENT_ID;
                    case "USCC" -> GasTransferRequest.CERT_USCC;
                    default -> throw new InvalidCommandException("connection-application applicant.idType is not known");
                }, a.applicant().idNumber(), a.applicant().phone()),
                switch (section.get("use").asText()) {
                    case "RESIDENTIAL" -> "01";
                    case "COMMERCIAL" -> "02";
                    case "INDUSTRIAL" -> "03";
                    default -> throw new InvalidCommandException("connection-application gas.use is not known");
                },
                section.get("peakM3PerHour").decimalValue().setScale(2, RoundingMode.HALF_UP).toPlainString(),
                Boolean.TRUE.equals(a.externalWorks()) ? "1" : "0"));
        return gas.call("/services/ConnectionApplication", request, "GasConnectionResponse", "ApplicationNo",
                "NO_GAS_MAIN", "no gas main near the address (ResultCode 2001)");
    }
}
