package org.govhub.simulators.gas;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The gas company's XML transfer service, {@code POST /gas/services/AccountTransfer}. */
@RestController
class GasTransferController {

    private static final Logger LOG = LoggerFactory.getLogger(GasTransferController.class);
    private static final MediaType XML = new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8);

    private final GasAccounts accounts;
    private final GasRequestReader reader = new GasRequestReader();
    private final XmlMapper xml = XmlMapper.builder().enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION).build();

    GasTransferController(GasAccounts accounts) {
        this.accounts = accounts;
    }

    // Any content type is read as XML, as the old service does; what is not XML is malformed.
    @PostMapping("/gas/services/AccountTransfer")
    ResponseEntity<String> transfer(@RequestBody(required = false) byte[] body) throws JsonProcessingException {
        GasTransferRequest request;
        try {
            request = reader.read(body);
        } catch (GasRequestReader.MalformedRequestException e) {
            LOG.info("gas: refused a malformed transfer request ({})", e.field());
            return answer(HttpStatus.BAD_REQUEST, GasTransferResponse.malformed(e.field()));
        }
        GasTransferResponse response = accounts.transfer(request);
        LOG.info("gas: transfer request {} -> {}", request.requestId(), response.resultCode());
        return answer(HttpStatus.OK, response);
    }

    private ResponseEntity<String> answer(HttpStatus status, GasTransferResponse response) throws JsonProcessingException {
        return ResponseEntity.status(status).contentType(XML).body(xml.writeValueAsString(response));
    }
}
