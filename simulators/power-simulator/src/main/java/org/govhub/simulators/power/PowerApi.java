package org.govhub.simulators.power;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** The power utility's messages, as contracts/agencies/power.v1.yaml defines them. */
final class PowerApi {

    static final Pattern UNIT_NUMBER = Pattern.compile("^\\d{12}[GJZ][A-Z]\\d{5}[FLQW]\\d{8}$");
    static final Pattern CONS_NO = Pattern.compile("^\\d{10}$");
    private static final Pattern CERT_NO = Pattern.compile("^[0-9A-Z]{18}$");
    private static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");

    private PowerApi() {
    }

    record Account(String consNo, String bdcdyh, String elecAddr, String status) {
    }

    record VerificationRequest(String requestId, String businessType, Boolean checkArrears) {

        Optional<String> violation() {
            if (!hasLength(requestId, 100)) {
                return Optional.of("requestId: required, at most 100 characters");
            }
            if (!"TRANSFER".equals(businessType)) {
                return Optional.of("businessType: must be TRANSFER");
            }
            if (checkArrears == null) {
                return Optional.of("checkArrears: required");
            }
            return Optional.empty();
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record VerificationResult(String consNo, String arrears, boolean transferAllowed, String refusalCode,
                              String message) {
    }

    record TransferRequest(String requestId, String bdcdyh, String newUserName, String newCertType,
                           String newCertNo, String newMobile, String oldUserName, String transferDate) {

        Optional<String> violation() {
            if (!hasLength(requestId, 100)) {
                return Optional.of("requestId: required, at most 100 characters");
            }
            if (bdcdyh == null || !UNIT_NUMBER.matcher(bdcdyh).matches()) {
                return Optional.of("bdcdyh: must be a 28-character property unit number");
            }
            if (!hasLength(newUserName, 100)) {
                return Optional.of("newUserName: required, at most 100 characters");
            }
            if (!"ID_CARD".equals(newCertType) && !"UNIFIED_SOCIAL_CREDIT_CODE".equals(newCertType)) {
                return Optional.of("newCertType: must be ID_CARD or UNIFIED_SOCIAL_CREDIT_CODE");
            }
            if (newCertNo == null || !CERT_NO.matcher(newCertNo).matches()) {
                return Optional.of("newCertNo: must be 18 characters");
            }
            if (newMobile != null && !MOBILE.matcher(newMobile).matches()) {
                return Optional.of("newMobile: must be an 11-digit mobile number");
            }
            if (!hasLength(oldUserName, 100)) {
                return Optional.of("oldUserName: required, at most 100 characters");
            }
            try {
                LocalDate.parse(transferDate == null ? "" : transferDate);
            } catch (DateTimeParseException e) {
                return Optional.of("transferDate: must be a date, yyyy-MM-dd");
            }
            return Optional.empty();
        }
    }

    record TransferResult(String workOrderNo, String consNo, String requestId, String status, String completedAt) {
    }

    record ErrorBody(String errorCode, String message) {

        static ErrorBody invalid(String message) {
            return new ErrorBody("INVALID_PARAMETER", message);
        }

        static ErrorBody notFound() {
            return new ErrorBody("ACCOUNT_NOT_FOUND", "未找到该用电户");
        }

        static ErrorBody arrears() {
            return new ErrorBody("ARREARS_OUTSTANDING", ARREARS_MESSAGE);
        }
    }

    static final String ARREARS_MESSAGE = "该户存在欠费，请结清电费后办理过户";

    private static boolean hasLength(String s, int max) {
        return s != null && !s.isBlank() && s.length() <= max;
    }
}
