package dev.dittosink.outcome;

import org.eclipse.ditto.base.model.common.HttpStatus;

/**
 * The sink already has as many relays in flight as it allows. Answered with 503 and {@code Retry-After}, so that
 * Knative backs off instead of the sink queueing without bound.
 */
public final class SinkOverloadedException extends SinkException {

    public static final String ERROR_CODE = "sink:overloaded";

    private static final long serialVersionUID = 1L;

    public SinkOverloadedException(final int maxInFlight) {
        super(ERROR_CODE, HttpStatus.SERVICE_UNAVAILABLE, "The sink has " + maxInFlight + " relays in flight.",
                "The event was not relayed. Retry it later.", null, null);
    }
}
