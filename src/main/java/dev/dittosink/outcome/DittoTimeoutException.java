package dev.dittosink.outcome;

import java.time.Duration;

import org.eclipse.ditto.base.model.common.HttpStatus;

/**
 * Ditto did not answer within the configured relay timeout. Answered with 504 so that Knative retries the event;
 * Ditto may or may not have applied the command, which a retry of an idempotent command tolerates.
 */
public final class DittoTimeoutException extends SinkException {

    public static final String ERROR_CODE = "sink:ditto.timeout";

    private static final long serialVersionUID = 1L;

    public DittoTimeoutException(final Duration timeout, final Throwable cause) {
        super(ERROR_CODE, HttpStatus.GATEWAY_TIMEOUT, "Ditto did not answer within " + timeout.toMillis() + " ms.",
                "The event may not have been applied. Retry it later.", cause, null);
    }
}
