package dev.dittosink.outcome;

import org.eclipse.ditto.base.model.common.HttpStatus;

/**
 * A fault inside the sink. Answered with 500, which Knative retries; the cause is logged, never returned.
 */
public final class InternalSinkException extends SinkException {

    public static final String ERROR_CODE = "sink:internal.error";

    private static final long serialVersionUID = 1L;

    public InternalSinkException(final Throwable cause) {
        super(ERROR_CODE, HttpStatus.INTERNAL_SERVER_ERROR, "The sink failed to handle the event.",
                "The event was not relayed. It is retried; if it keeps failing, report it with the correlation id.",
                cause, null);
    }
}
