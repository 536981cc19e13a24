package org.govhub.connectors.realestate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.testkit.AgencyContractStub;
import org.govhub.contracts.command.AgencyCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RealestateSaleContractFilingHandlerTest {

    @RegisterExtension
    static AgencyContractStub stub = new AgencyContractStub("contracts/agencies/realestate.v1.yaml", "/realestate");

    private static final String PATH = "/realestate/api/v1/new-housing-registrations/sale-contract-filings";
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void theFilingIsRecordedOrRefusedForAnUnknownUnit() throws Exception {
        RealestateSaleContractFilingHandler handler = new RealestateSaleContractFilingHandler(stub.endpoint(Duration.ofSeconds(20)), "t", mapper);
        answer(201, """
                {"applicationNo":"XF20261125-0001","filingNo":"GTBA-2026-000101","status":"FILING_RECORDED"}""");
        assertThat(handler.handle(command())).isEqualTo(AgencyResult.applied("GTBA-2026-000101"));

        answer(404, """
                {"code":"UNIT_NOT_FOUND","message":"no unit with this unit number is registered"}""");
        assertThat(handler.handle(command()).reasonCode()).isEqualTo("UNIT_NOT_FOUND");

        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> handler.handle(command())).isInstanceOf(AgencyUnavailableException.class);
    }

    private void answer(int status, String json) {
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(json)));
    }

    private AgencyCommand command() {
        ObjectNode data = mapper.createObjectNode().put("applicationNo", "XF20261125-0001").put("filingNo", "GTBA-2026-000101")
                .put("unitNumber", "371526008001GB00801F00010101").put("address", "山东省聊城市高唐县鱼丘湖街道新城路1号1号楼1单元101室")
                .put("area", 89.6).put("price", "537600.00").put("signedOn", "2026-10-08");
        data.putObject("developer").put("name", "高唐县安居置业有限公司").put("idType", "USCC").put("idNumber", "91371526MA3C80015K");
        data.putObject("buyer").put("name", "孙红梅").put("idType", "RESIDENT_ID").put("idNumber", "371526198306242822");
        return new AgencyCommand("c:M8:realestate:sale-contract-filing", "6f1c1f7e-2b7a-4f4e-9d7e-0c2b8a4d5e61", "evt", "M8",
                "realestate", "sale-contract-filing", OffsetDateTime.parse("2026-11-25T10:00:00+08:00"), null, data);
    }
}
