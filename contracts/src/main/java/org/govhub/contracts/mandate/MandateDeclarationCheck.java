package org.govhub.contracts.mandate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.govhub.contracts.mandate.MandateDeclaration.Recipient;
import org.govhub.contracts.schema.EventSchemas;

/**
 * Checks a mandate declaration against the event schemas, so a declaration cannot promise a field
 * the trigger event does not carry or route to a queue that breaks the naming rule.
 */
public final class MandateDeclarationCheck {

    private static final Pattern ID = Pattern.compile("^M\\d+$");
    private static final Pattern MAJOR_VERSION = Pattern.compile("^v[1-9]\\d*$");

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
        if (declaration.deadline() == null || declaration.deadline().isNegative() || declaration.deadline().isZero()) {
            problems.add(mandate + ": deadline must be a positive duration");
        }
        if (declaration.recipients().isEmpty()) {
            problems.add(mandate + ": has no recipients");
        }
        JsonNode eventSchema = null;
        if (declaration.trigger() == null || declaration.trigger().eventType() == null) {
            problems.add(mandate + ": has no trigger event type");
        } else if (!schemas.knows(declaration.trigger().eventType())) {
            problems.add(mandate + ": trigger event type " + declaration.trigger().eventType() + " has no schema");
        } else {
            eventSchema = schemas.schema(declaration.trigger().eventType());
        }

        Set<String> queues = new HashSet<>();
        Set<String> recipientIds = new HashSet<>();
        List<Recipient> all = Stream.concat(declaration.recipients().stream(), declaration.completion().stream()).toList();
        for (Recipient recipient : all) {
            String who = mandate + " recipient " + recipient.agency() + "/" + recipient.command();
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
                    problems.add(who + ": field " + field + " is not in the schema of "
                            + declaration.trigger().eventType());
                }
            }
        }
        return problems;
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
