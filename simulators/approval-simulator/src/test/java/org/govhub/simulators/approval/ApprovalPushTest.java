package org.govhub.simulators.approval;

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

/** The approval bureau's system pushing M2's findings and licences to a fake hub. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = "govhub.simulators.approval.api-token=t")
class ApprovalPushTest extends HubPushTest {

    private static final FakeHub HUB = FakeHub.start();

    @Autowired
    GaotangEnterprises enterprises;

    @DynamicPropertySource
    static void hub(DynamicPropertyRegistry registry) {
        HUB.register(registry, "approval");
    }

    @AfterAll
    static void stop() {
        HUB.stop();
    }

    ApprovalPushTest() {
        super("approval");
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
    void aFindingAndALicenceArePushedAsTheBureausEventsAndTheSameFindingTwiceIsOneEvent() throws Exception {
        ObjectNode finding = mapper.createObjectNode().put("findingId", "SPYC-T-000001")
                .put("findingType", "ONE_ADDRESS_MANY_LICENCES");
        GaotangEnterprises.Enterprise e = enterprises.all().get(0);
        finding.putObject("enterprise").put("uscc", e.uscc()).put("name", e.name()).put("address", e.address())
                .put("divisionCode", e.divisionCode());
        finding.putArray("relatedEnterprises").add(enterprises.all().get(1).uscc());
        finding.put("foundOn", "2026-11-20").put("summary", "同一地址登记多户市场主体");

        JsonNode first = action("/_sim/approval/suspicious-findings", finding.toString(), status().isOk());
        JsonNode second = action("/_sim/approval/suspicious-findings", finding.toString(), status().isOk());

        assertThat(first.path("hubDelivery").path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(pushedData(0, ApprovalSupervisionPushes.FINDING).path("findingId").asText()).isEqualTo("SPYC-T-000001");
        assertThat(second.path("eventId").asText()).isEqualTo(first.path("eventId").asText());
        assertThat(HUB.received().get(1).body()).isEqualTo(HUB.received().get(0).body());

        ObjectNode licence = mapper.createObjectNode().put("licenceNo", "JY33715260000099").put("licenceType", "FOOD_BUSINESS");
        licence.set("enterprise", finding.get("enterprise"));
        licence.put("scope", "热食类食品制售").put("grantedOn", "2026-11-21").put("validUntil", "2031-11-20");
        JsonNode granted = action("/_sim/approval/licences", licence.toString(), status().isOk());
        assertThat(granted.path("hubDelivery").path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(pushedData(2, ApprovalSupervisionPushes.LICENCE).path("licenceNo").asText()).isEqualTo("JY33715260000099");
    }

    @Test
    void aFindingWithoutItsIdIsRefusedNamingTheField() throws Exception {
        assertThat(action("/_sim/approval/suspicious-findings", "{\"findingType\":\"X\"}", status().isBadRequest())
                .path("error").asText()).isEqualTo("findingId: required");
        assertThat(HUB.received()).isEmpty();
    }

    @Test
    void aConnectionApplicationAtTheWindowIsHandedToTheHubAsTheBureausEvent() throws Exception {
        JsonNode example;
        try (var in = getClass().getClassLoader()
                .getResourceAsStream("contracts/events/gov.approval.utility-connection-applied.v1.schema.json")) {
            example = mapper.readTree(in).path("examples").get(0);
        }

        JsonNode pushed = action("/_sim/approval/utility-connection-applications", example.toString(), status().isOk());

        assertThat(pushed.path("hubDelivery").path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(pushedData(0, ApprovalConnectionApplicationPushes.APPLIED)).isEqualTo(example);
    }
}
