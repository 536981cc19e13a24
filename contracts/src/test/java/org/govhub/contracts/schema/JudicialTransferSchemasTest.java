package org.govhub.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** M7's events: the court case number, unit number, parties, dates and enums, each by its rule. */
class JudicialTransferSchemasTest {

    private static final EventSchemas SCHEMAS = EventSchemas.fromClasspath();
    private static final String ORDERED = "gov.court.disposal-ordered.v1";
    private static final String PAID = "gov.tax.deed-tax-paid.v1";
    private static final String WITHDRAWN = "gov.court.disposal-withdrawn.v1";

    @Test
    void theExamplesAreValid() {
        for (String type : new String[] {ORDERED, PAID, WITHDRAWN}) {
            assertThat(SCHEMAS.validate(type, example(type))).as(type).isEmpty();
        }
    }

    @Test
    void aCaseNumberOfAnotherShapeBreaksTheEnforcementCaseRuleWithoutEchoingIt() {
        String bad = "(2026)鲁1526执123号";
        assertThat(SCHEMAS.validate(ORDERED, example(ORDERED).put("caseNumber", bad))).singleElement().satisfies(v -> {
            assertThat(v.pointer()).isEqualTo("/caseNumber");
            assertThat(v.rule()).isEqualTo("enforcement-case-number");
            assertThat(v.message()).contains("若干规定").doesNotContain(bad);
        });
    }

    @Test
    void aCaseThatIsNoEnforcementCaseIsRefused() {
        assertThat(SCHEMAS.validate(WITHDRAWN, example(WITHDRAWN).put("caseNumber", "（2026）鲁1526民初12号")))
                .extracting(Violation::pointer, Violation::rule)
                .containsExactly(tuple("/caseNumber", "enforcement-case-number"));
    }

    @Test
    void partiesDatesAmountsAndEnumsAreChecked() {
        ObjectNode order = example(ORDERED);
        ((ObjectNode) order.get("transferee")).put("idNumber", "91371526MA3C11116E");
        ((ObjectNode) order.get("transferor")).put("idNumber", "371526199001010014");
        order.put("rulingDate", "2026-02-30").put("disposalPrice", "12,000");
        assertThat(SCHEMAS.validate(ORDERED, order)).extracting(Violation::pointer).containsExactlyInAnyOrder(
                "/transferee/idNumber", "/transferor/idNumber", "/rulingDate", "/disposalPrice");

        assertThat(SCHEMAS.validate(WITHDRAWN, example(WITHDRAWN).put("reason", "CHANGED_MIND")))
                .extracting(Violation::pointer).containsExactly("/reason");
        assertThat(SCHEMAS.validate(PAID, example(PAID).put("unitNumber", "371526007001GB00700X00010101")))
                .extracting(Violation::pointer).contains("/unitNumber");
    }

    private static ObjectNode example(String type) {
        return (ObjectNode) SCHEMAS.schema(type).path("examples").get(0);
    }
}
