package org.govhub.contracts.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.govhub.contracts.catalogue.SharingCatalogue.IdentifierRule;
import org.govhub.contracts.catalogue.SharingCatalogue.Resource;
import org.govhub.contracts.compat.SchemaCompatibility;
import org.govhub.contracts.mandate.Deadline;
import org.govhub.contracts.mandate.MandateCatalog;
import org.govhub.contracts.mandate.MandateDeclaration;
import org.govhub.contracts.mandate.MandateDeclarationCheck;
import org.govhub.contracts.mandate.SharingClass;
import org.govhub.contracts.schema.EventSchemas;
import org.junit.jupiter.api.Test;

/** The sharing catalogue (M9) against its JSON Schema, its own rules and its published baseline. */
class SharingCatalogueTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCatalogueIsValidAgainstItsSchemaAndItsRules() throws Exception {
        byte[] yaml = Files.readAllBytes(Path.of("catalogue/shared-resources.v1.yaml"));
        assertThat(SharingCatalogue.schemaProblems(yaml)).isEmpty();
        assertThat(SharingCatalogue.parse(yaml).check()).isEmpty();
        assertThat(SharingCatalogue.fromClasspath().resources()).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void listsEachClassWithItsProviderAndPersonalDataIsConditional() {
        SharingCatalogue c = SharingCatalogue.fromClasspath();
        Resource unit = c.resource("realestate.unit-basics").orElseThrow();
        assertThat(unit.sharingClass()).isEqualTo(SharingClass.UNCONDITIONAL);
        assertThat(unit.lookupBy()).isEqualTo(IdentifierRule.UNIT_NUMBER);
        assertThat(unit.fieldNames()).containsExactly("unitNumber", "address", "area", "use");

        Resource household = c.resource("publicsecurity.household-registration").orElseThrow();
        assertThat(household.provider()).isEqualTo("publicsecurity");
        assertThat(household.sharingClass()).isEqualTo(SharingClass.CONDITIONAL);
        assertThat(household.answerDeadline()).isEqualTo(Deadline.workingDays(10));
        assertThat(c.resource("civil.marriage-status").orElseThrow().sharingClass()).isEqualTo(SharingClass.CONDITIONAL);

        Resource tax = c.resource("tax.return-details").orElseThrow();
        assertThat(tax.sharingClass()).isEqualTo(SharingClass.NOT_SHARED);
        assertThat(tax.notShared().basis()).contains("税收征收管理法");
        assertThat(tax.fields()).isEmpty();

        for (Resource r : c.resources()) {
            if (r.fields().stream().anyMatch(SharingCatalogue.Field::isPersonal)) {
                assertThat(r.sharingClass()).as(r.id()).isNotEqualTo(SharingClass.UNCONDITIONAL);
            }
        }
    }

    @Test
    void theSchemaRefusesAConditionalResourceWithoutDeadlineAndANotSharedOneWithoutReason() {
        String doc = """
                catalogue: test
                version: 1
                resources:
                  - id: civil.marriage-status
                    name: {zh: 婚姻登记信息, en: Marriage status}
                    provider: civil
                    sharingClass: CONDITIONAL
                    lookupBy: RESIDENT_ID
                    fields: [{name: idNumber, type: identifier, identifier: RESIDENT_ID}]
                  - id: tax.return-details
                    name: {zh: 纳税申报明细, en: Tax return details}
                    provider: tax
                    sharingClass: NOT_SHARED
                    lookupBy: USCC
                  - id: credit.evaluation
                    name: {zh: 评价, en: Evaluation}
                    provider: credit
                    sharingClass: UNCONDITIONAL
                    lookupBy: USCC
                    fields: [{name: evaluationClass, type: enum}]
                """;
        assertThat(SharingCatalogue.schemaProblems(doc.getBytes(StandardCharsets.UTF_8)))
                .anySatisfy(p -> assertThat(p).contains("answerDeadline"))
                .anySatisfy(p -> assertThat(p).contains("notShared"))
                .anySatisfy(p -> assertThat(p).contains("values"));
    }

