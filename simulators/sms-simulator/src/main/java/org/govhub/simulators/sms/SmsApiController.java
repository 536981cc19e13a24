package org.govhub.simulators.sms;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.springframework.web.bind.annotation.RestController;

/** The SMS gateway's API, {@code contracts/agencies/sms.v1.yaml}, under {@code /sms}. */
@RestController
@RequestMapping(path = "/sms/v1/messages", produces = "application/json")
public class SmsApiController {

    /** Every refusal's body. */
    record ErrorAnswer(String code, String message, String requestId) {
    }

    private final SmsGateway gateway;

    public SmsApiController(SmsGateway gateway) {
        this.gateway = gateway;
    }

    @PostMapping
    public SmsGateway.SendAnswer send(@RequestBody JsonNode body) {
        return gateway.send(body);
    }

    @GetMapping("/{bizId}")
    public SmsGateway.MessageStatus status(@PathVariable String bizId) {
        return gateway.status(bizId).orElseThrow(() ->
                new SmsRefusal(404, SmsRefusal.MESSAGE_NOT_FOUND, "no message with this bizId"));
    }

    @ExceptionHandler(SmsRefusal.class)
    ResponseEntity<ErrorAnswer> refused(SmsRefusal refusal) {
        return ResponseEntity.status(refusal.status()).body(new ErrorAnswer(refusal.code(), refusal.getMessage(), SmsGateway.requestId()));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<ErrorAnswer> unreadable() {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new ErrorAnswer(SmsRefusal.INVALID_PARAMETERS,
                "the body must be a JSON object", SmsGateway.requestId()));
    }
}
