package org.govhub.contracts.mandate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    @Test
    void readsDurationsAndWorkingDays() {
        assertThat(Deadline.parse("PT24H")).isEqualTo(Deadline.of(Duration.ofHours(24)));
        assertThat(Deadline.parse("P2D").duration()).isEqualTo(Duration.ofDays(2));
        assertThat(Deadline.parse("3 working days")).isEqualTo(Deadline.workingDays(3));
        assertThat(Deadline.parse("1 working day").inWorkingDays()).isTrue();
        assertThat(Deadline.workingDays(4)).hasToString("4 working days");
        assertThat(Deadline.of(Duration.ofHours(2))).hasToString("PT2H");
    }

    @Test
    void refusesWhatIsNeither() {
        assertThatIllegalArgumentException().isThrownBy(() -> Deadline.parse("three days"))
                .withMessageContaining("'three days'").withMessageContaining("working days");
        assertThatIllegalArgumentException().isThrownBy(() -> Deadline.parse("0 working days"));
        assertThatIllegalArgumentException().isThrownBy(() -> Deadline.parse("PT0S"))
                .withMessageContaining("positive");
        assertThatIllegalArgumentException().isThrownBy(() -> Deadline.parse("-PT1H"));
    }
}
