package org.govhub.connectors.credit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.govhub.connectors.support.AgencyAuthenticationException;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.connectors.support.InvalidCommandException;
import org.govhub.connectors.support.testkit.AgencyContractStub;
import org.govhub.contracts.command.AgencyCommand;
import org.govhub.contracts.command.OutcomeStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code credit-record} against a stub checked by contracts/agencies/credit.v1.yaml. */
class CreditRecordHandlerTest {

    @RegisterExtension
    static AgencyContractStub stub = new AgencyContractStub("contracts/agencies/credit.v1.yaml", "/credit");

    static final String USCC = "91371526MA3LUNCX48";
    static final String ID = "6f1c1f7e-2b7a-4f4e-9d7e-0c2b8a4d5e61:M3:credit:credit-record";
    static final String PATH = "/credit/api/records";

    private final ObjectMapper mapper = new ObjectMapper();

    CreditRecordHandler handler() {
        return new CreditRecordHandler(stub.endpoint(Duration.ofSeconds(20)), "test-credit-token", mapper);
    }

    AgencyCommand command(ObjectNode data) {
        return new AgencyCommand(ID, "6f1c1f7e-2b7a-4f4e-9d7e-0c2b8a4d5e61", "evt-1", "M3", "credit", "credit-record",
                OffsetDateTime.parse("2026-11-25T10:00:00+08:00"), null, data);
    }

    ObjectNode record(int version, String action) {
        ObjectNode d = mapper.createObjectNode();
        d.put("recordId", "MAR-XY-2026-0001").put("version", version).put("action", action).put("authority", "market")
                .put("category", "ADMINISTRATIVE_PENALTY").put("severity", "SERIOUS");
        d.putObject("enterprise").put("uscc", USCC).put("name", "高唐县恒通物流有限公司");
        d.put("decidedOn", "2026-11-18").put("documentNo", "高市监罚〔2026〕12号").put("summary", "违法行为，处以罚款");
        return d;
    }

    void answer(int status, String json) {
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(json)));
    }

    @Test
    void aRecordIsCollectedUnderItsKeyWithTheRequestNumberAsIdempotencyKey() throws Exception {
        answer(200, """
                {"recordKey":"MAR-XY-2026-0001#1","recordId":"MAR-XY-2026-0001","version":1,"status":"IN_FORCE",
                 "evaluation":{"uscc":"%s","creditClass":"D","version":2}}""".formatted(USCC));

        AgencyResult result = handler().handle(command(record(1, "SUBMIT")));

        assertThat(result).isEqualTo(AgencyResult.applied("MAR-XY-2026-0001#1"));
        stub.server().verify(postRequestedFor(urlEqualTo(PATH))
                .withHeader("Idempotency-Key", equalTo(ID))
                .withHeader("Authorization", equalTo("Bearer test-credit-token"))
                .withRequestBody(equalToJson("""
                        {"recordId":"MAR-XY-2026-0001","version":1,"action":"SUBMIT","authority":"market",
                         "category":"ADMINISTRATIVE_PENALTY","severity":"SERIOUS","uscc":"%s",
                         "enterpriseName":"高唐县恒通物流有限公司","decidedOn":"2026-11-18",
                         "documentNo":"高市监罚〔2026〕12号","summary":"违法行为，处以罚款"}""".formatted(USCC))));
    }

    @Test
    void eachDocumentedRefusalIsARejectionWithItsCode() throws Exception {
        answer(404, "{\"error\":\"UNKNOWN_RECORD\",\"detail\":\"无此信用记录，不能更正或撤销\"}");
        assertThat(handler().handle(command(record(2, "CORRECT"))).reasonCode()).isEqualTo("UNKNOWN_RECORD");
        answer(409, "{\"error\":\"STALE_VERSION\",\"detail\":\"已有相同或更新版本\",\"heldVersion\":2}");
        assertThat(handler().handle(command(record(2, "CORRECT"))).reasonCode()).isEqualTo("STALE_VERSION");
        answer(422, "{\"error\":\"UNKNOWN_ENTERPRISE\",\"detail\":\"法人库中无此主体\"}");
        AgencyResult unknown = handler().handle(command(record(1, "SUBMIT")));
        assertThat(unknown.status()).isEqualTo(OutcomeStatus.REJECTED);
        assertThat(unknown.reasonCode()).isEqualTo("UNKNOWN_ENTERPRISE");
        answer(400, "{\"error\":\"INVALID_REQUEST\",\"detail\":\"uscc 不符合统一社会信用代码规则\",\"field\":\"uscc\"}");
        AgencyResult invalid = handler().handle(command(record(1, "SUBMIT")));
        assertThat(invalid.status()).isEqualTo(OutcomeStatus.FAILED);
        assertThat(invalid.reason()).contains("field uscc");
    }

    @Test
    void anEvaluationOfAnotherEnterpriseOrAnInvalidCodeBreaksTheContract() {
        answer(200, """
                {"recordKey":"MAR-XY-2026-0001#1","recordId":"MAR-XY-2026-0001","version":1,"status":"IN_FORCE",
                 "evaluation":{"uscc":"91371526MA38PRQG0A","creditClass":"D","version":2}}""");
        assertThatThrownBy(() -> handler().handle(command(record(1, "SUBMIT"))))
                .isInstanceOf(ContractViolationException.class).hasMessageContaining("evaluation.uscc");

        stub.expectViolations();
        answer(200, """
                {"recordKey":"MAR-XY-2026-0001#1","recordId":"MAR-XY-2026-0001","version":1,"status":"IN_FORCE",
                 "evaluation":{"uscc":"91371526MA3LUNCX49","creditClass":"D","version":2}}""");
        assertThatThrownBy(() -> handler().handle(command(record(1, "SUBMIT"))))
                .isInstanceOf(ContractViolationException.class).hasMessageContaining("rule uscc");
    }

    @Test
    void outagesResetsAndRefusedCredentialsAreToldApart() {
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "text/plain").withBody("credit is down")));
        assertThatThrownBy(() -> handler().handle(command(record(1, "SUBMIT")))).isInstanceOf(AgencyUnavailableException.class);
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> handler().handle(command(record(1, "SUBMIT")))).isInstanceOf(AgencyUnavailableException.class);
        answer(401, "{\"error\":\"UNAUTHORIZED\",\"detail\":\"令牌无效\"}");
        assertThatThrownBy(() -> handler().handle(command(record(1, "SUBMIT")))).isInstanceOf(AgencyAuthenticationException.class);
    }

    @Test
    void aVersionThatDoesNotFitItsActionIsAnInvalidCommand() {
        assertThatThrownBy(() -> handler().handle(command(record(2, "SUBMIT"))))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("version").hasMessageContaining("record-version");
        assertThatThrownBy(() -> handler().handle(command(record(1, "RETRACT"))))
                .isInstanceOf(InvalidCommandException.class);
        assertThat(stub.server().getAllServeEvents()).isEmpty();
    }
}
