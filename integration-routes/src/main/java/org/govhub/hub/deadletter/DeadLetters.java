package org.govhub.hub.deadletter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.govhub.contracts.mandate.MandateCatalog;
import org.govhub.hub.audit.AuditLog;
import org.govhub.hub.broker.BrokerTopology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dead-letter queues of every hub queue (and the broker's general {@code DLQ}), for
 * operators: list, inspect, replay onto the queue the message came from, or discard. Every
 * replay and discard is recorded in {@code dead_letter_action} with the message's original
 * bytes, once per message: asking again answers with that record and changes nothing. A replay
 * is also written to the hash-chained audit log (kind {@code REPLAY}: who, which message, from
 * and to which queue, the dead-letter reason and the operator's note), in the same transaction.
 *
 * <p>The message is taken from its dead-letter queue and (for a replay) sent on in one broker
 * transaction, committed only after its record is written and before that record commits: a
 * failure before the broker commit leaves the message where it was and nothing recorded.
 */
@Service
public class DeadLetters {

    static final String REASON_HEADER = "govhub_dlq_reason";
    static final String EXCHANGE_HEADER = "govhub_exchange_id";
    /** Set by Artemis when it moves a message that reached its maximum delivery attempts. */
    static final String ORIGINAL_QUEUE_HEADER = "_AMQ_ORIG_QUEUE";
    static final String DUPLICATE_ID_HEADER = "_AMQ_DUPL_ID";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,80}");
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    private final ConnectionFactory connections;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final ObjectMapper mapper;
    private final List<String> queues = new ArrayList<>();

    public DeadLetters(ConnectionFactory connections, JdbcTemplate jdbc, TransactionTemplate tx,
                       MandateCatalog catalog, AuditLog audit, ObjectMapper mapper) {
        this.connections = connections;
        this.jdbc = jdbc;
        this.tx = tx;
        this.audit = audit;
        this.mapper = mapper;
        new BrokerTopology(catalog).allQueues().forEach(q -> queues.add(BrokerTopology.DLQ_PREFIX + q));
        queues.add("DLQ");
    }

    public List<String> queues() {
        return Collections.unmodifiableList(queues);
    }

    /** Every dead letter now waiting, oldest first per queue, without bodies. */
    public List<DeadLetter> list() throws JMSException {
        List<DeadLetter> out = new ArrayList<>();
        for (String q : queues) {
            browse(q, null, m -> out.add(read(q, m, false)));
        }
        return out;
    }

    /** One dead letter with its original bytes and headers. */
    public Optional<DeadLetter> inspect(String id) throws JMSException {
        if (!ID.matcher(id).matches()) {
            return Optional.empty();
        }
        List<DeadLetter> found = new ArrayList<>();
        for (String q : queues) {
            browse(q, selector(id), m -> found.add(read(q, m, true)));
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
        }
        return Optional.empty();
    }

    /** Sends the dead letter back to its queue; {@code actor} (who asked) and {@code note} (why) go into the audit log. */
    public DeadLetterAction replay(String id, String note, String actor) throws DeadLetterException, JMSException {
        return act(id, "REPLAY", note, actor);
    }

    public DeadLetterAction discard(String id, String note, String actor) throws DeadLetterException, JMSException {
        if (note == null || note.isBlank()) {
            throw new DeadLetterException(HttpStatus.BAD_REQUEST, "dead-letter-note-required",
                    "discarding a dead letter needs a note saying why");
        }
        return act(id, "DISCARD", note, actor);
    }

    public List<DeadLetterAction> actions() {
        return jdbc.query("select * from dead_letter_action order by acted_at", (rs, n) -> action(rs));
    }

    private DeadLetterAction act(String id, String action, String note, String actor)
            throws DeadLetterException, JMSException {
        Optional<DeadLetterAction> before = recorded(id);
        if (before.isPresent()) {
            return sameAgain(before.get(), action);
        }
        DeadLetter letter = inspect(id).orElseThrow(() -> new DeadLetterException(HttpStatus.NOT_FOUND,
                "dead-letter-not-found", "no dead letter with id '" + id + "'"));
        if ("REPLAY".equals(action) && letter.targetQueue() == null) {
            throw new DeadLetterException(HttpStatus.CONFLICT, "dead-letter-no-target",
                    "dead letter '" + id + "' does not say which queue it came from; it can only be discarded");
        }
        UUID actionId = UUID.randomUUID();
        try (Connection c = connections.createConnection();
             Session session = c.createSession(true, Session.SESSION_TRANSACTED)) {
            c.start();
            MessageConsumer consumer = session.createConsumer(session.createQueue(letter.deadLetterQueue()), selector(id));
            Message m = consumer.receive(5000);
            consumer.close();
            if (m == null) {
                // Taken meanwhile by another operator's request: that one's record answers.
                session.rollback();
                Optional<DeadLetterAction> other = recorded(id);
                if (other.isPresent()) {
                    return sameAgain(other.get(), action);
                }
                throw new DeadLetterException(HttpStatus.NOT_FOUND, "dead-letter-not-found",
                        "dead letter '" + id + "' is no longer in " + letter.deadLetterQueue());
            }
            byte[] body = bytes(m);
            Boolean done = tx.execute(status -> {
                int inserted = jdbc.update("""
                        insert into dead_letter_action (id, message_id, dead_letter_queue, target_queue, action, dlq_reason,
                                                        note, exchange_id, body)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (message_id) do nothing""",
                        actionId, id, letter.deadLetterQueue(), letter.targetQueue(), action, letter.reason(), note,
                        letter.exchangeId(), body);
                if (inserted == 0) {
                    return false;
                }
                if ("REPLAY".equals(action)) {
                    // In this transaction: the replay and its audit record commit together, or neither does.
                    audit.record("REPLAY", uuidOrNull(letter.exchangeId()), mandateOf(body), agencyOf(letter.targetQueue()),
                            null, List.of(), List.of(), replayDetail(actor, id, letter, note));
                }
                try {
                    if ("REPLAY".equals(action)) {
                        send(session, letter, m, id);
                    }
                    session.commit();
                } catch (JMSException e) {
                    status.setRollbackOnly();
                    throw new DeadLetterBrokerException(e);
                }
                return true;
            });
            if (!Boolean.TRUE.equals(done)) {
                session.rollback();
                return sameAgain(recorded(id).orElseThrow(), action);
            }
        } catch (DeadLetterBrokerException e) {
            throw e.jms();
        }
        LOG.info("dead letter {} from {}: {} (exchange {})", id, letter.deadLetterQueue(), action, letter.exchangeId());
        return recorded(id).orElseThrow();
    }

    /** Who replayed which message from where to where, and why: the audit record's detail. */
    static String replayDetail(String actor, String id, DeadLetter letter, String note) {
        return "by=" + actor + "; message=" + id + "; from=" + letter.deadLetterQueue() + "; to=" + letter.targetQueue()
                + "; dlqReason=" + letter.reason() + "; note=" + (note == null || note.isBlank() ? "(none)" : note.strip());
    }

    private static UUID uuidOrNull(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The agency of a command queue ({@code agency.<agency>.<command>.v<n>}), else null. */
    static String agencyOf(String queue) {
        if (queue == null || !queue.startsWith("agency.")) {
            return null;
        }
        String[] parts = queue.split("\\.");
        return parts.length >= 3 ? parts[1] : null;
    }

    /** The mandate a command carries, when the dead letter is a readable command. */
    private String mandateOf(byte[] body) {
        try {
            JsonNode mandate = mapper.readTree(body).path("mandate");
            return mandate.isTextual() ? mandate.asText() : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static void send(Session session, DeadLetter letter, Message original, String id) throws JMSException {
        Message copy;
        if (original instanceof TextMessage t) {
            copy = session.createTextMessage(t.getText());
        } else {
            BytesMessage b = session.createBytesMessage();
            b.writeBytes(bytes(original));
            copy = b;
        }
        for (Enumeration<?> names = original.getPropertyNames(); names.hasMoreElements(); ) {
            String name = (String) names.nextElement();
            if (!name.startsWith("_AMQ") && !name.startsWith("JMSX") && !REASON_HEADER.equals(name)) {
                copy.setObjectProperty(name, original.getObjectProperty(name));
            }
        }
        // A new duplicate id: the original's was consumed, so the broker would drop the replay
        // under it; under this one it drops a second send of the same replay.
        copy.setStringProperty(DUPLICATE_ID_HEADER, "replay:" + id);
        try (MessageProducer producer = session.createProducer(session.createQueue(letter.targetQueue()))) {
            producer.send(copy);
        }
    }

    private static DeadLetterAction sameAgain(DeadLetterAction before, String action) throws DeadLetterException {
        if (!before.action().equals(action)) {
            throw new DeadLetterException(HttpStatus.CONFLICT, "dead-letter-already-handled",
                    "dead letter '" + before.messageId() + "' was already handled: " + before.action());
        }
        return before.asRepeat();
    }

    private Optional<DeadLetterAction> recorded(String id) {
        return jdbc.query("select * from dead_letter_action where message_id = ?", (rs, n) -> action(rs), id)
                .stream().findFirst();
    }

    private static DeadLetterAction action(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new DeadLetterAction(rs.getObject("id", UUID.class), rs.getString("message_id"),
                rs.getString("dead_letter_queue"), rs.getString("target_queue"), rs.getString("action"),
                rs.getString("dlq_reason"), rs.getString("note"), rs.getString("exchange_id"),
                rs.getObject("acted_at", OffsetDateTime.class), false);
    }

    private DeadLetter read(String queue, Message m, boolean full) throws JMSException {
        String id = m.getJMSMessageID() == null ? "" : m.getJMSMessageID().replaceFirst("^ID:", "");
        String target = queue.startsWith(BrokerTopology.DLQ_PREFIX)
                ? queue.substring(BrokerTopology.DLQ_PREFIX.length())
                : m.getStringProperty(ORIGINAL_QUEUE_HEADER);
        String reason = m.getStringProperty(REASON_HEADER);
        if (reason == null && m.propertyExists(ORIGINAL_QUEUE_HEADER)) {
            reason = "MAX_DELIVERY_ATTEMPTS: the broker gave up after repeated rollbacks";
        }
        byte[] body = bytes(m);
        Map<String, Object> headers = null;
        if (full) {
            headers = new LinkedHashMap<>();
            for (Enumeration<?> names = m.getPropertyNames(); names.hasMoreElements(); ) {
                String name = (String) names.nextElement();
                headers.put(name, String.valueOf(m.getObjectProperty(name)));
            }
        }
        return new DeadLetter(id, queue, target, reason, m.getStringProperty(EXCHANGE_HEADER),
                OffsetDateTime.ofInstant(Instant.ofEpochMilli(m.getJMSTimestamp()), ZoneOffset.UTC),
                m.propertyExists("JMSXDeliveryCount") ? m.getIntProperty("JMSXDeliveryCount") : 0, body.length,
                full ? new String(body, StandardCharsets.UTF_8) : null, headers);
    }

    private static byte[] bytes(Message m) throws JMSException {
        if (m instanceof TextMessage t) {
            return t.getText() == null ? new byte[0] : t.getText().getBytes(StandardCharsets.UTF_8);
        }
        if (m instanceof BytesMessage b) {
            b.reset();
            byte[] out = new byte[(int) b.getBodyLength()];
            b.readBytes(out);
            b.reset();
            return out;
        }
        return new byte[0];
    }

    private static String selector(String id) {
        return "JMSMessageID = 'ID:" + id + "'";
    }

    @FunctionalInterface
    private interface MessageVisitor {
        void visit(Message m) throws JMSException;
    }

    private void browse(String queue, String selector, MessageVisitor visitor) throws JMSException {
        try (Connection c = connections.createConnection();
             Session session = c.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            c.start();
            try (QueueBrowser browser = selector == null ? session.createBrowser(session.createQueue(queue))
                    : session.createBrowser(session.createQueue(queue), selector)) {
                for (Enumeration<?> e = browser.getEnumeration(); e.hasMoreElements(); ) {
                    visitor.visit((Message) e.nextElement());
                }
            }
        }
    }

    /** Carries a broker failure out of the database transaction callback, which cannot throw it. */
    private static final class DeadLetterBrokerException extends IllegalStateException {
        DeadLetterBrokerException(JMSException cause) {
            super(cause);
        }

        JMSException jms() {
            return (JMSException) getCause();
        }
    }
}
