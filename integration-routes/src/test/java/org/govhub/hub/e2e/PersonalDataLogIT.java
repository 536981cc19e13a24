package org.govhub.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Nothing personal in the hub's logs: M1 runs with seeded, recognisable people (a transfer that
 * completes, one a utility refuses, one that rides out a utility's outage with retries, an
 * invalid event and a forbidden one carrying personal data), and every log line the hub wrote
 * meanwhile, stack traces included, is searched for their names, ID numbers and phone numbers.
 */
class PersonalDataLogIT extends EndToEndSupport {

    /** Every line the hub's loggers write while this class runs. */
    static final List<String> LINES = new CopyOnWriteArrayList<>();
    static final AppenderBase<ILoggingEvent> CAPTURE = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
            event.getMDCPropertyMap().forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                line.append('\n').append(t.getClassName()).append(": ").append(t.getMessage());
                for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
                    line.append('\n').append(frame.getSTEAsString());
                }
            }
            LINES.add(line.toString());
        }
    };

    /**
     * Attached once the hub runs: Spring Boot resets Logback as it starts, which would drop an
     * appender attached earlier (the capture check below fails when that happens).
     */
    @BeforeEach
    void attach() {
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        CAPTURE.setContext(root.getLoggerContext());
        CAPTURE.start();
        root.addAppender(CAPTURE);
    }

    @AfterEach
    void detach() {
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                .detachAppender(CAPTURE);
    }

    @Test
    void noLogLineNamesAPersonOrCarriesTheirIdOrPhone() {
        JsonNode seed = seed();
        List<String> exchanges = new ArrayList<>();
        // Water refuses property 4 for arrears: the refusal path.
        exchanges.add(accepted(registerTransfer(4, 8)));
        // Gas is down for a while: retries, errors and their stack traces.
        sims().post().uri("/_sim/gas/faults?outageSeconds=3").retrieve().toBodilessEntity();
        try {
            exchanges.add(accepted(registerTransfer(13, 9)));
            exchanges.forEach(this::awaitCompleted);
        } finally {
            sims().delete().uri("/_sim/gas/faults").retrieve().toBodilessEntity();
        }
        // An invalid event and a forbidden one, both full of personal data.
        ObjectNode invalid = event(seed.path("properties").path(14), seed.path("buyers").path(10));
        ((ObjectNode) invalid.path("data").path("newOwner")).put("idNumber", "371526199001010014");
        assertThat(postEvent(invalid.toString()).status().value()).isEqualTo(400);
        ObjectNode forbidden = event(seed.path("properties").path(14), seed.path("buyers").path(11));
        assertThat(postEventAs("water", forbidden.toString()).status().value()).isEqualTo(403);
        for (String exchangeId : exchanges) {
            await().atMost(COMPLETION).until(() -> allObligationsFinal(exchange(exchangeId))
                    && exchange(exchangeId).path("obligations").size() >= 6);
        }

        List<String> personal = new ArrayList<>();
        for (int p : new int[] {4, 13, 14}) {
            addPerson(personal, seed.path("properties").path(p).path("owner"));
        }
        for (int b : new int[] {8, 9, 10, 11}) {
            addPerson(personal, seed.path("buyers").path(b));
        }
        personal.add("371526199001010014");

        assertThat(String.join("\n", LINES)).as("the capture saw these runs").contains(exchanges.get(0), exchanges.get(1));
        for (String line : LINES) {
            for (String value : personal) {
                assertThat(line).as("a log line carries personal data").doesNotContain(value);
            }
        }
    }

    private static void addPerson(List<String> out, JsonNode person) {
        for (String field : List.of("name", "idNumber", "phone")) {
            String value = person.path(field).asText();
            assertThat(value).as("seed person has a " + field).isNotBlank();
            out.add(value);
        }
    }

    private static String accepted(JsonNode transfer) {
        JsonNode delivery = transfer.path("hubDelivery");
        assertThat(delivery.path("status").asText()).as("hub accepted: " + delivery).isEqualTo("ACCEPTED");
        return delivery.path("exchangeId").asText();
    }

    private ObjectNode event(JsonNode property, JsonNode buyer) {
        ObjectNode event = mapper.createObjectNode();
        event.put("specversion", "1.0").put("id", UUID.randomUUID().toString()).put("source", "realestate")
                .put("type", "gov.realestate.transfer-registered.v1").put("datacontenttype", "application/json");
        ObjectNode data = event.putObject("data");
        data.put("applicationNo", "GT20261125T4242").put("unitNumber", property.path("unitNumber").asText())
                .put("certificateNo", property.path("certificateNo").asText())
                .put("address", property.path("address").asText())
                .put("divisionCode", "371526").put("transferDate", "2026-11-25").put("price", "650000.00");
        data.set("newOwner", buyer.deepCopy());
        data.set("previousOwner", property.path("owner").deepCopy());
        return event;
    }
}
