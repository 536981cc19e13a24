package org.govhub.hub.ingress;

import java.io.IOException;

/** A body read past the ingress's size limit (a chunked body has no length to check up front). */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException() {
        super("the body is larger than the ingress accepts");
    }
}
