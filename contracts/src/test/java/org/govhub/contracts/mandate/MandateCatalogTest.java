package org.govhub.contracts.mandate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.govhub.contracts.mandate.MandateDeclaration.Recipient;
import org.junit.jupiter.api.Test;

class MandateCatalogTest {

    private static final String TRANSFER = "gov.realestate.transfer-registered.v1";
    private static final List<String> UTILITY_FIELDS = List.of(
            "unitNumber", "address", "transferDate", "newOwner.name", "newOwner.idType", "newOwner.idNumber",
            "newOwner.phone", "previousOwner.name");

    private final MandateCatalog catalog = MandateCatalog.fromClasspath();

    @Test
    void readsM1FromTheClasspath() {
        MandateDeclaration m1 = catalog.byId("M1").orElseThrow();

        assertThat(m1.name()).isEqualTo("property-transfer-utilities");
        assertThat(m1.version()).isEqualTo(1);
        assertThat(m1.title()).startsWith("不动产转移登记与水电气热过户");
        assertThat(m1.legalBasis().document()).contains("高政发〔2021〕6号");
        assertThat(m1.legalBasis().section()).isEqualTo("Part 5.5 (五、(五))");
        assertThat(m1.legalBasis().text()).contains("水、电、气、热专营单位后台进行更名");
        assertThat(m1.trigger()).isEqualTo(new MandateDeclaration.Trigger(TRANSFER, "realestate"));
        assertThat(m1.deadline()).isEqualTo(Deadline.of(Duration.ofHours(24)));
        assertThat(m1.flows()).singleElement().satisfies(f -> assertThat(f.name()).isEqualTo(m1.name()));
        assertThat(m1.singleFlow()).isTrue();
    }

    @Test
    void everyUtilityGetsTheSameAllowList() {
        MandateDeclaration m1 = catalog.byId("M1").orElseThrow();

        assertThat(m1.recipients()).extracting(Recipient::agency).containsExactly("water", "power", "gas", "heat");
        assertThat(m1.recipients()).allSatisfy(recipient -> {
            assertThat(recipient.command()).isEqualTo("account-transfer");
            assertThat(recipient.queue()).isEqualTo("agency." + recipient.agency() + ".account-transfer.v1");
            assertThat(recipient.sharingClass()).isEqualTo(SharingClass.CONDITIONAL);
            assertThat(recipient.fields()).containsExactlyElementsOf(UTILITY_FIELDS);
        });
    }

    @Test
    void readsTheCompletionCommands() {
        MandateDeclaration m1 = catalog.byId("M1").orElseThrow();

        assertThat(m1.completion()).containsExactly(
                new Recipient("sms", "notification", "agency.sms.notification.v1", SharingClass.CONDITIONAL,
                        List.of("address", "newOwner.phone")),
                new Recipient("realestate", "transfer-outcome", "agency.realestate.transfer-outcome.v1",
                        SharingClass.UNCONDITIONAL, List.of("applicationNo", "unitNumber")));
    }

    @Test
    void findsMandatesByTrigger() {
        assertThat(catalog.triggeredBy(TRANSFER)).extracting(MandateDeclaration::id).containsExactly("M1");
        assertThat(catalog.triggeredBy("gov.realestate.mortgage-registered.v1")).isEmpty();
        assertThat(catalog.byId("M99")).isEmpty();
        assertThat(catalog.all()).extracting(MandateDeclaration::id).contains("M1");
    }

    @Test
    void completionMayBeOmitted() throws Exception {
        MandateDeclaration declaration = MandateCatalog.parse("""
                id: M7
                name: test
                version: 1
                title: t
                legalBasis: {document: d, section: s, text: t}
                trigger: {eventType: gov.test.v1, source: test}
                deadline: P2D
                recipients:
                  - {agency: water, command: notice, queue: agency.water.notice.v1, sharingClass: UNCONDITIONAL, fields: [a]}
                """.getBytes(StandardCharsets.UTF_8));

        assertThat(declaration.completion()).isEmpty();
        assertThat(declaration.deadline()).isEqualTo(Deadline.of(Duration.ofDays(2)));
    }

