package org.govhub.hub.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.govhub.contracts.mandate.MandateCatalog;
import org.govhub.contracts.mandate.MandateDeclaration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The published contracts in one document, for the portal to render. */
public record ContractsOverview(List<Mandate> mandates, List<String> agencyApis, List<Channel> channels) {

    public record Mandate(String id, String name, int version, String title, String document, String section,
                          String legalText, String deadline, String file, List<Flow> flows) {
    }

    public record Flow(String name, String eventType, String source, String deadline, List<Recipient> recipients,
                       List<Recipient> completion) {
    }

    public record Recipient(String agency, String command, String queue, String sharingClass, List<String> fields,
                            String deadline, String when, String consent) {
    }

    public record Channel(String id, String address, String title, String description, List<String> messages) {
    }

    /** Reads the catalogue and the AsyncAPI document once; they do not change while the hub runs. */
    @Component
    public static class Builder {

        private final MandateCatalog catalog;
        private volatile List<Channel> channels;

        public Builder(MandateCatalog catalog) {
            this.catalog = catalog;
        }

        ContractsOverview build(List<String> agencyApis) throws IOException {
            List<Mandate> mandates = new ArrayList<>();
            for (MandateDeclaration m : catalog.all()) {
                List<Flow> flows = m.flows().stream().map(f -> new Flow(f.name(), f.trigger().eventType(),
                        f.trigger().source(), String.valueOf(f.deadline() != null ? f.deadline() : m.deadline()),
                        recipients(f.recipients()), recipients(f.completion()))).toList();
                mandates.add(new Mandate(m.id(), m.name(), m.version(), m.title(), m.legalBasis().document(),
                        m.legalBasis().section(), m.legalBasis().text(), String.valueOf(m.deadline()),
                        m.id() + "-" + m.name() + ".v" + m.version() + ".yaml", flows));
            }
            mandates.sort((a, b) -> Integer.compare(number(a.id()), number(b.id())));
            return new ContractsOverview(mandates, agencyApis, channels());
        }

        private static List<Recipient> recipients(List<MandateDeclaration.Recipient> rs) {
            return rs.stream().map(r -> new Recipient(r.agency(), r.command(), r.queue(),
                    r.sharingClass() == null ? null : r.sharingClass().name(), r.fields(),
                    r.deadline() == null ? null : r.deadline().toString(),
                    r.when() == null ? null : r.when().toString(),
                    r.consent() == null ? null : r.consent().purpose() + " (recorded by " + r.consent().recordedBy()
                            + ", subject " + r.consent().subject() + ")")).toList();
        }

        private static int number(String id) {
            try {
                return Integer.parseInt(id.substring(1));
            } catch (RuntimeException e) {
                return Integer.MAX_VALUE;
            }
        }

        private List<Channel> channels() throws IOException {
            if (channels == null) {
                JsonNode doc = new ObjectMapper(new YAMLFactory())
                        .readTree(new ClassPathResource("contracts/asyncapi.yaml").getInputStream());
                List<Channel> out = new ArrayList<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("channels").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    JsonNode c = e.getValue();
                    List<String> messages = new ArrayList<>();
                    c.path("messages").fieldNames().forEachRemaining(messages::add);
                    out.add(new Channel(e.getKey(), c.path("address").asText(), c.path("title").asText(null),
                            c.path("description").asText(null), messages));
                }
                channels = List.copyOf(out);
            }
            return channels;
        }
    }
}