    @Test
    void personalDataInAnUnconditionalResourceIsRefused() {
        String doc = """
                catalogue: test
                version: 1
                resources:
                  - id: realestate.owners
                    name: {zh: 权利人, en: Owners}
                    provider: realestate
                    sharingClass: UNCONDITIONAL
                    lookupBy: UNIT_NUMBER
                    fields:
                      - {name: unitNumber, type: identifier, identifier: UNIT_NUMBER}
                      - {name: ownerIdNumber, type: identifier, identifier: RESIDENT_ID, personal: true}
                """;
        byte[] yaml = doc.getBytes(StandardCharsets.UTF_8);
        assertThat(SharingCatalogue.schemaProblems(yaml)).isEmpty();
        assertThat(SharingCatalogue.parse(yaml).check()).containsExactly(
                "resource realestate.owners: field ownerIdNumber is personal data, which is CONDITIONAL at least"
                        + " (MANDATES.md, Sharing classes)");
    }

    @Test
    void anAnswerMustHoldExactlyTheCataloguesFieldsEachByItsRule() throws Exception {
        Resource marriage = SharingCatalogue.fromClasspath().resource("civil.marriage-status").orElseThrow();
        String subject = "371526199001010013";
        JsonNode good = JSON.readTree("""
                {"idNumber": "371526199001010013", "maritalStatus": "MARRIED", "registeredOn": "2019-05-20",
                 "registrationOffice": "高唐县民政局婚姻登记处"}""");
        assertThat(marriage.checkData(good, subject)).isEmpty();

        JsonNode bad = JSON.readTree("""
                {"idNumber": "371526198512310021", "maritalStatus": "ENGAGED", "registeredOn": "2019-13-20",
                 "spouseName": "王芳"}""");
        assertThat(marriage.checkData(bad, subject)).containsExactlyInAnyOrder(
                "data.spouseName: is not a field of resource civil.marriage-status (the catalogue lists"
                        + " [idNumber, maritalStatus, registeredOn, registrationOffice])",
                "data.idNumber: must be the subject of the request",
                "data.maritalStatus: must be one of [UNMARRIED, MARRIED, DIVORCED, WIDOWED]",
                "data.registeredOn: must be a date (ISO 8601, yyyy-MM-dd)",
                "data.registrationOffice: is required by the catalogue");
    }

    @Test
    void subjectsAreCheckedByTheirRealRules() {
        assertThat(IdentifierRule.RESIDENT_ID.check("371526199001010013")).isEmpty();
        assertThat(IdentifierRule.RESIDENT_ID.check("36042619910102009X")).get().asString()
                .startsWith("must be a valid resident ID number (GB 11643-1999)");
        assertThat(IdentifierRule.USCC.check("91371526MA3C11116D")).isEmpty();
        assertThat(IdentifierRule.USCC.check("91110000600037341N")).get().asString()
                .startsWith("must be a valid unified social credit code (GB 32100-2015)");
        assertThat(IdentifierRule.UNIT_NUMBER.check("371526001001GB00001F00010001")).isEmpty();
        assertThat(IdentifierRule.UNIT_NUMBER.check("371526001001GB00001F0001000")).get().asString()
                .startsWith("must be a valid real-estate unit number (GB/T 37346-2019)");
        assertThat(IdentifierRule.USCC.check(" ")).contains("is required: a unified social credit code (GB 32100-2015)");
    }

    @Test
    void theCatalogueIsCompatibleWithItsPublishedBaseline() throws Exception {
        SharingCatalogue published = SharingCatalogue.parse(
                Files.readAllBytes(Path.of("published/catalogue/shared-resources.v1.yaml")));
        SharingCatalogue current = SharingCatalogue.parse(Files.readAllBytes(Path.of("catalogue/shared-resources.v1.yaml")));
        assertThat(SharingCatalogue.breaks(published, current)).isEmpty();
        assertThat(Files.readString(Path.of("published/catalogue/shared-resources.v1.schema.json")))
                .as("the catalogue's schema is published as it is")
                .isEqualTo(Files.readString(Path.of("catalogue/shared-resources.v1.schema.json")));
    }

