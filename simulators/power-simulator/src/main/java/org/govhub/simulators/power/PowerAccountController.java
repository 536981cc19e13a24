package org.govhub.simulators.power;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The power utility's account interface, contracts/agencies/power.v1.yaml. */
@RestController
@RequestMapping(path = "/power/api/v1/accounts", produces = MediaType.APPLICATION_JSON_VALUE)
class PowerAccountController {

    private final PowerAccounts accounts;
    /** The utility refuses fields its interface does not name, so nothing extra is ever stored. */
    private final ObjectReader strict;

    PowerAccountController(PowerAccounts accounts, ObjectMapper mapper) {
        this.accounts = accounts;
        this.strict = mapper.reader().with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @GetMapping
    ResponseEntity<?> findByUnit(@RequestParam String bdcdyh) {
        if (!PowerApi.UNIT_NUMBER.matcher(bdcdyh).matches()) {
            return invalid("bdcdyh: must be a 28-character property unit number");
        }
        return accounts.findByUnit(bdcdyh).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(PowerAccountController::notFound);
    }

    @PostMapping(path = "/{consNo}/verification", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> verify(@PathVariable String consNo, @RequestBody JsonNode body) {
        PowerApi.VerificationRequest request = read(body, PowerApi.VerificationRequest.class);
        Optional<String> violation = consNoViolation(consNo).or(request::violation);
        if (violation.isPresent()) {
            return invalid(violation.get());
        }
        return accounts.verify(consNo).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(PowerAccountController::notFound);
    }

    @PostMapping(path = "/{consNo}/transfer", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> transfer(@PathVariable String consNo, @RequestBody JsonNode body) {
        PowerApi.TransferRequest request = read(body, PowerApi.TransferRequest.class);
        Optional<String> violation = consNoViolation(consNo).or(request::violation);
        if (violation.isPresent()) {
            return invalid(violation.get());
        }
        return accounts.transfer(consNo, request);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MissingServletRequestParameterException.class,
            UnreadableBody.class})
    ResponseEntity<?> unreadable(Exception e) {
        return invalid(e instanceof MissingServletRequestParameterException missing
                ? missing.getParameterName() + ": required"
                : "body: not a JSON object of this operation's fields");
    }

    private <T> T read(JsonNode body, Class<T> type) {
        if (!body.isObject()) {
            throw new UnreadableBody();
        }
        try {
            return strict.forType(type).readValue(body);
        } catch (IOException e) {
            throw new UnreadableBody();
        }
    }

    /** A body that is not this operation's JSON object; answered 400 like any unreadable body. */
    private static final class UnreadableBody extends RuntimeException {
        UnreadableBody() {
            super(null, null, false, false);
        }
    }

    private static Optional<String> consNoViolation(String consNo) {
        return PowerApi.CONS_NO.matcher(consNo).matches() ? Optional.empty() : Optional.of("consNo: must be 10 digits");
    }

    private static ResponseEntity<?> invalid(String message) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(PowerApi.ErrorBody.invalid(message));
    }

    private static ResponseEntity<?> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(PowerApi.ErrorBody.notFound());
    }
}
