package org.govhub.contracts.mandate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.govhub.contracts.mandate.MandateDeclaration.Flow;
import org.govhub.contracts.mandate.MandateDeclaration.Recipient;
import org.govhub.contracts.schema.EventSchemas;
import org.junit.jupiter.api.Test;

/** A recipient's deadline that depends on the event: {@code deadlineWhen}. */
class DeadlineRuleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String DECLARATION = """
            id: M99
            name: connection
            version: 1
            title: t
            legalBasis: {document: d, section: s, text: x}
            deadline: 3 working days
            trigger: {eventType: gov.a.applied.v1, source: a}
            recipients:
              - agency: water
                command: connection-application
                queue: agency.water.connection-application.v1
                sharingClass: CONDITIONAL
                fields: [x]
                deadlineWhen:
                  - when: {field: works.external, equals: "true"}
                    deadline: 4 working days
                  - when: {field: services, contains: heat}
                    deadline: PT1H
              - {agency: power, command: c, queue: agency.power.c.v1, sharingClass: CONDITIONAL, fields: [x],
                 deadline: 2 working days}
            """;

    @Test
    void theFirstRuleTheEventMeetsGivesTheDeadline() throws Exception {
        MandateDeclaration m = MandateCatalog.parse(DECLARATION.getBytes(StandardCharsets.UTF_8));
        Flow flow = m.flows().get(0);
        Recipient water = flow.recipients().get(0);

        assertThat(water.deadlineWhen()).hasSize(2);
        assertThat(m.deadlineOf(flow, water, data("{\"works\":{\"external\":true},\"services\":[\"heat\"]}")))
                .isEqualTo(Deadline.workingDays(4));
        assertThat(m.deadlineOf(flow, water, data("{\"works\":{\"external\":false},\"services\":[\"heat\"]}")))
                .isEqualTo(Deadline.parse("PT1H"));
    }

    @Test
    void withoutAMatchingRuleTheRecipientsFlowsOrMandatesDeadlineApplies() throws Exception {
        MandateDeclaration m = MandateCatalog.parse(DECLARATION.getBytes(StandardCharsets.UTF_8));
        Flow flow = m.flows().get(0);

        assertThat(m.deadlineOf(flow, flow.recipients().get(0), data("{\"works\":{\"external\":false}}")))
                .isEqualTo(Deadline.workingDays(3));
        assertThat(m.deadlineOf(flow, flow.recipients().get(0), data("{}"))).isEqualTo(Deadline.workingDays(3));
        assertThat(m.deadlineOf(flow, flow.recipients().get(0), null)).isEqualTo(Deadline.workingDays(3));
        assertThat(m.deadlineOf(flow, flow.recipients().get(1), data("{\"works\":{\"external\":true}}")))
                .isEqualTo(Deadline.workingDays(2));
    }

    @Test
    void aRuleWithoutAConditionOrADeadlineOrOnAFieldTheEventLacksIsReported() throws Exception {
        MandateDeclaration m1 = MandateCatalog.fromClasspath().byId("M1").orElseThrow();
        Recipient water = m1.recipients().get(0);
        Recipient ruled = new Recipient(water.agency(), water.command(), water.queue(), water.sharingClass(),
                water.fields(), null, null, null, List.of(
                        new MandateDeclaration.DeadlineRule(new MandateDeclaration.Condition("newOwner.idType", "USCC", null),
                                Deadline.workingDays(1)),
                        new MandateDeclaration.DeadlineRule(new MandateDeclaration.Condition("works.external", "true", null),
                                Deadline.workingDays(4)),
                        new MandateDeclaration.DeadlineRule(null, null)));
        List<Recipient> recipients = new java.util.ArrayList<>(m1.recipients());
        recipients.set(0, ruled);
        MandateDeclaration declaration = new MandateDeclaration(m1.id(), m1.name(), m1.version(), m1.title(),
                m1.legalBasis(), m1.trigger(), m1.deadline(), recipients, m1.completion());

        assertThat(MandateDeclarationCheck.check(declaration, EventSchemas.fromClasspath())).containsExactly(
                "mandate M1 recipient water/account-transfer: deadlineWhen field works.external is not in the schema"
                        + " of gov.realestate.transfer-registered.v1",
                "mandate M1 recipient water/account-transfer: a deadlineWhen rule needs a deadline",
                "mandate M1 recipient water/account-transfer: a deadlineWhen rule needs 'when' with a field and"
                        + " exactly one of equals or contains");
    }

    @Test
    void aRecipientWithoutRulesIsWrittenWithoutThem() {
        Recipient plain = new Recipient("water", "c", "agency.water.c.v1", SharingClass.CONDITIONAL, List.of("x"));

        assertThat(plain.deadlineWhen()).isEmpty();
        assertThat(JSON.convertValue(plain, Map.class)).doesNotContainKey("deadlineWhen");
    }

    private static JsonNode data(String json) throws Exception {
        return JSON.readTree(json);
    }
}
