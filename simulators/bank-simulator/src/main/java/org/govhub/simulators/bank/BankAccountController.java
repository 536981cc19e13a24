package org.govhub.simulators.bank;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.govhub.simulators.support.RequestChecks;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The bank's enterprise-account interface, contracts/agencies/bank.v1.yaml. */
@RestController
@RequestMapping(path = "/bank/accounts", produces = MediaType.APPLICATION_JSON_VALUE)
class BankAccountController {

    private final BankAccounts accounts;
    private final ObjectMapper mapper;

    BankAccountController(BankAccounts accounts, ObjectMapper mapper) {
        this.accounts = accounts;
        this.mapper = mapper;
    }

    // --- M4 enterprise-startup-bundle ---
    @PostMapping(path = "/openings", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ObjectNode> open(@RequestBody JsonNode body) {
        return RequestChecks.of(body)
                .only(Set.of("requestNo", "uscc", "companyName", "companyType", "registeredAddress",
                        "registeredCapital", "legalRep", "bankCode", "branchName"))
                .text("requestNo", 1, 100, true)
                .uscc("uscc")
                .text("companyName", 2, 100, true)
                .oneOf("companyType", Set.of("LIMITED_LIABILITY_COMPANY", "JOINT_STOCK_COMPANY", "SOLE_PROPRIETORSHIP",
                        "PARTNERSHIP", "FARMERS_COOPERATIVE"), true)
                .text("registeredAddress", 2, 200, true)
                .pattern("registeredCapital", "^\\d{1,13}(\\.\\d{1,2})?$", "must be an amount in yuan", false)
                .text("legalRep.name", 1, 100, true)
                .oneOf("legalRep.idType", Set.of("RESIDENT_ID"), true)
                .residentId("legalRep.idNo")
                .pattern("legalRep.mobile", "^1[3-9]\\d{9}$", "must be an 11-digit mobile number", false)
                .pattern("bankCode", "^\\d{12}$", "must be 12 digits", true)
                .text("branchName", 2, 100, true)
                .problem()
                .map(this::invalid)
                .orElseGet(() -> ResponseEntity.ok(accounts.open(body)));
    }

    // --- M5 enterprise-deregistration ---
    @PostMapping(path = "/closures", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ObjectNode> close(@RequestBody JsonNode body) {
        return RequestChecks.of(body)
                .only(Set.of("requestNo", "uscc", "companyName", "deregisteredDate"))
                .text("requestNo", 1, 100, true)
                .uscc("uscc")
                .text("companyName", 2, 100, true)
                .isoDate("deregisteredDate", true)
                .problem()
                .map(this::invalid)
                .orElseGet(() -> ResponseEntity.ok(accounts.close(body)));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ObjectNode> unreadable() {
        return invalid("body: not a JSON object");
    }

    private ResponseEntity<ObjectNode> invalid(String why) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(mapper.createObjectNode().put("resultCode", "INVALID_REQUEST").put("message", why));
    }
}
