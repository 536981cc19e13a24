package org.govhub.connectors.gas;

import java.nio.charset.StandardCharsets;
import org.govhub.connectors.support.AgencyAuth;
import org.govhub.connectors.support.AgencyEndpointProperties;
import org.govhub.connectors.support.AgencyHttp;
import org.govhub.connectors.support.AgencyResult;
import org.govhub.connectors.support.AgencyUnavailableException;
import org.govhub.connectors.support.ContractViolationException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** One M6 call to the gas company's XML services, and its answer mapped by the ResultCode table. */
final class GasM6Answers {

    static final MediaType XML_UTF8 = new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8);

    private final RestClient http;

    GasM6Answers(AgencyEndpointProperties endpoint, String username, String password) {
        this.http = AgencyHttp.restClient(GasAccountTransferHandler.AGENCY, endpoint,
                AgencyAuth.basic(GasAccountTransferHandler.AGENCY, username, password));
    }

    /**
     * Posts {@code request} to {@code path}; 0000 is APPLIED with the {@code reference}
     * element, 2001 is REJECTED {@code refusal}, 9001 (HTTP 400) FAILED.
     */
    AgencyResult call(String path, byte[] request, String root, String reference, String refusal, String refusalReason)
            throws AgencyUnavailableException {
        ResponseEntity<byte[]> answer = AgencyHttp.call(GasAccountTransferHandler.AGENCY, () -> http.post()
                .uri(path)
                .contentType(XML_UTF8)
                .accept(MediaType.APPLICATION_XML)
                .body(request)
                .retrieve()
                .onStatus(status -> status.value() == 400, (req, res) -> { })
                .toEntity(byte[].class));
        MediaType type = answer.getHeaders().getContentType();
        if (type == null || !(type.isCompatibleWith(MediaType.APPLICATION_XML) || type.isCompatibleWith(MediaType.TEXT_XML))) {
            throw new ContractViolationException("gas answered content type " + type + " instead of application/xml");
        }
        GasM6Messages.Answer a = GasM6Messages.read(answer.getBody(), root, reference);
        String code = present(a.resultCode(), "ResultCode");
        present(a.resultMessage(), "ResultMessage");
        int status = answer.getStatusCode().value();
        if (status == 400 && "9001".equals(code)) {
            return AgencyResult.failed("INVALID_REQUEST", "gas refused the request as malformed (ResultCode 9001)");
        }
        if (status != 200) {
            throw new ContractViolationException("gas answered HTTP " + status + " with ResultCode " + code);
        }
        return switch (code) {
            case "0000" -> AgencyResult.applied(present("ApplicationNo".equals(reference) ? a.applicationNo() : a.serviceNo(),
                    reference));
            case "2001" -> AgencyResult.rejected(refusal, refusalReason);
            default -> throw new ContractViolationException("gas answered HTTP 200 with ResultCode " + code
                    + ", which its contract does not define there");
        };
    }

    private static String present(String value, String element) {
        if (value == null || value.isBlank()) {
            throw new ContractViolationException("gas answered without " + element);
        }
        return value;
    }
}
