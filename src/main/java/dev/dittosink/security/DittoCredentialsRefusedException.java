package dev.dittosink.security;

import org.eclipse.ditto.base.model.common.HttpStatus;

import dev.dittosink.outcome.SinkException;

/**
 * The token endpoint refused the sink's client credentials. Answered with 401 like a refusal by Ditto itself, which
 * Knative does not retry: every event would fail the same way until the configuration is fixed, so they go to the
 * dead-letter sink to be replayed from there.
 */
public final class DittoCredentialsRefusedException extends SinkException {

    public static final String ERROR_CODE = "sink:ditto.credentials.refused";

    private static final long serialVersionUID = 1L;

    public DittoCredentialsRefusedException(final int tokenEndpointStatus) {
        super(ERROR_CODE, HttpStatus.UNAUTHORIZED,
                "The sink's credentials for Ditto were refused by the token endpoint (" + tokenEndpointStatus + ").",
                "The event was not relayed. The sink's operator must fix sink.ditto.auth.*.", null, null);
    }
}
