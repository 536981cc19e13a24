package org.govhub.simulators.tax;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import org.govhub.simulators.support.hub.OriginatedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * M7 from the tax bureau's side: the transferee pays a judicial levy at the counter and the
 * bureau's system reports the payment to the hub as {@code gov.tax.deed-tax-paid.v1}, built from
 * the paid levy as the bureau holds it. Paying again re-sends the same report.
 */
@RestController
class TaxDeedTaxPaidReports {

    static final String PAID = "gov.tax.deed-tax-paid.v1";
    private static final Logger LOG = LoggerFactory.getLogger(TaxDeedTaxPaidReports.class);

    private final TaxJudicialLevies levies;
    private final OriginatedEvents events;
    private final ObjectMapper mapper;

    TaxDeedTaxPaidReports(TaxJudicialLevies levies, OriginatedEvents events, ObjectMapper mapper) {
        this.levies = levies;
        this.events = events;
        this.mapper = mapper;
    }

    /** Pays the levy (if it awaits payment) and reports the payment; 404 for a levy not awaiting or paid. */
    @PostMapping("/_sim/tax/levies/{levyNo}/payment-report")
    ResponseEntity<Object> payAndReport(@PathVariable String levyNo) {
        Optional<TaxJudicialLevies.Levy> paid = levies.pay(levyNo);
        if (paid.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(Map.of("error", "levyNo: no levy awaiting payment or paid with this number"));
        }
        TaxJudicialLevies.Levy levy = paid.get();
        ObjectNode data = mapper.createObjectNode()
                .put("caseNumber", levy.caseNumber())
                .put("unitNumber", levy.unitNumber())
                .put("levyNo", levy.levyNo())
                .put("taxPaymentCertificateNo", levy.certificateNo())
                .put("deedTax", levy.deedTax())
                .put("stampDuty", levy.stampDuty())
                .put("paidOn", levy.paidOn());
        data.putObject("taxpayer")
                .put("name", levy.taxpayer().name())
                .put("idType", levy.taxpayer().idType())
                .put("idNumber", levy.taxpayer().idNumber());
        OriginatedEvents.Event event = events.originate("tax", "paid " + levy.levyNo(), PAID, data);
        LOG.info("tax: levy {} paid, reported -> hub {}", levy.levyNo(), event.hubDelivery().status());
        return ResponseEntity.ok(event);
    }
}
