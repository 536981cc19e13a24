package org.govhub.simulators.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.govhub.simulators.support.GaotangEnterprises;
import org.govhub.simulators.support.testkit.FakeHub;
import org.govhub.simulators.support.testkit.HubPushTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Market supervision's system pushing M2's results and M3's credit records to a fake hub. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = "govhub.simulators.market.app-code=c")
class MarketPushTest extends HubPushTest {

    private static final FakeHub HUB = FakeHub.start();

    @Autowired
    GaotangEnterprises enterprises;

    @DynamicPropertySource
    static void hub(DynamicPropertyRegistry registry) {
        HUB.register(registry, "market");
    }

    @AfterAll
    static void stop() {
        HUB.stop();
    }

    MarketPushTest() {
        super("market");
    }

    @Override
    protected FakeHub hub() {
        return HUB;
    }

    ObjectNode enterprise(int i) {
        GaotangEnterprises.Enterprise e = enterprises.all().get(i);
        return mapper.createObjectNode().put("uscc", e.uscc()).put("name", e.name());
    }

    @Test
    void aSupervisionResultIsPushedAsMarketSupervisionsEvent() throws Exception {
        ObjectNode result = mapper.createObjectNode().put("resultId", "JG-T-000001").put("kind", "ENFORCEMENT");
        result.set("enterprise", enterprise(6));
        result.put("licenceNo", "GTYZ000106").put("decisionNo", "高市监罚〔2026〕88号").put("penalty", "FINE")
                .put("fineYuan", "5000.00").put("decidedOn", "2026-11-23").put("summary", "超范围经营");
        result.putObject("inspector").put("name", "赵建国").put("idType", "RESIDENT_ID").put("idNumber", "371526199001010013");

        JsonNode pushed = action("/_sim/market/supervision-results", result.toString(), status().isOk());

        assertThat(pushed.path("hubDelivery").path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(pushedData(0, MarketHubPushes.RESULT).path("resultId").asText()).isEqualTo("JG-T-000001");
    }

    @Test
    void aCreditRecordIsPushedWithMarketSupervisionAsItsAuthorityAndNeedsItsIdAndVersion() throws Exception {
        ObjectNode record = mapper.createObjectNode().put("recordId", "MAR-T-000001").put("version", 1)
                .put("action", "SUBMIT").put("category", "ADMINISTRATIVE_PENALTY").put("severity", "SERIOUS")
                .put("decidedOn", "2026-11-18").put("documentNo", "高市监罚〔2026〕1号");
        record.set("enterprise", enterprise(10));

        JsonNode pushed = action("/_sim/market/credit-records", record.toString(), status().isOk());

        assertThat(pushed.path("hubDelivery").path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(pushedData(0, MarketHubPushes.CREDIT_RECORD).path("authority").asText()).isEqualTo("market");
        assertThat(action("/_sim/market/credit-records", "{\"recordId\":\"MAR-T-000002\"}", status().isBadRequest())
                .path("error").asText()).isEqualTo("version: required");
        assertThat(HUB.received()).hasSize(1);
    }
}
