package org.govhub.hub.broker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govhub.contracts.mandate.MandateCatalog;
import org.govhub.contracts.mandate.MandateDeclaration;

/**
 * Every address and queue the hub uses, derived from the mandate declarations, so that they are
 * declared before anything is sent: a message sent to a multicast address with no queue would
 * be dropped.
 *
 * <ul>
 *   <li>each trigger event type is a multicast address, with one durable queue per mandate
 *       flow that it starts ({@code mandate.<id-lower>-<name>} for a one-flow mandate,
 *       {@code mandate.<id-lower>-<flow>} for each flow of a mandate with several);</li>
 *   <li>each recipient's command queue, and the results queue, are anycast;</li>
 *   <li>every queue has its dead-letter queue {@code DLQ.<queue>}.</li>
 * </ul>
 */
public final class BrokerTopology {

    public static final String RESULTS_QUEUE = "govhub.results.v1";
    public static final String DLQ_PREFIX = "DLQ.";

    private final Map<String, Set<String>> multicast = new LinkedHashMap<>();
    private final Set<String> anycast = new LinkedHashSet<>();

    public BrokerTopology(MandateCatalog catalog) {
        for (MandateDeclaration m : catalog.all()) {
            for (MandateDeclaration.Flow f : m.flows()) {
                multicast.computeIfAbsent(f.trigger().eventType(), k -> new LinkedHashSet<>())
                        .add(subscriptionQueue(m, f));
                f.recipients().forEach(r -> anycast.add(r.queue()));
                f.completion().forEach(r -> anycast.add(r.queue()));
            }
        }
        anycast.add(RESULTS_QUEUE);
    }

    /** The flow's own durable queue on its trigger's multicast address. */
    public static String subscriptionQueue(MandateDeclaration m, MandateDeclaration.Flow f) {
        return "mandate." + m.id().toLowerCase() + "-" + f.name();
    }

    /** The fully qualified queue name a JMS consumer uses to read a flow's subscription. */
    public static String subscriptionFqqn(MandateDeclaration m, MandateDeclaration.Flow f) {
        return f.trigger().eventType() + "::" + subscriptionQueue(m, f);
    }

    /** Multicast address to the durable queues bound to it. */
    public Map<String, Set<String>> multicast() {
        return multicast;
    }

    public Set<String> anycast() {
        return anycast;
    }

    /** Every queue a message can sit in, not counting dead-letter queues. */
    public List<String> allQueues() {
        List<String> all = new ArrayList<>();
        multicast.values().forEach(all::addAll);
        all.addAll(anycast);
        return all;
    }
}
