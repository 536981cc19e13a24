package org.govhub.contracts.mandate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Cuts a document down to a mandate's allow-list, so nothing unlisted can leave the hub. */
public final class FieldProjection {

    private FieldProjection() {
    }

    /**
     * A new object holding exactly the listed dotted paths of {@code data} (e.g.
     * {@code newOwner.name} gives {@code {"newOwner":{"name":...}}}), as copies. Paths absent from
     * {@code data}, or null there, are left out: the command schemas have no nullable fields.
     */
    public static ObjectNode project(JsonNode data, List<String> fields) {
        ObjectNode projection = JsonNodeFactory.instance.objectNode();
        for (String field : fields) {
            String[] path = field.split("\\.", -1);
            JsonNode value = data;
            for (String name : path) {
                value = value == null || !value.isObject() ? null : value.get(name);
            }
            if (value != null && !value.isNull()) {
                parentOf(projection, path).set(path[path.length - 1], value.deepCopy());
            }
        }
        return projection;
    }

    private static ObjectNode parentOf(ObjectNode projection, String[] path) {
        ObjectNode parent = projection;
        for (int i = 0; i < path.length - 1; i++) {
            JsonNode child = parent.get(path[i]);
            // An object already copied whole (the list named "newOwner" and "newOwner.name") is reused.
            parent = child instanceof ObjectNode object ? object : parent.putObject(path[i]);
        }
        return parent;
    }
}
