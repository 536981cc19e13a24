package org.govhub.contracts.mandate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.contracts.mandate.MandateDeclaration.Condition;
import org.junit.jupiter.api.Test;

class ConditionTest {

    private final JsonNode data = read("""
            {"services": ["water", "power"], "application": {"externalWorks": true, "kind": "NEW"}}""");

    @Test
    void containsLooksIntoAnArray() {
        assertThat(new Condition("services", null, "water").holds(data)).isTrue();
        assertThat(new Condition("services", null, "gas").holds(data)).isFalse();
    }

    @Test
    void equalsComparesTheValueAsText() {
        assertThat(new Condition("application.externalWorks", "true", null).holds(data)).isTrue();
        assertThat(new Condition("application.kind", "NEW", null).holds(data)).isTrue();
        assertThat(new Condition("application.kind", "OLD", null).holds(data)).isFalse();
    }

    @Test
    void anAbsentFieldNeverHolds() {
        assertThat(new Condition("application.missing", "true", null).holds(data)).isFalse();
        assertThat(new Condition("nothing", null, "water").holds(data)).isFalse();
        assertThat(new Condition("application.kind", null, "NEW").holds(data)).as("contains needs an array").isFalse();
    }

    @Test
    void readsAsItIsWritten() {
        assertThat(new Condition("services", null, "water")).hasToString("services contains water");
        assertThat(new Condition("application.externalWorks", "true", null)).hasToString("application.externalWorks = true");
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
