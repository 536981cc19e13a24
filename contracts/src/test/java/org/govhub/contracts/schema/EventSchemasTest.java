package org.govhub.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class EventSchemasTest {

    private static final String TRANSFER = "gov.realestate.transfer-registered.v1";
    private static final String ACCOUNT_TRANSFER = "agency.account-transfer.v1";
    private static final String TRANSFER_OUTCOME = "agency.realestate.transfer-outcome.v1";
    private static final EventSchemas SCHEMAS = EventSchemas.fromClasspath();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everySchemaExampleConformsToItsSchema() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String type : SCHEMAS.types()) {
            JsonNode examples = SCHEMAS.schema(type).path("examples");
            for (int i = 0; i < examples.size(); i++) {
                JsonNode example = examples.get(i);
                tests.add(DynamicTest.dynamicTest(type + " example " + i,
                        () -> assertThat(SCHEMAS.validate(type, example)).isEmpty()));
            }
        }
        // Guards the loop itself: without examples it would pass on nothing.
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    @Test
    void loadsEverySchemaUnderItsFileName() {
        // Every mandate adds its own; these are the first ones.
        assertThat(SCHEMAS.types()).contains(
                "agency.account-transfer.v1",
                "agency.realestate.transfer-outcome.v1",
                "agency.sms.notification.v1",
                "gov.realestate.transfer-registered.v1",
                "govhub.command-outcome.v1");
        assertThat(SCHEMAS.knows(TRANSFER)).isTrue();
        assertThat(SCHEMAS.knows("gov.realestate.transfer-registered.v2")).isFalse();
        assertThat(SCHEMAS.schema(TRANSFER).path("$id").asText()).endsWith(TRANSFER + ".schema.json");
    }

    @Test
    void handsOutCopiesOfTheSchemas() {
        ((ObjectNode) SCHEMAS.schema(TRANSFER)).remove("properties");
        assertThat(SCHEMAS.schema(TRANSFER).has("properties")).isTrue();
    }

    @Test
    void refusesUnknownTypes() {
        assertThatIllegalArgumentException().isThrownBy(() -> SCHEMAS.validate("gov.unknown.v1", example()));
        assertThatIllegalArgumentException().isThrownBy(() -> SCHEMAS.schema("gov.unknown.v1"));
    }

    @Test
    void unitNumberWithUnknownRightTypeBreaksTheIdentifierRule() {
        String bad = "371526001001GQ00001F00010001";
        ObjectNode event = example().put("unitNumber", bad);

        assertThat(SCHEMAS.validate(TRANSFER, event)).singleElement().satisfies(violation -> {
            assertThat(violation.pointer()).isEqualTo("/unitNumber");
            assertThat(violation.rule()).isEqualTo("real-estate-unit-number");
            assertThat(violation.message()).contains("/unitNumber", "right type", "GB/T 37346-2019").doesNotContain(bad);
        });
    }

    @Test
    void malformedUnitNumberBreaksPatternAndIdentifierRule() {
        String bad = "371526001001GB00001F0001";
        List<Violation> violations = SCHEMAS.validate(TRANSFER, example().put("unitNumber", bad));

        assertThat(violations).extracting(Violation::pointer, Violation::rule).containsExactly(
                tuple("/unitNumber", "pattern"),
                tuple("/unitNumber", "real-estate-unit-number"));
        assertThat(violations).allSatisfy(v -> assertThat(v.message()).doesNotContain(bad));
    }

    @Test
    void residentIdWithWrongCheckDigitIsFoundThroughTheRef() {
        String bad = "371526199001010014";
        ObjectNode event = example();
        ((ObjectNode) event.get("newOwner")).put("idNumber", bad);

        assertThat(SCHEMAS.validate(TRANSFER, event)).singleElement().satisfies(violation -> {
            assertThat(violation.pointer()).isEqualTo("/newOwner/idNumber");
            assertThat(violation.rule()).isEqualTo("resident-id");
            assertThat(violation.message()).contains("/newOwner/idNumber", "check character").doesNotContain(bad);
        });
    }

    @Test
    void partyIdIsCheckedByTheRuleItsTypeNames() {
        ObjectNode event = example();
        ObjectNode previousOwner = (ObjectNode) event.get("previousOwner");
        previousOwner.put("idType", "USCC").put("idNumber", "91371526MA3C11116D");
        assertThat(SCHEMAS.validate(TRANSFER, event)).isEmpty();

        previousOwner.put("idNumber", "91350211M00013FA1N");
        assertThat(SCHEMAS.validate(TRANSFER, event)).as("known pilot code").isEmpty();

        previousOwner.put("idNumber", "91371526MA3C11116E");
        assertThat(SCHEMAS.validate(TRANSFER, event)).extracting(Violation::pointer, Violation::rule)
                .containsExactly(tuple("/previousOwner/idNumber", "uscc"));

        // A valid resident ID is (usually) not a valid USCC; 371526198512310021 happens to be both.
        previousOwner.put("idNumber", "371526199001010013");
        assertThat(SCHEMAS.validate(TRANSFER, event)).extracting(Violation::rule).containsExactly("uscc");
    }

    @Test
    void divisionCodeOutsideTheProvinceListBreaksTheIdentifierRule() {
        assertThat(SCHEMAS.validate(TRANSFER, example().put("divisionCode", "991526")))
                .extracting(Violation::pointer, Violation::rule)
                .containsExactly(tuple("/divisionCode", "division-code"));
    }

    @Test
    void missingRequiredFieldPointsAtTheField() {
        ObjectNode event = example();
        event.remove("certificateNo");

        assertThat(SCHEMAS.validate(TRANSFER, event)).singleElement().satisfies(violation -> {
            assertThat(violation.pointer()).isEqualTo("/certificateNo");
            assertThat(violation.rule()).isEqualTo("required");
            assertThat(violation.message()).contains("/certificateNo", "required");
        });
    }

    @Test
    void missingIdNumberIsReportedOnceAsRequired() {
        ObjectNode event = example();
        ((ObjectNode) event.get("newOwner")).remove("idNumber");

        assertThat(SCHEMAS.validate(TRANSFER, event)).extracting(Violation::pointer, Violation::rule)
                .containsExactly(tuple("/newOwner/idNumber", "required"));
    }

    @Test
    void extraFieldPointsAtTheField() {
        ObjectNode event = example().put("ownerNationality", "CN");
        ((ObjectNode) event.get("newOwner")).put("gender", "M");

        assertThat(SCHEMAS.validate(TRANSFER, event)).extracting(Violation::pointer, Violation::rule).containsExactly(
                tuple("/newOwner/gender", "additionalProperties"),
                tuple("/ownerNationality", "additionalProperties"));
    }

    @Test
    void impossibleDateBreaksTheFormat() {
        String bad = "2026-02-30";
        assertThat(SCHEMAS.validate(TRANSFER, example().put("transferDate", bad))).singleElement().satisfies(violation -> {
            assertThat(violation.pointer()).isEqualTo("/transferDate");
            assertThat(violation.rule()).isEqualTo("format");
            assertThat(violation.message()).contains("/transferDate", "date").doesNotContain(bad);
        });
    }

    @Test
    void commandFormatsAreAsserted() {
        ObjectNode command = accountTransferCommand();
        assertThat(SCHEMAS.validate(ACCOUNT_TRANSFER, command)).isEmpty();

        command.put("exchangeId", "not-a-uuid").put("issuedAt", "2026-11-25 10:00");
        assertThat(SCHEMAS.validate(ACCOUNT_TRANSFER, command)).extracting(Violation::pointer, Violation::rule)
                .containsExactly(
                        tuple("/exchangeId", "format"),
                        tuple("/issuedAt", "format"));
    }

    @Test
    void commandIdentifiersAreChecked() {
        ObjectNode command = accountTransferCommand();
        ObjectNode data = (ObjectNode) command.get("data");
        data.put("unitNumber", "371526001001GQ00001F00010001");
        ((ObjectNode) data.get("newOwner")).put("idNumber", "371526199001010014");

        assertThat(SCHEMAS.validate(ACCOUNT_TRANSFER, command)).extracting(Violation::pointer, Violation::rule)
                .containsExactly(
                        tuple("/data/newOwner/idNumber", "resident-id"),
                        tuple("/data/unitNumber", "real-estate-unit-number"));
    }

    @Test
    void outcomeUnitNumberIsChecked() throws Exception {
        JsonNode outcome = JSON.readTree("""
                {"commandId": "e1:realestate", "exchangeId": "6f1c2a8e-5a43-4e0b-9a39-1f1d1c7b2a10",
                 "mandate": "M1", "recipient": "realestate", "command": "transfer-outcome",
                 "issuedAt": "2026-11-25T10:00:00+08:00",
                 "data": {"applicationNo": "GT202611250001", "unitNumber": "371526001001GQ00001F00010001",
                          "outcome": "COMPLETED", "utilities": [{"agency": "water", "status": "APPLIED"}]}}
                """);

        assertThat(SCHEMAS.validate(TRANSFER_OUTCOME, outcome)).extracting(Violation::pointer, Violation::rule)
                .containsExactly(tuple("/data/unitNumber", "real-estate-unit-number"));
    }

    @Test
    void reportsEveryViolationAtOnceWithoutTheValues() {
        ObjectNode event = example()
                .put("unitNumber", "371526001001GQ00001F00010001")
                .put("transferDate", "2026-13-01")
                .put("price", "eight hundred thousand")
                .put("extra", "x");
        event.remove("address");
        ((ObjectNode) event.get("newOwner")).put("idNumber", "371526199001010014").put("phone", "23905351234");

        List<Violation> violations = SCHEMAS.validate(TRANSFER, event);

        assertThat(violations).extracting(Violation::pointer, Violation::rule).containsExactly(
                tuple("/address", "required"),
                tuple("/extra", "additionalProperties"),
                tuple("/newOwner/idNumber", "resident-id"),
                tuple("/newOwner/phone", "pattern"),
                tuple("/price", "pattern"),
                tuple("/transferDate", "format"),
                tuple("/unitNumber", "real-estate-unit-number"));
        assertThat(violations).extracting(Violation::message).allSatisfy(message -> assertThat(message)
                .doesNotContain("371526001001GQ00001F00010001", "2026-13-01", "eight hundred thousand",
                        "371526199001010014", "23905351234"));
    }

    @Test
    void rootThatIsNotAnObjectPointsAtTheDocument() {
        assertThat(SCHEMAS.validate(TRANSFER, JSON.getNodeFactory().textNode("x")))
                .singleElement().satisfies(violation -> {
                    assertThat(violation.pointer()).isEmpty();
                    assertThat(violation.rule()).isEqualTo("type");
                    assertThat(violation.message()).startsWith("the document");
                });
        assertThat(SCHEMAS.validate(TRANSFER, null)).extracting(Violation::rule).containsExactly("type");
    }

    @Test
    void isSafeToShareBetweenThreads() {
        ObjectNode bad = example().put("transferDate", "2026-02-30");
        List<Violation> expected = SCHEMAS.validate(TRANSFER, bad);

        List<List<Violation>> results = IntStream.range(0, 200).parallel()
                .mapToObj(i -> SCHEMAS.validate(TRANSFER, i % 2 == 0 ? bad : example()))
                .toList();

        IntStream.range(0, results.size()).forEach(i ->
                assertThat(results.get(i)).isEqualTo(i % 2 == 0 ? expected : List.of()));
    }

    @Test
    void rejectsAnUnknownIdentifierRuleWhenCompiling() throws Exception {
        JsonNode schema = JSON.readTree("""
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "type": "string", "x-govhub-identifier": "passport"}
                """);
        assertThatThrownBy(() -> EventSchemas.of(Map.of("test.v1", schema))).hasMessageContaining("passport");
    }

    @Test
    void schemasCanReferToEachOtherById() throws Exception {
        JsonNode party = JSON.readTree("""
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "$id": "https://govhub.org/contracts/events/test.party.v1.schema.json",
                 "type": "object", "x-govhub-party-id": true}
                """);
        JsonNode envelope = JSON.readTree("""
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "$id": "https://govhub.org/contracts/events/test.envelope.v1.schema.json",
                 "type": "object", "properties": {"owner": {"$ref": "test.party.v1.schema.json"}}}
                """);
        EventSchemas schemas = EventSchemas.of(Map.of("test.party.v1", party, "test.envelope.v1", envelope));

        JsonNode data = JSON.readTree("""
                {"owner": {"idType": "RESIDENT_ID", "idNumber": "36042619910102009X"}}
                """);
        assertThat(schemas.validate("test.envelope.v1", data)).extracting(Violation::pointer, Violation::rule)
                .containsExactly(tuple("/owner/idNumber", "resident-id"));
    }

    static ObjectNode example() {
        return (ObjectNode) SCHEMAS.schema(TRANSFER).path("examples").get(0);
    }

    private static ObjectNode accountTransferCommand() {
        ObjectNode event = example();
        ObjectNode data = JSON.createObjectNode();
        data.put("unitNumber", event.get("unitNumber").asText())
                .put("address", event.get("address").asText())
                .put("transferDate", event.get("transferDate").asText());
        data.set("newOwner", event.get("newOwner"));
        data.putObject("previousOwner").put("name", event.get("previousOwner").get("name").asText());
        ObjectNode command = JSON.createObjectNode()
                .put("commandId", "6f1c2a8e-5a43-4e0b-9a39-1f1d1c7b2a10:water")
                .put("exchangeId", "6f1c2a8e-5a43-4e0b-9a39-1f1d1c7b2a10")
                .put("eventId", "evt-1")
                .put("mandate", "M1")
                .put("recipient", "water")
                .put("command", "account-transfer")
                .put("issuedAt", "2026-11-25T10:00:00+08:00");
        command.set("data", data);
        return command;
    }
}
