package org.govhub.connectors.power;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Map;
import org.govhub.connectors.support.AgencyAuth;
import org.govhub.connectors.support.AgencyEndpointProperties;
import org.govhub.connectors.support.CommandHandler;
import org.govhub.connectors.support.testkit.AgencyConnectorContract;
import org.govhub.contracts.command.AgencyCommand;
import org.junit.jupiter.api.Test;
import org.govhub.connectors.support.testkit.MandateCommands;

/** M6's construction permits at the power company: the standard contract checks of 业扩前期登记, and the exact request. */
class PowerConstructionPermitContractTest extends AgencyConnectorContract {

    private final ObjectMapper mapper = new ObjectMapper();

    PowerConstructionPermitContractTest() {
        super("contracts/agencies/power.v1.yaml", "/power", "POST", "/api/v1/construction-permits");
    }

    @Override
    protected CommandHandler handler(AgencyEndpointProperties endpoint) {
        return new PowerConstructionPermitHandler(endpoint, AgencyAuth.staticBearer("power", "token", "tok-1"), mapper);
    }

    @Override
    protected AgencyCommand command() {
        return MandateCommands.fromExample(mapper, "construction-permit-issued.cloudevent.json", "M6", "construction-permit", "power");
    }

    @Override
    protected Map<String, Expected> documentedAnswers() {
        return Map.of("200/registered", Expected.applied(), "422/outOfArea", Expected.rejected("OUT_OF_AREA"),
                "400/invalid", Expected.failed("INVALID_REQUEST"));
    }

    @Test
    void theCompanyGetsTheProjectInItsOwnFields() throws Exception {
        stub.server().stubFor(post(urlEqualTo("/power/api/v1/construction-permits")).willReturn(okJson("""
                {"preServiceNo":"QZ20261125000001","requestId":"%s","status":"REGISTERED"}"""
                .formatted(MandateCommands.commandId("M6", "power", "construction-permit")))));

        handler(stub.endpoint(Duration.ofSeconds(30))).handle(command());

        stub.server().verify(1, postRequestedFor(urlEqualTo("/power/api/v1/construction-permits"))
                .withRequestBody(equalToJson("""
                {"requestId":"%s","permitNo":"371526202611250101","projectCode":"2611-371526-04-01-000123",
                 "projectName":"高唐县鱼丘湖街道金城花园二期","siteAddr":"高唐县鱼丘湖街道金城路以南、官道街以东",
                 "areaCode":"371526","buildingUse":"RESIDENTIAL","issueDate":"2026-11-25",
                 "plannedCompletionDate":"2028-06-30","builderName":"高唐县示例商贸有限公司",
                 "builderCreditCode":"91371526MA3C11116D","floorAreaM2":86500.5,"households":640}"""
                        .formatted(MandateCommands.commandId("M6", "power", "construction-permit")))));
    }
}
