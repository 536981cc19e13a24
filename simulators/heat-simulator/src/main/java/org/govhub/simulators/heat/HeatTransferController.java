package org.govhub.simulators.heat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The heating company's form endpoint, {@code POST /heat/api/transfer.do}. */
@RestController
class HeatTransferController {

    private static final Logger LOG = LoggerFactory.getLogger(HeatTransferController.class);

    private final HeatAccounts accounts;

    HeatTransferController(HeatAccounts accounts) {
        this.accounts = accounts;
    }

    // Like the old application, it answers every request with HTTP 200 and says in ret what happened.
    @PostMapping(path = "/heat/api/transfer.do", produces = MediaType.APPLICATION_JSON_VALUE)
    HeatTransferResult transfer(@RequestParam MultiValueMap<String, String> form) {
        HeatTransferForm request;
        try {
            MultiValueMap<String, String> fields = new LinkedMultiValueMap<>(form);
            // Checked by HeatSignatureCheck before this point; not fields of the transfer.
            HeatSignatureCheck.SIGNATURE_PARAMETERS.forEach(fields::remove);
            request = HeatTransferForm.read(fields);
        } catch (HeatTransferForm.BadParameterException e) {
            LOG.info("heat: refused a transfer request with a bad parameter ({})", e.field());
            return HeatTransferResult.badParameter(e.field());
        }
        HeatTransferResult result = accounts.transfer(request);
        LOG.info("heat: transfer request {} -> ret {}", request.reqNo(), result.ret());
        return result;
    }
}
