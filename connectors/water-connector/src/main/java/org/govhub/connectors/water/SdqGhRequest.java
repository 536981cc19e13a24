package org.govhub.connectors.water;

import org.govhub.contracts.command.AccountTransfer;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.govhub.connectors.support.InvalidCommandException;

/** 水过户 request of contracts/agencies/water.v1.yaml; the utility's own field names. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SdqGhRequest(String slbh, String bdcdyh, String zl, String qxdm, String djsj, String qlrmc,
                    String qlrzjzl, String qlrzjh, String qlrdh, String ywrmc) {

    /** The command id is the request number, so a redelivered command is a repeat the utility recognises. */
    static SdqGhRequest of(String commandId, AccountTransfer t) {
        return new SdqGhRequest(commandId, t.unitNumber(), t.address(), t.unitNumber().substring(0, 6),
                t.transferDate(), t.newOwner().name(), idTypeCode(t.newOwner().idType()), t.newOwner().idNumber(),
                t.newOwner().phone(), t.previousOwner().name());
    }

    /** 证件种类 as the utility codes it: 1 居民身份证, 7 营业执照/统一社会信用代码. */
    private static String idTypeCode(String idType) {
        return switch (idType) {
            case "RESIDENT_ID" -> "1";
            case "USCC" -> "7";
            default -> throw new InvalidCommandException("account-transfer newOwner.idType " + idType + " is not known");
        };
    }
}
