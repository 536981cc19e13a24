package org.govhub.simulators.gas;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** {@code <GasTransferRequest>} as contracts/agencies/gas.v1.yaml defines it. */
@JacksonXmlRootElement(localName = GasTransferRequest.ROOT)
record GasTransferRequest(
        @JsonProperty("RequestId") String requestId,
        @JsonProperty("UnitNumber") String unitNumber,
        @JsonProperty("Address") String address,
        @JsonProperty("TransferDate") String transferDate,
        @JsonProperty("NewCustomer") NewCustomer newCustomer,
        @JsonProperty("OldCustomer") OldCustomer oldCustomer) {

    static final String ROOT = "GasTransferRequest";

    record NewCustomer(
            @JsonProperty("Name") String name,
            @JsonProperty("CertType") String certType,
            @JsonProperty("CertNo") String certNo,
            @JsonProperty("Mobile") String mobile) {
    }

    record OldCustomer(@JsonProperty("Name") String name) {
    }
}
