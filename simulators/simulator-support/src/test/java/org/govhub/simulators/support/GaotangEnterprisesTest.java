package org.govhub.simulators.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.govhub.contracts.identifier.DivisionCode;
import org.govhub.contracts.identifier.UnifiedSocialCreditCode;
import org.junit.jupiter.api.Test;

class GaotangEnterprisesTest {

    private final GaotangEnterprises enterprises = new GaotangEnterprises();

    @Test
    void everyCodeIsAValidGaotangCodeAndUnique() {
        assertThat(enterprises.all()).hasSize(20);
        assertThat(enterprises.all()).allSatisfy(e -> {
            assertThat(UnifiedSocialCreditCode.standard().check(e.uscc())).as(e.name()).isEmpty();
            assertThat(e.uscc().substring(2, 8)).isEqualTo(DivisionCode.GAOTANG);
            assertThat(e.divisionCode()).isEqualTo(DivisionCode.GAOTANG);
        });
        assertThat(enterprises.all().stream().map(GaotangEnterprises.Enterprise::uscc).distinct()).hasSize(20);
    }

    @Test
    void theSeedHasEachCaseTheTestsNeed() {
        assertThat(enterprises.all()).anyMatch(e -> !e.marketDirectory());
        assertThat(enterprises.all()).anyMatch(e -> e.licences().isEmpty());
        assertThat(enterprises.all()).anyMatch(e -> e.credit() == null);
        assertThat(enterprises.byUscc(enterprises.all().get(3).uscc())).contains(enterprises.all().get(3));
    }
}
