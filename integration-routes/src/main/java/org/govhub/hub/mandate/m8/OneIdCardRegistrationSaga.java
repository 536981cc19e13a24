package org.govhub.hub.mandate.m8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.govhub.hub.exchange.ExchangeRepository;
import org.govhub.hub.exchange.Obligation;
import org.govhub.hub.exchange.ObligationStatus;
import org.govhub.hub.mandate.MandateExecutor;
import org.govhub.hub.mandate.MandateExecutor.Withheld;
import org.govhub.hub.mandate.OutgoingCommand;
import org.govhub.hub.saga.Sagas;
import org.govhub.hub.saga.Sagas.Decision;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * M8's saga, one per application at real estate's window (keyed by {@code applicationNo}): the
 * request starts it; each provider's share is forwarded only if that provider was asked for
 * this application (its request was sent, so the buyer's consent was on record then) and, for
 * the filing, names the application's unit. Anything else is refused in its exchange, nothing
 * forwarded: UNKNOWN_APPLICATION, NOT_REQUESTED, UNIT_MISMATCH. Tax's own consent rule is
 * checked again when a share arrives, so a revoked consent stops it there (NO_CONSENT).
 */
@Component
public class OneIdCardRegistrationSaga {

    static final String OPEN = "OPEN";
    private static final String MANDATE = OneIdCardRegistrationRoute.MANDATE;
    /** Which provider's request, in the first step, each share answers. */
    private static final Map<String, String> PROVIDER_OF = Map.of(
            "gov.housing.sale-contract-filing-shared.v1", "housing",
            "gov.publicsecurity.household-registration-shared.v1", "publicsecurity",
            "gov.civil.marriage-status-shared.v1", "civil");

    private final MandateExecutor mandates;
    private final ExchangeRepository exchanges;
    private final Sagas sagas;
    private final ObjectMapper mapper;

    public OneIdCardRegistrationSaga(MandateExecutor mandates, ExchangeRepository exchanges, Sagas sagas,
                                     ObjectMapper mapper) {
        this.mandates = mandates;
        this.exchanges = exchanges;
        this.sagas = sagas;
        this.mapper = mapper;
    }

    /** The window's request: the saga starts and each provider is asked (the consent rules decide which). */
    @Transactional
    public List<OutgoingCommand> ask(String event, String exchangeId) {
        JsonNode cloudEvent = read(event);
        JsonNode data = cloudEvent.path("data");
        Decision d = sagas.start(MANDATE, data.path("applicationNo").asText(), UUID.fromString(exchangeId),
                cloudEvent.path("type").asText(), OPEN, Map.of("unitNumber", data.path("unitNumber").asText()));
        return mandates.fanOut(MANDATE, event, exchangeId, refusedUnless(d, "DUPLICATE_APPLICATION",
                "an application with this number was already received as another event"));
    }

    /** A provider's share: forwarded if its provider was asked for this application. */
    @Transactional
    public List<OutgoingCommand> share(String event, String exchangeId) {
        JsonNode cloudEvent = read(event);
        String type = cloudEvent.path("type").asText();
        JsonNode data = cloudEvent.path("data");
        String provider = PROVIDER_OF.get(type);
        Decision d = sagas.advance(MANDATE, data.path("applicationNo").asText(), UUID.fromString(exchangeId), type, saga -> {
            if (data.has("unitNumber") && !data.get("unitNumber").asText().equals(saga.attributes().get("unitNumber"))) {
                return Decision.refuse(saga.state(), "UNIT_MISMATCH", "the filing names another unit than the application");
            }
            Optional<Obligation> request = exchanges.obligations(saga.startedBy()).stream()
                    .filter(o -> o.recipient().equals(provider)).findFirst();
            boolean asked = request.map(o -> o.status() == ObligationStatus.PENDING || o.status() == ObligationStatus.APPLIED)
                    .orElse(false);
            return asked ? Decision.accept(saga.state(), saga.state())
                    : Decision.refuse(saga.state(), "NOT_REQUESTED", provider + " was not asked to share for this application"
                            + request.map(o -> " (" + o.reasonCode() + ")").orElse(""));
        });
        return mandates.fanOut(MANDATE, event, exchangeId, refusedUnless(d, "UNKNOWN_APPLICATION",
                "no application with this number is known to the hub"));
    }

    private static java.util.function.Function<org.govhub.contracts.mandate.MandateDeclaration.Recipient, Optional<Withheld>>
            refusedUnless(Decision d, String genericCode, String genericReason) {
        if (d.accepted()) {
            return r -> Optional.empty();
        }
        boolean generic = "UNKNOWN_CORRELATION".equals(d.reasonCode()) || "DUPLICATE_CORRELATION".equals(d.reasonCode());
        Withheld w = new Withheld(ObligationStatus.REJECTED, generic ? genericCode : d.reasonCode(),
                generic ? genericReason : d.reason());
        return r -> Optional.of(w);
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
