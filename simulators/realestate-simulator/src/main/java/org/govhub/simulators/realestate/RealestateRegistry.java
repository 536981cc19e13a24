package org.govhub.simulators.realestate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.govhub.simulators.realestate.RegistryRequests.OutcomeReport;
import org.govhub.simulators.realestate.RegistryRequests.TransferRequest;
import org.govhub.simulators.realestate.RegistryRequests.UtilityResult;
import org.govhub.simulators.support.GaotangSeed;
import org.govhub.simulators.support.GaotangSeed.Party;
import org.govhub.simulators.support.ResettableState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.govhub.simulators.support.hub.HubEventPusher;
import org.springframework.stereotype.Component;

/**
 * The registry's state: the units and their owners, seeded from {@link GaotangSeed}, and every
 * transfer registered since, with its event, its delivery to the hub and the utilities'
 * outcome. Registering a transfer changes the unit's owner and certificate, then pushes the
 * event to the hub outside the lock, as the real system would after committing.
 */
@Component
public class RealestateRegistry implements ResettableState {

    /** A unit as registered now. */
    public record Unit(String unitNumber, String certificateNo, String address, String divisionCode, double area,
                       String use, Party owner) {

        Unit withOwner(Party newOwner, String newCertificateNo) {
            return new Unit(unitNumber, newCertificateNo, address, divisionCode, area, use, newOwner);
        }
    }

    /** The utilities' outcome as last reported, under the report's command id. */
    public record UtilityOutcome(String commandId, String outcome, List<UtilityResult> utilities,
                                 OffsetDateTime recordedAt) {
    }

    /** What the registry answered a report; a repeat of its command id gets it again. */
    public record Receipt(String applicationNo, String commandId, String status, OffsetDateTime recordedAt) {
    }

    /** A transfer registration, immutable: every change stores a new one. */
    public record Transfer(String applicationNo, String unitNumber, String certificateNo, String previousCertificateNo,
                           String address, LocalDate transferDate, OffsetDateTime registeredAt, String price,
                           Party newOwner, Party previousOwner, String cloudEvent, HubDelivery hubDelivery,
                           UtilityOutcome utilityOutcome, int outcomeReports) {

        Transfer withDelivery(HubDelivery delivery) {
            return new Transfer(applicationNo, unitNumber, certificateNo, previousCertificateNo, address, transferDate,
                    registeredAt, price, newOwner, previousOwner, cloudEvent, delivery, utilityOutcome, outcomeReports);
        }

        Transfer withOutcome(UtilityOutcome outcome) {
            return new Transfer(applicationNo, unitNumber, certificateNo, previousCertificateNo, address, transferDate,
                    registeredAt, price, newOwner, previousOwner, cloudEvent, hubDelivery, outcome, outcomeReports + 1);
        }
    }

