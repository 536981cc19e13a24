package org.govhub.contracts.mandate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.govhub.contracts.mandate.MandateDeclaration.Flow;
import org.govhub.contracts.mandate.MandateDeclaration.Recipient;
import org.govhub.contracts.schema.EventSchemas;

/**
 * Checks a mandate declaration against the event schemas, so a declaration cannot promise a field
 * the trigger event does not carry or route to a queue that breaks the naming rule.
 */
public final class MandateDeclarationCheck {

    private static final Pattern ID = Pattern.compile("^M\\d+$");
    private static final Pattern MAJOR_VERSION = Pattern.compile("^v[1-9]\\d*$");
    private static final Pattern FLOW_NAME = Pattern.compile("^[a-z][a-z0-9]*(-[a-z0-9]+)*$");

    private MandateDeclarationCheck() {
    }

    /** Every problem found, each naming the mandate and what is wrong; empty when sound. */
    public static List<String> check(MandateDeclaration declaration, EventSchemas schemas) {
        List<String> problems = new ArrayList<>();
        String mandate = "mandate " + declaration.id();
        if (declaration.id() == null || !ID.matcher(declaration.id()).matches()) {
            problems.add(mandate + ": id must be M followed by digits");
        }
        if (declaration.version() < 1) {
            problems.add(mandate + ": version must be 1 or more");
        }
        if (declaration.deadline() == null) {
            problems.add(mandate + ": deadline must be a positive duration or a number of working days");
        }
        if (declaration.flows().isEmpty() && declaration.catalogue() == null) {
            problems.add(mandate + ": has no trigger, no flows and no catalogue");
        }
        if (declaration.catalogue() != null && !declaration.catalogue().matches("^catalogue/[a-z0-9.-]+\\.yaml$")) {
            problems.add(mandate + ": catalogue must name a document under catalogue/");
        }
        Set<String> flowNames = new HashSet<>();
        Set<String> eventTypes = new HashSet<>();
        for (Flow flow : declaration.flows()) {
            String where = declaration.singleFlow() ? mandate : mandate + " flow " + flow.name();
            if (flow.name() == null || !FLOW_NAME.matcher(flow.name()).matches()) {
                problems.add(where + ": flow name must be lower-case words joined by '-'");
            } else if (!flowNames.add(flow.name())) {
                problems.add(where + ": flow name is used twice");
            }
            checkFlow(declaration, flow, where, schemas, eventTypes, problems);
        }
        return problems;
    }

