package dev.dittosink.security;

import org.eclipse.ditto.base.model.common.HttpStatus;

import dev.dittosink.outcome.SinkException;

/**
 * No token could be had from the token endpoint: unreachable, failing, or answering no token. Answered with 503 so
 * that Knative retries the event, like a Ditto that cannot be reached.
 */
public final class DittoCredentialsUnavailableException extends SinkException {

    public static final String ERROR_CODE = "sink:ditto.credentials.unavailable";

    private static final long serialVersionUID = 1L;

    public DittoCredentialsUnavailableException(final String reason, final Throwable cause) {
        super(ERROR_CODE, HttpStatus.SERVICE_UNAVAILABLE, "No token for Ditto could be obtained: " + reason + ".",
                "The event was not relayed. Retry it later.", cause, null);
    }
}