    @Test
    void readsAMandateOfSeveralFlowsWithWorkingDayDeadlinesConditionsAndConsents() throws Exception {
        MandateDeclaration declaration = MandateCatalog.parse("""
                id: M8
                name: two-ways
                version: 1
                title: t
                legalBasis: {document: d, section: s, text: t}
                deadline: 3 working days
                flows:
                  - name: there
                    trigger: {eventType: gov.a.thing-happened.v1, source: a}
                    recipients:
                      - {agency: b, command: notice, queue: agency.b.notice.v1, sharingClass: UNCONDITIONAL, fields: [x]}
                      - agency: c
                        command: notice
                        queue: agency.c.notice.v1
                        sharingClass: CONDITIONAL
                        fields: [x]
                        deadline: PT4H
                        when: {field: chosen, contains: c}
                        consent: {purpose: c-notice, subject: uscc, recordedBy: a}
                  - name: back
                    trigger: {eventType: gov.b.answer-given.v1, source: b}
                    deadline: 1 working day
                    recipients:
                      - {agency: a, command: answer, queue: agency.a.answer.v1, sharingClass: UNCONDITIONAL, fields: [y]}
                """.getBytes(StandardCharsets.UTF_8));

        assertThat(declaration.singleFlow()).isFalse();
        assertThat(declaration.flows()).extracting(MandateDeclaration.Flow::name).containsExactly("there", "back");
        assertThat(declaration.flowFor("gov.b.answer-given.v1")).map(MandateDeclaration.Flow::name).contains("back");
        assertThat(declaration.flowFor("gov.z.v1")).isEmpty();
        MandateDeclaration.Flow there = declaration.flow("there").orElseThrow();
        Recipient c = there.recipients().get(1);
        assertThat(c.when()).isEqualTo(new MandateDeclaration.Condition("chosen", null, "c"));
        assertThat(c.consent()).isEqualTo(new MandateDeclaration.ConsentRule("c-notice", "uscc", "a"));
        assertThat(declaration.deadlineOf(there, c)).isEqualTo(Deadline.of(Duration.ofHours(4)));
        assertThat(declaration.deadlineOf(there, there.recipients().get(0))).isEqualTo(Deadline.workingDays(3));
        MandateDeclaration.Flow back = declaration.flow("back").orElseThrow();
        assertThat(declaration.deadlineOf(back, back.recipients().get(0))).isEqualTo(Deadline.workingDays(1));
        assertThat(MandateCatalog.of(List.of(declaration)).flowsTriggeredBy("gov.b.answer-given.v1"))
                .extracting(t -> t.flow().name()).containsExactly("back");
    }

    @Test
    void refusesBothFormsAtOnce() {
        assertThatThrownBy(() -> MandateCatalog.parse("""
                id: M8
                name: both
                trigger: {eventType: gov.a.v1, source: a}
                flows:
                  - name: there
                    trigger: {eventType: gov.b.v1, source: a}
                """.getBytes(StandardCharsets.UTF_8))).hasMessageContaining("use one form");
    }

    @Test
    void rejectsUnknownKeys() {
        assertThatThrownBy(() -> MandateCatalog.parse("""
                id: M7
                recipents: []
                """.getBytes(StandardCharsets.UTF_8))).hasMessageContaining("recipents");
    }

    @Test
    void failsLoudlyOnYamlAliasesRatherThanDroppingFields() {
        assertThatThrownBy(() -> MandateCatalog.parse("""
                id: M7
                recipients:
                  - {agency: water, command: notice, queue: agency.water.notice.v1, fields: &f [a]}
                  - {agency: power, command: notice, queue: agency.power.notice.v1, fields: *f}
                """.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(java.io.IOException.class)
                .hasMessageContaining("String value ('f')");
    }

    @Test
    void rejectsDuplicateIds() {
        MandateDeclaration m1 = catalog.byId("M1").orElseThrow();
        assertThatIllegalStateException().isThrownBy(() -> MandateCatalog.of(List.of(m1, m1))).withMessageContaining("M1");
    }

    @Test
    void declarationsAreImmutable() {
        MandateDeclaration m1 = catalog.byId("M1").orElseThrow();
        assertThatThrownBy(() -> m1.recipients().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m1.recipients().get(0).fields().add("price")).isInstanceOf(UnsupportedOperationException.class);
    }
}
