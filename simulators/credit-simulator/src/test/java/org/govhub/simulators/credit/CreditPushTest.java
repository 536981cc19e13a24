package org.govhub.simulators.credit;

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

/** The credit platform's system publishing M3's rating changes to a fake hub, from the rating it holds. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = "govhub.simulators.credit.api-token=t")
class CreditPushTest extends HubPushTest {

    private static final FakeHub HUB = FakeHub.start();

    @Autowired
    GaotangEnterprises enterprises;

    @DynamicPropertySource
    static void hub(DynamicPropertyRegistry registry) {
        HUB.register(registry, "credit");
    }

    @AfterAll
    static void stop() {
        HUB.stop();
    }

    CreditPushTest() {
        super("credit");
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
    void theRatingAsThePlatformHoldsItIsPublishedOncePerVersionAndValidAgainstTheHubsSchema() throws Exception {
        String uscc = enterprises.all().get(0).uscc();
        JsonNode held = mapper.readTree(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/_sim/credit/enterprises/{uscc}", uscc)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());

        JsonNode published = action("/_sim/credit/enterprises/{uscc}/rating-change",
                "{\"basis\":[\"MAR-BASIS-000001\"],\"reason\":\"综合评价\"}", status().isOk(), uscc);

        assertThat(published.path("hubDelivery").path("status").asText()).isEqualTo("ACCEPTED");
        JsonNode data = pushedData(0, CreditRatingPushes.RATING);
        assertThat(data.path("uscc").asText()).isEqualTo(uscc);
        assertThat(data.path("enterpriseName").asText()).isEqualTo(enterprises.all().get(0).name());
        assertThat(data.path("version").asInt()).isEqualTo(held.path("evaluation").path("version").asInt());
        assertThat(data.path("creditClass").asText()).isEqualTo(held.path("evaluation").path("creditClass").asText());
        assertThat(data.path("action").asText()).isEqualTo("CHANGE");
        JsonNode again = action("/_sim/credit/enterprises/{uscc}/rating-change", null, status().isOk(), uscc);
        assertThat(again.path("eventId").asText()).as("the same version, the same event").isEqualTo(published.path("eventId").asText());
    }

    @Test
    void anUnknownEnterpriseOrActionIsRefusedAndNothingIsPushed() throws Exception {
        assertThat(action("/_sim/credit/enterprises/{uscc}/rating-change", null, status().isNotFound(), "91371526MA00000000")
                .path("error").asText()).isEqualTo("uscc: the platform rates no such enterprise");
        assertThat(action("/_sim/credit/enterprises/{uscc}/rating-change", "{\"action\":\"UPGRADE\"}",
                status().isBadRequest(), enterprises.all().get(0).uscc()).path("error").asText())
                .startsWith("action: must be one of CHANGE");
        assertThat(HUB.received()).isEmpty();
    }
}
