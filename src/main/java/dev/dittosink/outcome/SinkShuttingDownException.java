package dev.dittosink.outcome;

import org.eclipse.ditto.base.model.common.HttpStatus;

/** The sink is shutting down and takes no new events. Answered with 503, so Knative sends it to another replica. */
public final class SinkShuttingDownException extends SinkException {

    public static final String ERROR_CODE = "sink:shutting.down";

    private static final long serialVersionUID = 1L;

    public SinkShuttingDownException() {
        super(ERROR_CODE, HttpStatus.SERVICE_UNAVAILABLE, "The sink is shutting down.",
                "The event was not relayed. Retry it later.", null, null);
    }
}
