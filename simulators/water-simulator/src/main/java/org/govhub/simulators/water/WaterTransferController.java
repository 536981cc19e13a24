package org.govhub.simulators.water;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The water utility's 水过户 interface, contracts/agencies/water.v1.yaml. */
@RestController
@RequestMapping(path = "/water", produces = MediaType.APPLICATION_JSON_VALUE)
class WaterTransferController {

    private final WaterAccounts accounts;
    private final ObjectMapper mapper;

    WaterTransferController(WaterAccounts accounts, ObjectMapper mapper) {
        this.accounts = accounts;
        this.mapper = mapper;
    }

    /** Business outcomes are HTTP 200 with a code, as the utility's vendor does it; only a malformed request is 400. */
    @PostMapping(path = "/sdq/gh", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SdqResponse> transfer(@RequestBody JsonNode body) {
        if (!body.isObject()) {
            return invalid("请求体须为 JSON 对象");
        }
        Optional<String> unknown = StreamSupport.stream(((Iterable<String>) body::fieldNames).spliterator(), false)
                .filter(name -> !SdqGhRequest.FIELDS.contains(name))
                .findFirst();
        if (unknown.isPresent()) {
            return invalid("不允许的字段 " + unknown.get());
        }
        Optional<String> notText = SdqGhRequest.FIELDS.stream()
                .filter(name -> body.has(name) && !body.get(name).isTextual())
                .sorted()
                .findFirst();
        if (notText.isPresent()) {
            return invalid(notText.get() + " 须为字符串");
        }
        SdqGhRequest request;
        try {
            request = mapper.treeToValue(body, SdqGhRequest.class);
        } catch (JsonProcessingException e) {
            return invalid("请求体无法解析");
        }
        return request.violation()
                .map(WaterTransferController::invalid)
                .orElseGet(() -> ResponseEntity.ok(accounts.transfer(request)));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<SdqResponse> unreadable() {
        return invalid("请求体不是合法的 JSON");
    }

    private static ResponseEntity<SdqResponse> invalid(String why) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(SdqResponse.invalid(why));
    }
}
