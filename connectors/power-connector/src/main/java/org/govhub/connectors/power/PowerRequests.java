package org.govhub.connectors.power;

import org.govhub.contracts.command.AccountTransfer;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.govhub.connectors.support.InvalidCommandException;

/** The request bodies of contracts/agencies/power.v1.yaml, in the utility's own field names. */
final class PowerRequests {

    private PowerRequests() {
    }

    /** 核验 for a transfer, with the arrears queried. */
    record Verification(String requestId, String businessType, boolean checkArrears) {

        static Verification forTransfer(String requestId) {
            return new Verification(requestId, "TRANSFER", true);
        }
    }

    /** 过户; the command id is the request id, so a redelivered command is a repeat the utility recognises. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Transfer(String requestId, String bdcdyh, String newUserName, String newCertType, String newCertNo,
                    String newMobile, String oldUserName, String transferDate) {

        static Transfer of(String commandId, AccountTransfer t) {
            return new Transfer(commandId, t.unitNumber(), t.newOwner().name(), certType(t.newOwner().idType()),
                    t.newOwner().idNumber(), t.newOwner().phone(), t.previousOwner().name(), t.transferDate());
        }

        private static String certType(String idType) {
            return switch (idType) {
                case "RESIDENT_ID" -> "ID_CARD";
                case "USCC" -> "UNIFIED_SOCIAL_CREDIT_CODE";
                default -> throw new InvalidCommandException("account-transfer newOwner.idType " + idType + " is not known");
            };
        }
    }
}
