package org.govhub.simulators.sms;

/** The gateway refuses a call: an HTTP status and an {@code isv.*} code from its contract. */
class SmsRefusal extends RuntimeException {

    static final String INVALID_PARAMETERS = "isv.INVALID_PARAMETERS";
    static final String MOBILE_NUMBER_ILLEGAL = "isv.MOBILE_NUMBER_ILLEGAL";
    static final String TEMPLATE_MISSING = "isv.TEMPLATE_MISSING";
    static final String TEMPLATE_PARAMS_ILLEGAL = "isv.TEMPLATE_PARAMS_ILLEGAL";
    static final String BUSINESS_LIMIT_CONTROL = "isv.BUSINESS_LIMIT_CONTROL";
    static final String MESSAGE_NOT_FOUND = "isv.MESSAGE_NOT_FOUND";

    private final int status;
    private final String code;

    SmsRefusal(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static SmsRefusal badRequest(String code, String message) {
        return new SmsRefusal(400, code, message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
