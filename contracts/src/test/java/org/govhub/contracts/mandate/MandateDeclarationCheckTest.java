package org.govhub.contracts.mandate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.govhub.contracts.mandate.MandateDeclaration.Recipient;
import org.govhub.contracts.schema.EventSchemas;
import org.junit.jupiter.api.Test;

class MandateDeclarationCheckTest {

    private static final EventSchemas SCHEMAS = EventSchemas.fromClasspath();
    private static final MandateCatalog CATALOG = MandateCatalog.fromClasspath();

    @Test
    void everyMandateOnTheClasspathIsSound() {
        assertThat(CATALOG.all()).isNotEmpty().allSatisfy(declaration ->
                assertThat(MandateDeclarationCheck.check(declaration, SCHEMAS)).as(declaration.id()).isEmpty());
    }

    @Test
    void fieldTheEventLacksIsNamed() {
        List<String> problems = MandateDeclarationCheck.check(
                withWaterFields("unitNumber", "newOwner.nationality", "meterNumber"), SCHEMAS);

        assertThat(problems).containsExactly(
                "mandate M1 recipient water/account-transfer: field newOwner.nationality is not in the schema of gov.realestate.transfer-registered.v1",
                "mandate M1 recipient water/account-transfer: field meterNumber is not in the schema of gov.realestate.transfer-registered.v1");
    }

    @Test
    void pathsFollowRefsButNotIntoScalars() {
        assertThat(MandateDeclarationCheck.check(withWaterFields("previousOwner.idType", "newOwner"), SCHEMAS)).isEmpty();
        assertThat(MandateDeclarationCheck.check(withWaterFields("price.amount"), SCHEMAS))
                .singleElement().asString().contains("field price.amount is not in the schema");
    }

    @Test
    void completionFieldsAreCheckedToo() {
        MandateDeclaration m1 = m1();
        Recipient sms = m1.completion().get(0);
        MandateDeclaration declaration = withCompletion(m1, List.of(
                new Recipient(sms.agency(), sms.command(), sms.queue(), sms.sharingClass(), List.of("newOwner.mobile"))));

        assertThat(MandateDeclarationCheck.check(declaration, SCHEMAS))
                .singleElement().asString().contains("sms/notification", "newOwner.mobile");
    }

    @Test
    void triggerWithoutSchemaIsReported() {
        MandateDeclaration m1 = m1();
        MandateDeclaration declaration = new MandateDeclaration(m1.id(), m1.name(), m1.version(), m1.title(),
                m1.legalBasis(), new MandateDeclaration.Trigger("gov.realestate.transfer-registered.v9", "realestate"),
                m1.deadline(), m1.recipients(), m1.completion());

        assertThat(MandateDeclarationCheck.check(declaration, SCHEMAS))
                .containsExactly("mandate M1: trigger event type gov.realestate.transfer-registered.v9 has no schema");
    }

    @Test
    void queueNamesFollowTheConvention() {
        List<Recipient> recipients = new ArrayList<>(m1().recipients());
        Recipient water = recipients.get(0);
        recipients.set(0, new Recipient("water", "account-transfer", "water.account-transfer", water.sharingClass(), water.fields()));
        recipients.set(1, new Recipient("power", "account-transfer", "agency.power.account-transfer.v0",
                water.sharingClass(), water.fields()));
        recipients.set(2, new Recipient("gas", "account-transfer", "agency.water.account-transfer.v1",
                water.sharingClass(), water.fields()));

        assertThat(MandateDeclarationCheck.check(withRecipients(m1(), recipients), SCHEMAS)).containsExactly(
                "mandate M1 recipient water/account-transfer: queue water.account-transfer must be agency.water.account-transfer.v<major>",
                "mandate M1 recipient power/account-transfer: queue agency.power.account-transfer.v0 must be agency.power.account-transfer.v<major>",
                "mandate M1 recipient gas/account-transfer: queue agency.water.account-transfer.v1 must be agency.gas.account-transfer.v<major>");
    }

    @Test
    void recipientsAndQueuesAreUnique() {
        List<Recipient> recipients = new ArrayList<>(m1().recipients());
        recipients.add(recipients.get(0));

        assertThat(MandateDeclarationCheck.check(withRecipients(m1(), recipients), SCHEMAS)).containsExactly(
                "mandate M1 recipient water/account-transfer: is declared twice",
                "mandate M1 recipient water/account-transfer: queue agency.water.account-transfer.v1 is missing or used twice");
    }

    @Test
    void declarationBasicsAreChecked() {
        MandateDeclaration m1 = m1();
        Recipient water = m1.recipients().get(0);
        MandateDeclaration declaration = new MandateDeclaration("mandate-1", m1.name(), 0, m1.title(), m1.legalBasis(),
                m1.trigger(), null,
                List.of(new Recipient("water", "account-transfer", water.queue(), SharingClass.NOT_SHARED,
                        List.of("address", "address"))),
                List.of(new Recipient("sms", "notification", "agency.sms.notification.v1", null, List.of())));

        assertThat(MandateDeclarationCheck.check(declaration, SCHEMAS)).containsExactly(
                "mandate mandate-1: id must be M followed by digits",
                "mandate mandate-1: version must be 1 or more",
                "mandate mandate-1: deadline must be a positive duration or a number of working days",
                "mandate mandate-1 recipient water/account-transfer: sharing class NOT_SHARED contradicts sending it data",
                "mandate mandate-1 recipient water/account-transfer: field address is listed twice",
                "mandate mandate-1 recipient sms/notification: has no sharing class",
                "mandate mandate-1 recipient sms/notification: lists no fields");
    }

    private static MandateDeclaration m1() {
        return CATALOG.byId("M1").orElseThrow();
    }

    private static MandateDeclaration withWaterFields(String... fields) {
        List<Recipient> recipients = new ArrayList<>(m1().recipients());
        Recipient water = recipients.get(0);
        recipients.set(0, new Recipient(water.agency(), water.command(), water.queue(), water.sharingClass(), List.of(fields)));
        return withRecipients(m1(), recipients);
    }

    private static MandateDeclaration withRecipients(MandateDeclaration d, List<Recipient> recipients) {
        return new MandateDeclaration(d.id(), d.name(), d.version(), d.title(), d.legalBasis(), d.trigger(),
                d.deadline(), recipients, d.completion());
    }

    private static MandateDeclaration withCompletion(MandateDeclaration d, List<Recipient> completion) {
        return new MandateDeclaration(d.id(), d.name(), d.version(), d.title(), d.legalBasis(), d.trigger(),
                d.deadline(), d.recipients(), completion);
    }
}
