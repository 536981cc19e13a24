package org.govhub.connectors.support.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import org.govhub.contracts.command.AgencyCommand;
import org.govhub.contracts.mandate.FieldProjection;
import org.govhub.contracts.mandate.MandateCatalog;
import org.govhub.contracts.mandate.MandateDeclaration;

/**
 * A command as the hub makes it: the data of one of the published example events
 * ({@code contracts/examples}) projected through the mandate declaration's allow-list for one
 * recipient. A connector's test that sends it sends exactly what the declaration lets the hub
 * send that agency, and follows the declaration when its fields change.
 */
public final class MandateCommands {

    /** The exchange every command made here belongs to. */
    public static final String EXCHANGE_ID = "5f0c6a52-3f0e-4c4e-9a57-0b7c2b1d9e11";
    private static final OffsetDateTime ISSUED_AT = OffsetDateTime.parse("2026-11-25T10:00:00+08:00");

    private MandateCommands() {
    }

    /** The command id the hub gives {@code agency}'s {@code command} of {@code mandate} in {@link #EXCHANGE_ID}. */
    public static String commandId(String mandate, String agency, String command) {
        return EXCHANGE_ID + ":" + mandate + ":" + agency + ":" + command;
    }

    /**
     * The command {@code agency} receives in {@code flow} of {@code mandate} when the hub is handed
     * the example event {@code example} (a file name in {@code contracts/examples}).
     */
    public static AgencyCommand fromExample(ObjectMapper mapper, String example, String mandate, String flow,
                                            String agency) {
        MandateDeclaration declaration = MandateCatalog.fromClasspath().byId(mandate)
                .orElseThrow(() -> new IllegalArgumentException("no mandate " + mandate + " on the class path"));
        MandateDeclaration.Recipient recipient = declaration.flow(flow)
                .orElseThrow(() -> new IllegalArgumentException(mandate + " has no flow " + flow))
                .recipients().stream().filter(r -> r.agency().equals(agency)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(mandate + "/" + flow + " does not reach " + agency));
        JsonNode event;
        try (InputStream in = MandateCommands.class.getClassLoader().getResourceAsStream("contracts/examples/" + example)) {
            if (in == null) {
                throw new IllegalArgumentException("no example contracts/examples/" + example + " on the class path");
            }
            event = mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AgencyCommand(commandId(mandate, agency, recipient.command()), EXCHANGE_ID, event.path("id").asText(),
                mandate, agency, recipient.command(), ISSUED_AT, null,
                FieldProjection.project(event.path("data"), recipient.fields()));
    }
}