    @Test
    void makingAResourceStricterOrDroppingAFieldBreaksRequesters() throws Exception {
        byte[] yaml = Files.readAllBytes(Path.of("catalogue/shared-resources.v1.yaml"));
        String changed = new String(yaml, StandardCharsets.UTF_8)
                .replaceFirst("sharingClass: UNCONDITIONAL", "sharingClass: CONDITIONAL\n    answerDeadline: 10 working days")
                .replace("      - {name: use, type: string, description: 用途}\n", "");
        assertThat(SharingCatalogue.breaks(SharingCatalogue.parse(yaml),
                SharingCatalogue.parse(changed.getBytes(StandardCharsets.UTF_8)))).containsExactly(
                "realestate.unit-basics: sharing class made stricter, UNCONDITIONAL to CONDITIONAL",
                "realestate.unit-basics: field use removed");
    }

    @Test
    void theRequestAndAnswerExamplesFitTheirSchemasAndTheCatalogue() throws Exception {
        JsonNode request = JSON.readTree(Path.of("catalogue/examples/sharing-request.conditional.json").toFile());
        JsonNode approved = JSON.readTree(Path.of("catalogue/examples/sharing-answer.approved.json").toFile());
        JsonNode refused = JSON.readTree(Path.of("catalogue/examples/sharing-answer.refused.json").toFile());
        assertThat(violations("sharing-request.v1.schema.json", request)).isEmpty();
        assertThat(violations("sharing-answer.v1.schema.json", approved)).isEmpty();
        assertThat(violations("sharing-answer.v1.schema.json", refused)).isEmpty();
        assertThat(violations("sharing-answer.v1.schema.json", JSON.readTree("{\"decision\":\"REFUSED\"}"))).isNotEmpty();
        assertThat(violations("sharing-request.v1.schema.json", JSON.readTree("{\"resource\":\"civil.marriage-status\"}")))
                .isNotEmpty();

        Resource resource = SharingCatalogue.fromClasspath().resource(request.path("resource").asText()).orElseThrow();
        assertThat(resource.lookupBy().check(request.path("subject").asText())).isEmpty();
        assertThat(resource.checkData(approved.path("data"), request.path("subject").asText())).isEmpty();

        for (String schema : List.of("sharing-request.v1.schema.json", "sharing-answer.v1.schema.json")) {
            assertThat(SchemaCompatibility.breaks(JSON.readTree(Path.of("published/catalogue", schema).toFile()),
                    JSON.readTree(Path.of("catalogue", schema).toFile()))).as(schema).isEmpty();
        }
    }

    private static List<String> violations(String schema, JsonNode document) throws Exception {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(JSON.readTree(Path.of("catalogue", schema).toFile()))
                .validate(document).stream().map(ValidationMessage::getMessage).toList();
    }

    @Test
    void theM9DeclarationNamesTheCatalogueAndPart83() {
        MandateDeclaration m9 = MandateCatalog.fromClasspath().byId("M9").orElseThrow();
        assertThat(m9.name()).isEqualTo("conditional-sharing-requests");
        assertThat(m9.legalBasis().section()).startsWith("Part 8.3");
        assertThat(m9.legalBasis().text()).contains("有条件共享开放的数据限时反馈");
        assertThat(m9.deadline()).isEqualTo(Deadline.workingDays(10));
        assertThat(m9.catalogue()).isEqualTo("catalogue/shared-resources.v1.yaml");
        assertThat(m9.flows()).isEmpty();
        assertThat(MandateDeclarationCheck.check(m9, EventSchemas.fromClasspath())).isEmpty();
    }

    @Test
    void aMandateNeedsFlowsOrACatalogue() {
        MandateDeclaration m9 = MandateCatalog.fromClasspath().byId("M9").orElseThrow();
        MandateDeclaration neither = new MandateDeclaration(m9.id(), m9.name(), 1, m9.title(), m9.legalBasis(), null,
                m9.deadline(), null, null, null, null);
        MandateDeclaration misplaced = new MandateDeclaration(m9.id(), m9.name(), 1, m9.title(), m9.legalBasis(), null,
                m9.deadline(), null, null, null, "../secrets.yaml");
        assertThat(MandateDeclarationCheck.check(neither, EventSchemas.fromClasspath()))
                .containsExactly("mandate M9: has no trigger, no flows and no catalogue");
        assertThat(MandateDeclarationCheck.check(misplaced, EventSchemas.fromClasspath()))
                .containsExactly("mandate M9: catalogue must name a document under catalogue/");
    }
}
