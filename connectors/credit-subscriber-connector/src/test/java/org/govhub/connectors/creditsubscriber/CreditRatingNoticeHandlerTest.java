package org.govhub.connectors.creditsubscriber;

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
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.ContractViolationException;
import org.govhub.connectors.support.InvalidCommandException;
import org.govhub.connectors.support.SinkConnectorRoute;
import org.govhub.connectors.support.testkit.AgencyContractStub;
import org.govhub.contracts.command.AgencyCommand;
import org.govhub.contracts.command.OutcomeStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** One subscriber's notices against a stub checked by contracts/agencies/credit-subscriber.v1.yaml. */
class CreditRatingNoticeHandlerTest {

    @RegisterExtension
    static AgencyContractStub stub = new AgencyContractStub("contracts/agencies/credit-subscriber.v1.yaml", "/subscribers");

    static final String ID = "6f1c1f7e-2b7a-4f4e-9d7e-0c2b8a4d5e61:M3:tax:credit-rating-notice";
    static final String PATH = "/subscribers/tax/credit-notices";

    private final ObjectMapper mapper = new ObjectMapper();

    CreditRatingNoticeHandler handler() {
        return new CreditRatingNoticeHandler("tax", stub.endpoint(Duration.ofSeconds(20)), "test-token", mapper);
    }

    AgencyCommand command(ObjectNode data) {
        return new AgencyCommand(ID, "6f1c1f7e-2b7a-4f4e-9d7e-0c2b8a4d5e61", "evt-1", "M3", "tax", "credit-rating-notice",
                OffsetDateTime.parse("2026-11-25T10:00:00+08:00"), null, data);
    }

    ObjectNode notice(String creditClass) {
        return mapper.createObjectNode().put("uscc", "91371526MA3LUNCX48").put("enterpriseName", "高唐县恒通物流有限公司")
                .put("version", 3).put("action", "REPAIR").put("creditClass", creditClass).put("previousClass", "D")
                .put("effectiveDate", "2026-11-25");
    }

    void answer(int status, String json) {
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(json)));
    }

    @Test
    void aNoticeIsReceivedWithTheSubscribersReceipt() throws Exception {
        answer(200, "{\"commandId\":\"%s\",\"status\":\"RECEIVED\",\"receiptNo\":\"XY-tax-000001\"}".formatted(ID));

        AgencyResult result = handler().handle(command(notice("B")));

        assertThat(result).isEqualTo(AgencyResult.applied("XY-tax-000001"));
        stub.server().verify(postRequestedFor(urlEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer test-token"))
                .withRequestBody(equalToJson("""
                        {"commandId":"%s","uscc":"91371526MA3LUNCX48","enterpriseName":"高唐县恒通物流有限公司","version":3,
                         "action":"REPAIR","creditClass":"B","previousClass":"D","effectiveDate":"2026-11-25"}""".formatted(ID))));
    }

    @Test
    void aStaleVersionIsARefusalAndAnInvalidOneAFailureNamingTheField() throws Exception {
        answer(409, "{\"code\":\"STALE_VERSION\",\"message\":\"已有相同或更新版本\",\"heldVersion\":4}");
        AgencyResult stale = handler().handle(command(notice("B")));
        assertThat(stale.status()).isEqualTo(OutcomeStatus.REJECTED);
        assertThat(stale.reasonCode()).isEqualTo("STALE_VERSION");

        answer(400, "{\"code\":\"INVALID_REQUEST\",\"message\":\"uscc: wrong check character\",\"field\":\"uscc\"}");
        AgencyResult invalid = handler().handle(command(notice("B")));
        assertThat(invalid.status()).isEqualTo(OutcomeStatus.FAILED);
        assertThat(invalid.reason()).contains("field uscc");
    }

    @Test
    void outagesAreTransientAndUndocumentedAnswersBreakTheContract() {
        stub.server().stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> handler().handle(command(notice("B")))).isInstanceOf(AgencyUnavailableException.class);

        stub.expectViolations();
        answer(200, "{\"commandId\":\"%s\",\"status\":\"DONE\",\"receiptNo\":\"XY-tax-000001\"}".formatted(ID));
        assertThatThrownBy(() -> handler().handle(command(notice("B"))))
                .isInstanceOf(ContractViolationException.class).hasMessageContaining("status");
    }

    @Test
    void aClassOutsideEveryListIsAnInvalidCommand() {
        assertThatThrownBy(() -> handler().handle(command(notice("F"))))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("creditClass").hasMessageContaining("rule enum");
    }

    @Test
    void oneRoutePerConfiguredSubscriberEachOnItsOwnQueue() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, CreditSubscribersAutoConfiguration.class))
                .withPropertyValues("govhub.connectors.credit-subscribers.api-token=t",
                        "govhub.connectors.credit-subscribers.agencies=tax,finance,education",
                        "govhub.connectors.credit-subscribers.systems.tax.base-url=http://127.0.0.1:1/tax",
                        "govhub.connectors.credit-subscribers.systems.finance.api-token=f")
                .run(context -> {
                    var routes = context.getBeansOfType(SinkConnectorRoute.class).values();
                    assertThat(routes).extracting(SinkConnectorRoute::routeId).containsExactlyInAnyOrder(
                            "tax-sink-credit-rating-notice", "finance-sink-credit-rating-notice",
                            "education-sink-credit-rating-notice");
                    assertThat(routes).extracting(SinkConnectorRoute::queue).contains(
                            "{{govhub.connectors.finance.queue:agency.finance.credit-rating-notice.v1}}");
                });
    }
}
