package org.govhub.hub.consent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The consent API's subject check: a resident ID number or a USCC, each by its own rule. */
class ConsentSubjectTest {

    @Test
    void acceptsResidentIdNumbersAndCodesIncludingAllDigitCodesOfPublicInstitutions() {
        assertThat(ConsentController.checkSubject("371526199001010013")).isEmpty();
        assertThat(ConsentController.checkSubject("91371526MA3N10009J")).isEmpty();
        // A public institution's code (登记管理部门 1, 事业单位 2) has digits only, like an ID number.
        assertThat(ConsentController.checkSubject("121200004013590816")).isEmpty();
        // A known pilot code that fails the check character is accepted, as everywhere else.
        assertThat(ConsentController.checkSubject("91350211M00013FA1N")).isEmpty();
    }

    @Test
    void namesTheRuleABadSubjectBreaks() {
        assertThat(ConsentController.checkSubject("371526199001010014")).get().asString()
                .contains("GB 11643-1999");
        assertThat(ConsentController.checkSubject("91371526MA3N10009K")).get().asString()
                .contains("GB 32100-2015").doesNotContain("MA3N10009K");
        assertThat(ConsentController.checkSubject(" ")).get().asString().contains("required");
    }
}