    static final String EVENT_TYPE = "gov.realestate.transfer-registered.v1";
    private static final Logger LOG = LoggerFactory.getLogger(RealestateRegistry.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter APPLICATION_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    /** New certificates are numbered after the seeded ones. */
    private static final int FIRST_CERTIFICATE = 2001;

    private final GaotangSeed seed;
    private final HubEventPusher pusher;
    private final ObjectMapper mapper;
    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final Map<String, Transfer> transfers = new LinkedHashMap<>();
    private final Map<String, Receipt> receipts = new HashMap<>();
    private int sequence;

    public RealestateRegistry(GaotangSeed seed, HubEventPusher pusher, ObjectMapper mapper) {
        this.seed = seed;
        this.pusher = pusher;
        this.mapper = mapper;
        reset();
    }

    @Override
    public synchronized void reset() {
        units.clear();
        transfers.clear();
        receipts.clear();
        sequence = 0;
        for (GaotangSeed.Property p : seed.properties()) {
            units.put(p.unitNumber(), new Unit(p.unitNumber(), p.certificateNo(), p.address(), seed.divisionCode(),
                    p.area(), p.use(), p.owner()));
        }
    }

    public synchronized Optional<Unit> unit(String unitNumber) {
        return Optional.ofNullable(units.get(unitNumber));
    }

    public synchronized Optional<Transfer> transfer(String applicationNo) {
        return Optional.ofNullable(transfers.get(applicationNo));
    }

    public synchronized List<Transfer> transfers() {
        return List.copyOf(transfers.values());
    }

    /** Registers the transfer, then pushes its event to the hub; the registration stands either way. */
    public Transfer registerAndPush(TransferRequest request) {
        Transfer registered = register(request);
        return push(registered.applicationNo());
    }

    /** Pushes the transfer's event (the same CloudEvent every time) and records the result. */
    public Transfer push(String applicationNo) {
        Transfer transfer = transfer(applicationNo).orElseThrow(RealestateRefusal::applicationNotFound);
        HubDelivery result = HubDelivery.of(pusher.push("realestate", transfer.cloudEvent()));
        synchronized (this) {
            Transfer current = transfers.get(applicationNo);
            Transfer updated = current.withDelivery(result.after(current.hubDelivery()));
            transfers.put(applicationNo, updated);
            LOG.info("realestate: transfer {} event {} -> hub {} (attempt {})", applicationNo,
                    updated.hubDelivery().eventId(), updated.hubDelivery().status(), updated.hubDelivery().attempts());
            return updated;
        }
    }

    /** Records the hub's report, once per command id; a repeat answers the first receipt. */
    public synchronized Receipt report(OutcomeReport report) {
        Transfer transfer = transfers.get(report.applicationNo());
        if (transfer == null) {
            throw RealestateRefusal.applicationNotFound();
        }
        if (!transfer.unitNumber().equals(report.unitNumber())) {
            throw RealestateRefusal.unitMismatch();
        }
        String key = report.applicationNo() + " " + report.commandId();
        Receipt earlier = receipts.get(key);
        if (earlier != null) {
            return earlier;
        }
        OffsetDateTime now = now();
        transfers.put(transfer.applicationNo(), transfer.withOutcome(
                new UtilityOutcome(report.commandId(), report.outcome(), report.utilities(), now)));
        Receipt receipt = new Receipt(report.applicationNo(), report.commandId(), "RECORDED", now);
        receipts.put(key, receipt);
        LOG.info("realestate: transfer {} utility outcome {} recorded (command {})", report.applicationNo(),
                report.outcome(), report.commandId());
        return receipt;
    }

    private synchronized Transfer register(TransferRequest request) {
        Unit unit = units.get(request.unitNumber());
        if (unit == null) {
            throw RealestateRefusal.unitNotFound();
        }
        Party buyer = request.buyer();
        if (buyer.idType().equals(unit.owner().idType()) && buyer.idNumber().equals(unit.owner().idNumber())) {
            throw RealestateRefusal.invalid("buyer: already owns this unit");
        }
        OffsetDateTime registeredAt = now();
        LocalDate transferDate = registeredAt.toLocalDate();
        int n = ++sequence;
        String applicationNo = "GT" + APPLICATION_DATE.format(transferDate) + String.format(Locale.ROOT, "%04d", n);
        String certificateNo = String.format(Locale.ROOT, "鲁(%d)高唐县不动产权第%07d号", transferDate.getYear(), FIRST_CERTIFICATE + n - 1);
        Unit transferred = unit.withOwner(buyer, certificateNo);
        units.put(unit.unitNumber(), transferred);

        String eventId = UUID.randomUUID().toString();
        Transfer transfer = new Transfer(applicationNo, unit.unitNumber(), certificateNo, unit.certificateNo(),
                unit.address(), transferDate, registeredAt, request.price(), buyer, unit.owner(),
                cloudEvent(eventId, registeredAt, applicationNo, transferred, transferDate, request.price(), unit.owner()),
                HubDelivery.pending(eventId), null, 0);
        transfers.put(applicationNo, transfer);
        LOG.info("realestate: registered transfer {} of unit {}", applicationNo, unit.unitNumber());
        return transfer;
    }

    /** The structured CloudEvent, written once so that every re-send is byte for byte the same. */
    private String cloudEvent(String eventId, OffsetDateTime time, String applicationNo, Unit unit, LocalDate transferDate,
                              String price, Party previousOwner) {
        ObjectNode event = mapper.createObjectNode()
                .put("specversion", "1.0")
                .put("id", eventId)
                .put("source", "realestate")
                .put("type", EVENT_TYPE)
                .put("time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time))
                .put("datacontenttype", "application/json");
        ObjectNode data = event.putObject("data")
                .put("applicationNo", applicationNo)
                .put("unitNumber", unit.unitNumber())
                .put("certificateNo", unit.certificateNo())
                .put("address", unit.address())
                .put("divisionCode", unit.divisionCode())
                .put("transferDate", transferDate.toString())
                .put("area", unit.area())
                .put("use", unit.use())
                .put("price", price);
        party(data.putObject("newOwner"), unit.owner());
        party(data.putObject("previousOwner"), previousOwner);
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the transfer event", e);
        }
    }

    private static void party(ObjectNode node, Party party) {
        node.put("name", party.name()).put("idType", party.idType()).put("idNumber", party.idNumber());
        if (party.phone() != null) {
            node.put("phone", party.phone());
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(CHINA).truncatedTo(ChronoUnit.MILLIS);
    }
}
