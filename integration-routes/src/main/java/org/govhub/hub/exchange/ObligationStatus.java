package org.govhub.hub.exchange;

/** An obligation is PENDING until its recipient's outcome arrives; then it has that outcome. */
public enum ObligationStatus {
    PENDING, APPLIED, REJECTED, NOT_APPLICABLE, FAILED;

    public boolean isFinal() {
        return this != PENDING;
    }
}
