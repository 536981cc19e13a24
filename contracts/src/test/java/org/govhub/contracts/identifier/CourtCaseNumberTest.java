package org.govhub.contracts.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CourtCaseNumberTest {

    private static final Clock IN_2026 = Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @ValueSource(strings = {"（2026）鲁1526执123号", "（2026）鲁1526执恢7号", "（2025）鲁15民终4321号", "（2016）最高法民终1号",
            "（2024）京0105民初1234号", "（2026）鲁执1号", "（2023）兵0101执56号"})
    void acceptsNumbersOfTheRulesShape(String number) {
        assertThat(CourtCaseNumber.check(number, IN_2026)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"(2026)鲁1526执123号", "（2026）鲁1526执0123号", "（2026）鲁152执123号", "（2026）X1526执123号",
            "（2026）鲁1526执1234", "（26）鲁1526执123号", "（2026）鲁1526123号", "（2026）鲁1526执行案件很长123号", ""})
    void refusesOtherShapesNamingTheRule(String number) {
        assertThat(CourtCaseNumber.check(number, IN_2026)).get().asString()
                .contains("若干规定").doesNotContain(number.isEmpty() ? "\u0000" : number);
    }

    @Test
    void refusesYearsBeforeTheRulesAndInTheFuture() {
        assertThat(CourtCaseNumber.check("（2015）鲁1526执1号", IN_2026)).get().asString().contains("before 2016");
        assertThat(CourtCaseNumber.check("（2027）鲁1526执1号", IN_2026)).get().asString().contains("future");
    }

    @Test
    void enforcementCasesOnly() {
        assertThat(CourtCaseNumber.checkEnforcement("（2026）鲁1526执123号")).isEmpty();
        assertThat(CourtCaseNumber.checkEnforcement("（2026）鲁1526执恢4号")).isEmpty();
        assertThat(CourtCaseNumber.checkEnforcement("（2026）鲁1526民初123号")).get().asString()
                .contains("not an enforcement case");
    }
}
