package org.govhub.connectors.gas;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** {@code <GasTransferRequest>}, contracts/agencies/gas.v1.yaml. Nothing else may be sent. */
@JacksonXmlRootElement(localName = "GasTransferRequest")
@JsonPropertyOrder({"RequestId", "UnitNumber", "Address", "TransferDate", "NewCustomer", "OldCustomer"})
record GasTransferRequest(
        @JsonProperty("RequestId") String requestId,
        @JsonProperty("UnitNumber") String unitNumber,
        @JsonProperty("Address") String address,
        @JsonProperty("TransferDate") String transferDate,
        @JsonProperty("NewCustomer") NewCustomer newCustomer,
        @JsonProperty("OldCustomer") OldCustomer oldCustomer) {

    /** 证件类型 codes of the gas company. */
    static final String CERT_RESIDENT_ID = "01";
    static final String CERT_USCC = "02";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"Name", "CertType", "CertNo", "Mobile"})
    record NewCustomer(
            @JsonProperty("Name") String name,
            @JsonProperty("CertType") String certType,
            @JsonProperty("CertNo") String certNo,
            @JsonProperty("Mobile") String mobile) {
    }

    record OldCustomer(@JsonProperty("Name") String name) {
    }
}