    private static void checkFlow(MandateDeclaration declaration, Flow flow, String where, EventSchemas schemas,
                                  Set<String> eventTypes, List<String> problems) {
        if (flow.recipients().isEmpty()) {
            problems.add(where + ": has no recipients");
        }
        JsonNode eventSchema = null;
        String eventType = flow.trigger() == null ? null : flow.trigger().eventType();
        if (eventType == null) {
            problems.add(where + ": has no trigger event type");
        } else if (!eventTypes.add(eventType)) {
            problems.add(where + ": trigger event type " + eventType + " starts two flows");
        } else if (!schemas.knows(eventType)) {
            problems.add(where + ": trigger event type " + eventType + " has no schema");
        } else {
            eventSchema = schemas.schema(eventType);
        }
        if (flow.trigger() != null && (flow.trigger().source() == null || flow.trigger().source().isBlank())) {
            problems.add(where + ": trigger names no source agency");
        }

        Set<String> recipientIds = new HashSet<>();
        // Unique within a flow: one exchange runs one flow, so several flows may send the same
        // command to the same queue (M3: every authority's records go to the credit platform; M7
        // tells the court after each step of its saga).
        Set<String> queues = new HashSet<>();
        List<Recipient> all = Stream.concat(flow.recipients().stream(), flow.completion().stream()).toList();
        for (Recipient recipient : all) {
            String who = where + " recipient " + recipient.agency() + "/" + recipient.command();
            if (!recipientIds.add(recipient.agency() + "/" + recipient.command())) {
                problems.add(who + ": is declared twice");
            }
            if (recipient.queue() == null || !queues.add(recipient.queue())) {
                problems.add(who + ": queue " + recipient.queue() + " is missing or used twice");
            } else if (!followsQueueNaming(recipient)) {
                problems.add(who + ": queue " + recipient.queue() + " must be agency." + recipient.agency()
                        + "." + recipient.command() + ".v<major>");
            }
            if (recipient.sharingClass() == null) {
                problems.add(who + ": has no sharing class");
            } else if (recipient.sharingClass() == SharingClass.NOT_SHARED) {
                problems.add(who + ": sharing class NOT_SHARED contradicts sending it data");
            }
            if (recipient.fields().isEmpty()) {
                problems.add(who + ": lists no fields");
            }
            Set<String> fields = new HashSet<>();
            for (String field : recipient.fields()) {
                if (!fields.add(field)) {
                    problems.add(who + ": field " + field + " is listed twice");
                }
                if (eventSchema != null && !hasPath(eventSchema, field)) {
                    problems.add(who + ": field " + field + " is not in the schema of " + eventType);
                }
            }
            MandateDeclaration.Condition when = recipient.when();
            if (when != null) {
                if (when.field() == null || (when.equals() == null) == (when.contains() == null)) {
                    problems.add(who + ": condition 'when' needs a field and exactly one of equals or contains");
                } else if (eventSchema != null && !hasPath(eventSchema, when.field())) {
                    problems.add(who + ": condition field " + when.field() + " is not in the schema of " + eventType);
                }
            }
            for (MandateDeclaration.DeadlineRule rule : recipient.deadlineWhen()) {
                MandateDeclaration.Condition c = rule.when();
                if (rule.deadline() == null) {
                    problems.add(who + ": a deadlineWhen rule needs a deadline");
                }
                if (c == null || c.field() == null || (c.equals() == null) == (c.contains() == null)) {
                    problems.add(who + ": a deadlineWhen rule needs 'when' with a field and exactly one of equals"
                            + " or contains");
                } else if (eventSchema != null && !hasPath(eventSchema, c.field())) {
                    problems.add(who + ": deadlineWhen field " + c.field() + " is not in the schema of " + eventType);
                }
            }
            MandateDeclaration.ConsentRule consent = recipient.consent();
            if (consent != null) {
                if (consent.purpose() == null || !FLOW_NAME.matcher(consent.purpose()).matches()
                        || consent.subject() == null || consent.recordedBy() == null) {
                    problems.add(who + ": consent needs a purpose (lower-case words joined by '-'), the subject's"
                            + " field and the agency that records it");
                } else if (eventSchema != null && !hasPath(eventSchema, consent.subject())) {
                    problems.add(who + ": consent subject " + consent.subject() + " is not in the schema of " + eventType);
                }
                if (recipient.sharingClass() == SharingClass.UNCONDITIONAL) {
                    problems.add(who + ": asks for consent but its sharing class is UNCONDITIONAL");
                }
            }
        }
    }

    private static boolean followsQueueNaming(Recipient recipient) {
        String prefix = "agency." + recipient.agency() + "." + recipient.command() + ".";
        return recipient.queue().startsWith(prefix)
                && MAJOR_VERSION.matcher(recipient.queue().substring(prefix.length())).matches();
    }

    /** Whether a dotted path names a property, following {@code properties} and local {@code $ref}s. */
    private static boolean hasPath(JsonNode schema, String dottedPath) {
        JsonNode node = schema;
        for (String name : dottedPath.split("\\.", -1)) {
            node = resolve(schema, node).path("properties").path(name);
            if (node.isMissingNode()) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode resolve(JsonNode root, JsonNode node) {
        JsonNode current = node;
        // Bounded, so a $ref cycle cannot hang the check.
        for (int depth = 0; depth < 32 && current.path("$ref").isTextual(); depth++) {
            String ref = current.get("$ref").textValue();
            if (!ref.startsWith("#")) {
                return current;
            }
            current = root.at(ref.substring(1));
        }
        return current;
    }
}
