package org.govhub.simulators.gas;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** {@code <GasTransferResponse>} as contracts/agencies/gas.v1.yaml defines it. */
@JacksonXmlRootElement(localName = "GasTransferResponse")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"ResultCode", "ResultMessage", "AccountNo", "OrderNo"})
record GasTransferResponse(
        @JsonProperty("ResultCode") String resultCode,
        @JsonProperty("ResultMessage") String resultMessage,
        @JsonProperty("AccountNo") String accountNo,
        @JsonProperty("OrderNo") String orderNo) {

    static final String TRANSFERRED = "0000";
    static final String NO_ACCOUNT = "1001";
    static final String ARREARS = "1002";
    static final String MALFORMED = "9001";

    static GasTransferResponse transferred(String accountNo, String orderNo) {
        return new GasTransferResponse(TRANSFERRED, "过户成功", accountNo, orderNo);
    }

    static GasTransferResponse noAccount() {
        return new GasTransferResponse(NO_ACCOUNT, "该房屋无燃气用户", null, null);
    }

    static GasTransferResponse arrears(String accountNo) {
        return new GasTransferResponse(ARREARS, "燃气用户存在欠费，请结清后办理过户", accountNo, null);
    }

    static GasTransferResponse malformed(String field) {
        return new GasTransferResponse(MALFORMED, "报文格式错误：" + field, null, null);
    }
}
