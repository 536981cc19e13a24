package org.govhub.contracts.mandate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.govhub.contracts.mandate.MandateDeclaration.Flow;
import org.govhub.contracts.schema.EventSchemas;
import org.junit.jupiter.api.Test;

/** A completion notice may close several flows of one mandate (M7 tells the court after each step); nothing else shares a queue. */
class SharedCompletionCheckTest {

    private static final EventSchemas SCHEMAS = EventSchemas.fromClasspath();
    private static final MandateDeclaration M7 = MandateCatalog.fromClasspath().byId("M7").orElseThrow();

    @Test
    void theSameCompletionNoticeClosesEveryFlowOfM7() {
        assertThat(M7.flows()).hasSize(3).allSatisfy(f ->
                assertThat(f.completion()).singleElement().satisfies(c ->
                        assertThat(c.queue()).isEqualTo("agency.court.assistance-feedback.v1")));
        assertThat(MandateDeclarationCheck.check(M7, SCHEMAS)).isEmpty();
    }

    @Test
    void aCommandKeepsItsQueueWhateverRoleItPlaysInEachFlow() {
        List<Flow> flows = new ArrayList<>(M7.flows());
        Flow paid = flows.get(1);
        // The court's feedback sent as a recipient's command in the second flow, not as its completion.
        flows.set(1, new Flow(paid.name(), paid.trigger(), paid.deadline(),
                List.of(paid.recipients().get(0), paid.completion().get(0)), List.of()));
        MandateDeclaration declaration = new MandateDeclaration(M7.id(), M7.name(), M7.version(), M7.title(),
                M7.legalBasis(), null, M7.deadline(), null, null, flows);

        // Queues are unique within a flow (one exchange runs one flow), and a queue's name names
        // its agency and command, so the court's feedback is the same command in either role.
        assertThat(MandateDeclarationCheck.check(declaration, SCHEMAS)).isEmpty();
    }
}
