package org.govhub.simulators.approval;

/** A refusal of the registration system's API: HTTP status, code and a message free of personal data. */
class ApprovalRefusal extends RuntimeException {

    private final int status;
    private final String code;

    ApprovalRefusal(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static ApprovalRefusal invalid(String message) {
        return new ApprovalRefusal(400, "INVALID_REQUEST", message);
    }

    static ApprovalRefusal notFound(String message) {
        return new ApprovalRefusal(404, "NOT_FOUND", message);
    }

    static ApprovalRefusal conflict(String message) {
        return new ApprovalRefusal(409, "CONFLICT", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
