package org.govhub.simulators.realestate;

/** The registry refuses a call: an HTTP status and an error code from its contract. */
class RealestateRefusal extends RuntimeException {

    static final String INVALID_REQUEST = "INVALID_REQUEST";
    static final String UNIT_NOT_FOUND = "UNIT_NOT_FOUND";
    static final String APPLICATION_NOT_FOUND = "APPLICATION_NOT_FOUND";
    static final String UNIT_MISMATCH = "UNIT_MISMATCH";

    private final int status;
    private final String code;

    private RealestateRefusal(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static RealestateRefusal invalid(String message) {
        return new RealestateRefusal(400, INVALID_REQUEST, message);
    }

    static RealestateRefusal unitMismatch() {
        return new RealestateRefusal(400, UNIT_MISMATCH, "the report's unitNumber is not the unit of this transfer");
    }

    static RealestateRefusal unitNotFound() {
        return new RealestateRefusal(404, UNIT_NOT_FOUND, "no unit with this unit number is registered");
    }

    static RealestateRefusal applicationNotFound() {
        return new RealestateRefusal(404, APPLICATION_NOT_FOUND, "no transfer with this application number");
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
