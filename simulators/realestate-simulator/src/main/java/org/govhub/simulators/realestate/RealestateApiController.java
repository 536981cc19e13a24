package org.govhub.simulators.realestate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.govhub.simulators.realestate.RealestateRegistry.Receipt;
import org.govhub.simulators.realestate.RealestateRegistry.Transfer;
import org.govhub.simulators.realestate.RealestateRegistry.Unit;
import org.govhub.simulators.realestate.RealestateRegistry.UtilityOutcome;
import org.govhub.simulators.support.GaotangSeed.Party;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The registry's API, {@code contracts/agencies/realestate.v1.yaml}, under {@code /realestate}. */
@RestController
@RequestMapping(path = "/realestate/api/v1", produces = "application/json")
public class RealestateApiController {

    /** An owner as the API shows one: the phone stays inside the registry. */
    public record PartyView(String name, String idType, String idNumber) {
        static PartyView of(Party party) {
            return new PartyView(party.name(), party.idType(), party.idNumber());
        }
    }

    public record UnitView(String unitNumber, String certificateNo, String address, String divisionCode, double area,
                           String use, PartyView owner) {
        static UnitView of(Unit unit) {
            return new UnitView(unit.unitNumber(), unit.certificateNo(), unit.address(), unit.divisionCode(),
                    unit.area(), unit.use(), PartyView.of(unit.owner()));
        }
    }

    public record RegistrationView(String applicationNo, String certificateNo, String unitNumber, LocalDate transferDate,
                                   String status, HubDelivery hubDelivery) {
        static RegistrationView of(Transfer t) {
            return new RegistrationView(t.applicationNo(), t.certificateNo(), t.unitNumber(), t.transferDate(),
                    "REGISTERED", t.hubDelivery());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TransferView(String applicationNo, String unitNumber, String certificateNo,
                               String previousCertificateNo, String address, LocalDate transferDate,
                               OffsetDateTime registeredAt, String status, String price, PartyView newOwner,
                               PartyView previousOwner, HubDelivery hubDelivery, UtilityOutcome utilityOutcome) {
        static TransferView of(Transfer t) {
            return new TransferView(t.applicationNo(), t.unitNumber(), t.certificateNo(), t.previousCertificateNo(),
                    t.address(), t.transferDate(), t.registeredAt(), "REGISTERED", t.price(),
                    PartyView.of(t.newOwner()), PartyView.of(t.previousOwner()), t.hubDelivery(), t.utilityOutcome());
        }
    }

    record ErrorView(String code, String message) {
    }

    private final RealestateRegistry registry;

    public RealestateApiController(RealestateRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/units/{unitNumber}")
    public UnitView unit(@PathVariable String unitNumber) {
        RegistryRequests.unitNumber(unitNumber);
        return registry.unit(unitNumber).map(UnitView::of).orElseThrow(RealestateRefusal::unitNotFound);
    }

    @PostMapping("/transfers")
    @ResponseStatus(HttpStatus.CREATED)
    public RegistrationView register(@RequestBody JsonNode body) {
        return RegistrationView.of(registry.registerAndPush(RegistryRequests.transfer(body)));
    }

    @GetMapping("/transfers/{applicationNo}")
    public TransferView transfer(@PathVariable String applicationNo) {
        RegistryRequests.applicationNo(applicationNo);
        return registry.transfer(applicationNo).map(TransferView::of).orElseThrow(RealestateRefusal::applicationNotFound);
    }

    @PostMapping("/transfers/{applicationNo}/utility-outcome")
    public Receipt reportUtilityOutcome(@PathVariable String applicationNo, @RequestBody JsonNode body) {
        RegistryRequests.applicationNo(applicationNo);
        if (registry.transfer(applicationNo).isEmpty()) {
            throw RealestateRefusal.applicationNotFound();
        }
        return registry.report(RegistryRequests.outcome(body, applicationNo));
    }

    @ExceptionHandler(RealestateRefusal.class)
    ResponseEntity<ErrorView> refused(RealestateRefusal refusal) {
        return ResponseEntity.status(refusal.status()).body(new ErrorView(refusal.code(), refusal.getMessage()));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<ErrorView> unreadable() {
        return ResponseEntity.badRequest().body(new ErrorView(RealestateRefusal.INVALID_REQUEST, "the body must be a JSON object"));
    }
}
