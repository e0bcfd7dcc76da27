package dev.dittosink.security;

import org.eclipse.ditto.base.model.common.HttpStatus;

import dev.dittosink.outcome.SinkException;

/**
 * A request to the sink carried no valid JWT while {@code sink.auth.jwt.enabled} is on. Answered with 401, which
 * Knative does not retry, under the error code of Ditto's gateway so that senders used to Ditto recognise it.
 *
 * <p>The message never says which check failed nor repeats the token: the sender learns that its token was refused,
 * the sink's log says why.
 */
public final class InboundAuthenticationFailedException extends SinkException {

    public static final String ERROR_CODE = "gateway:authentication.failed";

    private static final long serialVersionUID = 1L;

    private InboundAuthenticationFailedException(final String message, final String description) {
        super(ERROR_CODE, HttpStatus.UNAUTHORIZED, message, description, null, null);
    }

    /** @return the failure for a request without a bearer token */
    public static InboundAuthenticationFailedException missingToken() {
        return new InboundAuthenticationFailedException("The request carries no bearer token.",
                "Send a JWT in the Authorization header: 'Authorization: Bearer <token>'.");
    }

    /** @return the failure for a request whose bearer token was refused */
    public static InboundAuthenticationFailedException invalidToken() {
        return new InboundAuthenticationFailedException("The bearer token was refused.",
                "Send a JWT signed by the configured issuer, for the sink's audience, and within its validity.");
    }
}
