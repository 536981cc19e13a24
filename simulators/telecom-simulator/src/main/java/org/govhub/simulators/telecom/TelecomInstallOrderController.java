package org.govhub.simulators.telecom;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The telecom operator's installation-order interface, contracts/agencies/telecom.v1.yaml. */
@RestController
@RequestMapping(path = "/telecom", produces = MediaType.APPLICATION_JSON_VALUE)
class TelecomInstallOrderController {

    private static final Set<String> FIELDS = Set.of("transactionId", "channelOrderNo", "projectCode", "projectName",
            "installAddress", "areaCode", "acceptDate", "customer", "productType", "bandwidthMbps", "externalWorks");
    private static final Set<String> CUSTOMER = Set.of("name", "certType", "certNo", "contactPhone");
    private static final Pattern ID = Pattern.compile("^[0-9A-Z]{18}$");
    private static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");
    private static final Pattern APPLICATION_NO = Pattern.compile("^[A-Za-z0-9-]{6,32}$");
    private static final Pattern DIVISION = Pattern.compile("^\\d{6}$");

    private final TelecomInstallOrders orders;

    TelecomInstallOrderController(TelecomInstallOrders orders) {
        this.orders = orders;
    }

    /** Business outcomes are HTTP 200 with a resultCode; only a malformed request is 400. */
    @PostMapping(path = "/open/v1/install-orders", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> order(@RequestBody JsonNode body) {
        Optional<String> wrong = violation(body);
        if (wrong.isPresent()) {
            return invalid(wrong.get());
        }
        return ResponseEntity.ok(orders.order(body.get("transactionId").asText(), body.get("channelOrderNo").asText(),
                body.get("installAddress").asText(), body.get("productType").asText()));
    }

    /** The first rule the request breaks, naming the field and never its value. */
    private static Optional<String> violation(JsonNode b) {
        if (!b.isObject()) {
            return Optional.of("body");
        }
        for (var it = b.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!FIELDS.contains(name)) {
                return Optional.of(name);
            }
        }
        if (!text(b, "transactionId", 1, 160)) {
            return Optional.of("transactionId");
        }
        if (!b.path("channelOrderNo").isTextual() || !APPLICATION_NO.matcher(b.get("channelOrderNo").asText()).matches()) {
            return Optional.of("channelOrderNo");
        }
        if (!text(b, "projectName", 2, 100)) {
            return Optional.of("projectName");
        }
        if (!text(b, "installAddress", 2, 200)) {
            return Optional.of("installAddress");
        }
        if (!b.path("areaCode").isTextual() || !DIVISION.matcher(b.get("areaCode").asText()).matches()) {
            return Optional.of("areaCode");
        }
        if (!isDate(b.path("acceptDate"))) {
            return Optional.of("acceptDate");
        }
        JsonNode c = b.path("customer");
        if (!c.isObject()) {
            return Optional.of("customer");
        }
        for (var it = c.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!CUSTOMER.contains(name)) {
                return Optional.of("customer." + name);
            }
        }
        if (!text(c, "name", 1, 100)) {
            return Optional.of("customer.name");
        }
        if (!Set.of("IDCARD", "BUSINESS_LICENSE").contains(c.path("certType").asText())) {
            return Optional.of("customer.certType");
        }
        if (!c.path("certNo").isTextual() || !ID.matcher(c.get("certNo").asText()).matches()) {
            return Optional.of("customer.certNo");
        }
        if (!c.path("contactPhone").isTextual() || !MOBILE.matcher(c.get("contactPhone").asText()).matches()) {
            return Optional.of("customer.contactPhone");
        }
        if (!Set.of("BROADBAND", "FIXED_LINE", "LEASED_LINE").contains(b.path("productType").asText())) {
            return Optional.of("productType");
        }
        if (b.has("bandwidthMbps") && !b.get("bandwidthMbps").isIntegralNumber()) {
            return Optional.of("bandwidthMbps");
        }
        if (!b.path("externalWorks").isBoolean()) {
            return Optional.of("externalWorks");
        }
        return Optional.empty();
    }

    private static boolean text(JsonNode node, String field, int min, int max) {
        JsonNode v = node.path(field);
        return v.isTextual() && !v.asText().isBlank() && v.asText().length() >= min && v.asText().length() <= max;
    }

    private static boolean isDate(JsonNode v) {
        try {
            return v.isTextual() && LocalDate.parse(v.asText()) != null;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable() {
        return invalid("body");
    }

    private static ResponseEntity<Map<String, Object>> invalid(String field) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("resultCode", "1001", "resultMsg", "参数校验失败：" + field));
    }
}
