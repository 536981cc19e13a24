package org.govhub.connectors.heat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import org.govhub.connectors.support.AgencyAuth;
import org.govhub.connectors.support.AgencyEndpointProperties;
import org.govhub.connectors.support.AgencyHttp;
import org.govhub.connectors.support.AgencyJson;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.ContractViolationException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * One M6 form post to the heating company (contracts/agencies/heat.v1.yaml), signed like
 * {@code transfer.do} ({@link HeatAccountTransferHandler#sign}); the JSON answer's {@code ret}
 * read by the M6 operations' table: {@code 0} done, {@code 301} outside the heating network,
 * {@code 201} bad parameters.
 */
final class HeatM6Forms {

    private static final MediaType FORM_UTF8 = new MediaType(MediaType.APPLICATION_FORM_URLENCODED, StandardCharsets.UTF_8);

    private final RestClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final String appId;
    private final String appSecret;
    private final Clock clock;

    HeatM6Forms(AgencyEndpointProperties endpoint, String appId, String appSecret, Clock clock) {
        this.http = AgencyHttp.restClient(HeatAccountTransferHandler.AGENCY, endpoint);
        this.appId = AgencyAuth.required(HeatAccountTransferHandler.AGENCY, "app-id", appId);
        this.appSecret = AgencyAuth.required(HeatAccountTransferHandler.AGENCY, "app-secret", appSecret);
        this.clock = clock;
    }

    /** Posts {@code form} to {@code path}; {@code reference} is the answer's number field at ret 0 ({@code bzbh}, {@code djbh}). */
    AgencyResult post(String path, MultiValueMap<String, String> form, String reference, String what)
            throws AgencyUnavailableException {
        String timestamp = Long.toString(clock.millis());
        String sign = HeatAccountTransferHandler.sign(form, appId, timestamp, appSecret);
        ResponseEntity<String> answer = AgencyHttp.call(HeatAccountTransferHandler.AGENCY, () -> http.post()
                .uri(path + "?appId={appId}&timestamp={timestamp}&sign={sign}", appId, timestamp, sign)
                .contentType(FORM_UTF8)
                .accept(MediaType.APPLICATION_JSON)
                .body(form)
                .retrieve()
                .toEntity(String.class));
        if (answer.getStatusCode().value() != 200) {
            throw new ContractViolationException("heat answered HTTP " + answer.getStatusCode().value()
                    + ", which its contract does not document");
        }
        JsonNode result = AgencyJson.object(HeatAccountTransferHandler.AGENCY, answer, json);
        Set<String> allowed = Set.of("ret", "msg", reference);
        result.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                throw new ContractViolationException("heat answered a field its contract does not define: " + name);
            }
        });
        if (!result.path("ret").isInt()) {
            throw new ContractViolationException("heat answered without an integer ret");
        }
        AgencyJson.text(HeatAccountTransferHandler.AGENCY, result, "msg", null, null);
        return switch (result.get("ret").intValue()) {
            case 0 -> AgencyResult.applied(AgencyJson.text(HeatAccountTransferHandler.AGENCY, result, reference,
                    "^RL(BZ|QZ)\\d{13}$", "RLBZ or RLQZ and 13 digits"));
            case 301 -> AgencyResult.rejected("OUT_OF_AREA", "the " + what + " is outside the heating network (ret 301)");
            case 201 -> AgencyResult.failed("INVALID_REQUEST", "heat refused a parameter of the " + what + " (ret 201)");
            default -> throw new ContractViolationException("heat answered ret " + result.get("ret").intValue()
                    + ", which its contract does not define");
        };
    }
}
