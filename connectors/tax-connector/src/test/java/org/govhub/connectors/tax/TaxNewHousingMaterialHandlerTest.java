package org.govhub.connectors.tax;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.connectors.support.testkit.AgencyContractStub;
import org.govhub.connectors.tax.TaxNewHousingMaterialHandler.Material;
import org.govhub.contracts.command.AgencyCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TaxNewHousingMaterialHandlerTest {

    @RegisterExtension
    static AgencyContractStub stub = new AgencyContractStub("contracts/agencies/tax.v1.yaml", "/tax");

    private static final String PATH = "/tax/api/deed-tax/new-housing-materials";
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void theHouseholdGoesAsItsMaterialWithOnlyItsFields() throws Exception {
        answer(200, """
                {"code":"0000","message":"成功","data":{"material_no":"CL371526202600001"}}""");
        ObjectNode data = mapper.createObjectNode().put("applicationNo", "XF20261125-0001").put("householdNo", "371526001234");
        data.putObject("person").put("name", "孙红梅").put("idNumber", "371526198306242822");
        data.putArray("members").addObject().put("relation", "SELF").put("name", "孙红梅").put("idNumber", "371526198306242822");

        AgencyResult result = handler(Material.HOUSEHOLD).handle(command("household-registration", data));

        assertThat(result).isEqualTo(AgencyResult.applied("CL371526202600001"));
        stub.server().verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson("""
                {"request_id":"c:M8:tax:household-registration","application_no":"XF20261125-0001","material_type":"HOUSEHOLD",
                 "material":{"person_name":"孙红梅","person_id_number":"371526198306242822","household_no":"371526001234",
                  "members":[{"relation":"SELF","name":"孙红梅","idNumber":"371526198306242822"}]}}""")));
    }

    @Test
    void anOutageIsTransientAndAnUndocumentedCodeBreaksTheContract() {
        ObjectNode data = mapper.createObjectNode().put("applicationNo", "XF20261125-0001").put("maritalStatus", "UNMARRIED");
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> handler(Material.MARRIAGE).handle(command("marriage-status", data)))
                .isInstanceOf(AgencyUnavailableException.class);

        stub.expectViolations();
        answer(200, """
                {"code":"2009","message":"?"}""");
        assertThatThrownBy(() -> handler(Material.MARRIAGE).handle(command("marriage-status", data)))
                .isInstanceOf(ContractViolationException.class);
    }

    private TaxNewHousingMaterialHandler handler(Material material) {
        return new TaxNewHousingMaterialHandler(material, stub.endpoint(Duration.ofSeconds(20)), "k", mapper);
    }

    private void answer(int status, String json) {
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(json)));
    }

    private AgencyCommand command(String name, ObjectNode data) {
        return new AgencyCommand("c:M8:tax:" + name, "6f1c1f7e-2b7a-4f4e-9d7e-0c2b8a4d5e61", "evt", "M8", "tax", name,
                OffsetDateTime.parse("2026-11-25T10:00:00+08:00"), null, data);
    }
}
