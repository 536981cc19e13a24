package org.govhub.contracts.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a changed JSON Schema still accepts what its published version promised, so that a
 * consumer built against the published version keeps working. Looks at what consumers rely
 * on: properties and their types, required properties, enums and constants, extra properties
 * and array items, through local {@code $ref}s into {@code $defs}.
 */
public final class SchemaCompatibility {

    private SchemaCompatibility() {
    }

    /** Each way {@code current} breaks {@code published}; empty when compatible. */
    public static List<String> breaks(JsonNode published, JsonNode current) {
        List<String> out = new ArrayList<>();
        compare(published, current, published, current, "", out, new HashSet<>());
        return out;
    }

    private static void compare(JsonNode oldRoot, JsonNode newRoot, JsonNode oldNode, JsonNode newNode,
                                String at, List<String> out, Set<String> seen) {
        JsonNode o = resolve(oldRoot, oldNode);
        JsonNode n = resolve(newRoot, newNode);
        if (!seen.add(at + "|" + System.identityHashCode(o) + "|" + System.identityHashCode(n))) {
            return;
        }
        String where = at.isEmpty() ? "the root" : at;
        if (o.has("type") && !o.path("type").equals(n.path("type"))) {
            out.add(where + ": type changed from " + o.path("type") + " to " + n.path("type"));
        }
        if (o.has("const") && !o.path("const").equals(n.path("const"))) {
            out.add(where + ": constant changed from " + o.path("const") + " to " + n.path("const"));
        }
        if (o.has("enum")) {
            Set<String> newValues = new HashSet<>();
            n.path("enum").forEach(v -> newValues.add(v.toString()));
            o.path("enum").forEach(v -> {
                if (n.has("enum") && !newValues.contains(v.toString())) {
                    out.add(where + ": enum value " + v + " removed");
                }
            });
        }
        Set<String> oldRequired = new HashSet<>();
        o.path("required").forEach(r -> oldRequired.add(r.asText()));
        n.path("required").forEach(r -> {
            if (!oldRequired.contains(r.asText())) {
                out.add(where + ": property '" + r.asText() + "' became required");
            }
        });
        if (!o.path("additionalProperties").isBoolean() || o.path("additionalProperties").asBoolean()) {
            if (n.path("additionalProperties").isBoolean() && !n.path("additionalProperties").asBoolean()) {
                out.add(where + ": extra properties were allowed and are now refused");
            }
        }
        o.path("properties").fieldNames().forEachRemaining(name -> {
            String path = at + "/" + name;
            if (!n.path("properties").has(name)) {
                out.add(path + ": property removed");
            } else {
                compare(oldRoot, newRoot, o.path("properties").path(name), n.path("properties").path(name), path, out, seen);
            }
        });
        if (o.has("items")) {
            compare(oldRoot, newRoot, o.path("items"), n.path("items"), at + "/items", out, seen);
        }
    }

    private static JsonNode resolve(JsonNode root, JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < 16 && current.has("$ref") && current.path("$ref").asText().startsWith("#/"); hops++) {
            JsonNode target = root.at(current.path("$ref").asText().substring(1));
            if (target.isMissingNode()) {
                break;
            }
            current = target;
        }
        return current;
    }
}
