package org.govhub.connectors.bank;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.govhub.connectors.support.AgencyHttp;
import org.govhub.connectors.support.AgencyJson;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.ContractViolationException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** One signed call to the bank and the checks every answer passes: a result code, and our request number echoed. */
final class BankAnswers {

    private BankAnswers() {
    }

    static JsonNode call(RestClient http, ObjectMapper mapper, String path, byte[] body, String requestNo)
            throws AgencyUnavailableException {
        ResponseEntity<String> answer = AgencyHttp.call(BankSignature.AGENCY, () -> http.post().uri(path)
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .onStatus(status -> status.value() == 400, (req, res) -> { })
                .toEntity(String.class));
        JsonNode reply = AgencyJson.object(BankSignature.AGENCY, answer, mapper);
        String code = AgencyJson.text(BankSignature.AGENCY, reply, "resultCode", "^[A-Z_]+$", "an upper-case result code");
        if ((answer.getStatusCode().value() == 400) != "INVALID_REQUEST".equals(code)) {
            throw new ContractViolationException("bank answered HTTP " + answer.getStatusCode().value()
                    + " with resultCode " + code + ", which its contract does not document");
        }
        if (!"INVALID_REQUEST".equals(code) && !requestNo.equals(reply.path("requestNo").asText())) {
            throw new ContractViolationException("bank answer field requestNo: must echo the request's number");
        }
        return reply;
    }
}
