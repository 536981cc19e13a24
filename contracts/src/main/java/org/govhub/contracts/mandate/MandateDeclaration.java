package org.govhub.contracts.mandate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A mandate as declared in contracts/mandates: what triggers it, who receives which fields, and
 * who is told when every recipient has answered.
 *
 * <p>A mandate has one or more <em>flows</em>, each started by one event type. A one-flow
 * mandate (M1) may write its trigger, recipients and completion at the top level; a mandate
 * that several events start (M2's pushes both ways) lists them under {@code flows}. Either way
 * {@link #flows()} holds them all.
 *
 * @param deadline   how long a flow may take, from acceptance to the last outcome, unless the
 *                   flow or the recipient says otherwise
 * @param completion the commands sent once every recipient has answered; may be empty
 * @param catalogue  for a mandate carried out on request rather than on events (M9), the
 *                   catalogue document it serves ({@code contracts/catalogue/...}); such a
 *                   mandate has no flows
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record MandateDeclaration(
        String id,
        String name,
        int version,
        String title,
        LegalBasis legalBasis,
        Trigger trigger,
        Deadline deadline,
        List<Recipient> recipients,
        List<Recipient> completion,
        List<Flow> flows,
        String catalogue) {

    @JsonCreator
    public MandateDeclaration {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        completion = completion == null ? List.of() : List.copyOf(completion);
        List<Flow> all = new ArrayList<>(flows == null ? List.of() : flows);
        if (trigger != null || !recipients.isEmpty() || !completion.isEmpty()) {
            if (!all.isEmpty()) {
                throw new IllegalArgumentException("mandate " + id + " declares both top-level trigger/recipients"
                        + " and flows; use one form");
            }
            all.add(new Flow(name, trigger, null, recipients, completion));
        }
        flows = List.copyOf(all);
    }

    /** A mandate started by events: one or more flows, no catalogue. */
    public MandateDeclaration(String id, String name, int version, String title, LegalBasis legalBasis,
                              Trigger trigger, Deadline deadline, List<Recipient> recipients,
                              List<Recipient> completion, List<Flow> flows) {
        this(id, name, version, title, legalBasis, trigger, deadline, recipients, completion, flows, null);
    }

    /** A one-flow mandate, written at the top level. */
    public MandateDeclaration(String id, String name, int version, String title, LegalBasis legalBasis,
                              Trigger trigger, Deadline deadline, List<Recipient> recipients,
                              List<Recipient> completion) {
        this(id, name, version, title, legalBasis, trigger, deadline, recipients, completion, null, null);
    }

    /** The flow started by {@code eventType}, if this mandate has one. */
    public Optional<Flow> flowFor(String eventType) {
        return flows.stream().filter(f -> f.trigger() != null && eventType.equals(f.trigger().eventType())).findFirst();
    }

    /** The flow called {@code name}. */
    public Optional<Flow> flow(String name) {
        return flows.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** Whether the mandate is written as one flow at the top level (its queue is named after the mandate). */
    @JsonIgnore
    public boolean singleFlow() {
        return flows.size() == 1 && flows.get(0).name().equals(name);
    }

    /** The deadline of {@code r} in {@code flow}: the recipient's, else the flow's, else the mandate's. */
    public Deadline deadlineOf(Flow flow, Recipient r) {
        if (r != null && r.deadline() != null) {
            return r.deadline();
        }
        return flow.deadline() != null ? flow.deadline() : deadline;
    }

    /**
     * The deadline of {@code r} in {@code flow} for the event {@code data}: the first of the
     * recipient's {@code deadlineWhen} rules whose condition the data meets, else
     * {@link #deadlineOf(Flow, Recipient)}.
     */
    public Deadline deadlineOf(Flow flow, Recipient r, JsonNode data) {
        if (r != null && data != null) {
            for (DeadlineRule rule : r.deadlineWhen()) {
                if (rule.when() != null && rule.when().holds(data)) {
                    return rule.deadline();
                }
            }
        }
        return deadlineOf(flow, r);
    }

    /** The document and section that oblige the agencies to share. */
    public record LegalBasis(String document, String section, String text) {
    }

    /** The event that starts an exchange, and the agency expected to emit it. */
    public record Trigger(String eventType, String source) {
    }

    /**
     * One event type's part of a mandate.
     *
     * @param name     lower-case words joined by '-', unique in the mandate; names its queue
     * @param deadline overrides the mandate's deadline for this flow; may be null
     */
    public record Flow(String name, Trigger trigger, Deadline deadline, List<Recipient> recipients,
                       List<Recipient> completion) {

        public Flow {
            recipients = recipients == null ? List.of() : List.copyOf(recipients);
            completion = completion == null ? List.of() : List.copyOf(completion);
        }
    }

    /**
     * One command the mandate sends.
     *
     * @param queue    {@code agency.<agency>.<command>.v<major>}
     * @param fields   the allow-list: dotted paths into the trigger event's data, nothing else is sent
     * @param deadline this recipient's own deadline, when it differs from the flow's; may be null
     * @param when     the condition on the event under which this recipient is sent anything at
     *                 all (the utilities an applicant chose, say); null means always
     * @param consent  the recorded consent or authorisation the command needs; null means none
     * @param deadlineWhen deadlines that depend on the event: the first rule whose condition the
     *                 event data meets gives this recipient's deadline (M6: 4 working days with
     *                 external works instead of 3); when none does, {@code deadline} applies
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Recipient(String agency, String command, String queue, SharingClass sharingClass,
                            List<String> fields, Deadline deadline, Condition when, ConsentRule consent,
                            List<DeadlineRule> deadlineWhen) {

        @JsonCreator
        public Recipient {
            fields = fields == null ? List.of() : List.copyOf(fields);
            deadlineWhen = deadlineWhen == null ? List.of() : List.copyOf(deadlineWhen);
        }

        public Recipient(String agency, String command, String queue, SharingClass sharingClass,
                         List<String> fields, Deadline deadline, Condition when, ConsentRule consent) {
            this(agency, command, queue, sharingClass, fields, deadline, when, consent, null);
        }

        public Recipient(String agency, String command, String queue, SharingClass sharingClass, List<String> fields) {
            this(agency, command, queue, sharingClass, fields, null, null, null, null);
        }
    }

    /** A deadline that applies when the event data meets {@code when}. */
    public record DeadlineRule(Condition when, Deadline deadline) {
    }

    /**
     * A test on the event data: the field at the dotted path {@code field} equals {@code equals}
     * (compared as text), or is an array that contains {@code contains}. Exactly one is given.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Condition(String field, String equals, String contains) {

        public boolean holds(JsonNode data) {
            JsonNode value = data;
            for (String name : field.split("\\.", -1)) {
                value = value == null || !value.isObject() ? null : value.get(name);
            }
            if (value == null || value.isNull()) {
                return false;
            }
            if (equals != null) {
                return equals.equals(value.asText());
            }
            if (value.isArray()) {
                for (JsonNode item : value) {
                    if (contains.equals(item.asText())) {
                        return true;
                    }
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return field + (equals != null ? " = " + equals : " contains " + contains);
        }
    }

    /**
     * The consent (or, for a conditional resource, the provider's approval) a command needs
     * before any data goes: recorded in the hub ({@code POST /api/v1/consents}) for
     * {@code purpose} by the agency {@code recordedBy}, for the data subject whose identifier
     * (resident ID number or unified social credit code) is at the dotted path {@code subject}
     * of the event data.
     */
    public record ConsentRule(String purpose, String subject, String recordedBy) {
    }
}
