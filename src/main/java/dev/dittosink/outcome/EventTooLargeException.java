package dev.dittosink.outcome;

import org.eclipse.ditto.base.model.common.HttpStatus;

/**
 * The request body is larger than the sink accepts ({@code quarkus.http.limits.max-body-size}). Answered with 413,
 * which Knative does not retry: the same event would be refused again.
 */
public final class EventTooLargeException extends SinkException {

    public static final String ERROR_CODE = "cloudevent.payload.toolarge";

    private static final long serialVersionUID = 1L;

    public EventTooLargeException() {
        super(ERROR_CODE, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "The Cloud Event is too large.",
                "Send a smaller event; the limit is set by quarkus.http.limits.max-body-size.", null, null);
    }
}
