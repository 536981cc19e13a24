package org.govhub.connectors.gas;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code <GasTransferResponse>}, contracts/agencies/gas.v1.yaml. */
record GasTransferResponse(
        @JsonProperty("ResultCode") String resultCode,
        @JsonProperty("ResultMessage") String resultMessage,
        @JsonProperty("AccountNo") String accountNo,
        @JsonProperty("OrderNo") String orderNo) {

    static final String ROOT = "GasTransferResponse";
    static final String TRANSFERRED = "0000";
    static final String NO_ACCOUNT = "1001";
    static final String ARREARS = "1002";
    static final String MALFORMED_REQUEST = "9001";
}
