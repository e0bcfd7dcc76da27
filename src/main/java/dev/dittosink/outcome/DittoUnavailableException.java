package dev.dittosink.outcome;

import org.eclipse.ditto.base.model.common.HttpStatus;

/**
 * Ditto could not be reached: connection refused, reset or closed before it answered. Answered with 503 so that
 * Knative retries the event.
 */
public final class DittoUnavailableException extends SinkException {

    public static final String ERROR_CODE = "sink:ditto.unavailable";

    private static final long serialVersionUID = 1L;

    public DittoUnavailableException(final Throwable cause) {
        super(ERROR_CODE, HttpStatus.SERVICE_UNAVAILABLE, "Ditto could not be reached.",
                "The event was not relayed. Retry it later.", cause, null);
    }
}
