package org.govhub.hub.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/**
 * The field set of one request a simulated utility journalled, whatever its format: JSON
 * (dotted paths), XML (the gas company: dotted element paths under the root) or a form (the
 * heating company: parameter names).
 */
final class UtilityRequestFields {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final XmlMapper XML = new XmlMapper();

    private UtilityRequestFields() {
    }

    static Set<String> of(JsonNode journalEntry) {
        String type = journalEntry.path("contentType").asText("").toLowerCase(java.util.Locale.ROOT);
        String body = journalEntry.path("body").asText();
        Set<String> out = new TreeSet<>();
        try {
            if (type.startsWith("application/x-www-form-urlencoded")) {
                // The journal rebuilds a form's body from the request's parameters, the query's
                // included (the heating company's appId, timestamp and sign): those are not fields.
                String path = journalEntry.path("path").asText();
                Set<String> query = new TreeSet<>();
                if (path.contains("?")) {
                    names(path.substring(path.indexOf('?') + 1), query);
                }
                names(body, out);
                out.removeAll(query);
            } else if (type.contains("xml")) {
                collect("", XML.readTree(body.getBytes(StandardCharsets.UTF_8)), out);
            } else {
                collect("", JSON.readTree(body), out);
            }
        } catch (java.io.IOException e) {
            throw new AssertionError("the journalled request is not what its content type says: " + type, e);
        }
        return out;
    }

    private static void names(String form, Set<String> out) {
        for (String pair : form.split("&")) {
            if (!pair.isEmpty()) {
                out.add(URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8));
            }
        }
    }

    private static void collect(String prefix, JsonNode node, Set<String> out) {
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                collect(prefix.isEmpty() ? name : prefix + "." + name, node.get(name), out);
            }
        } else {
            out.add(prefix);
        }
    }
}
