package dev.dittosink.outcome;

import org.eclipse.ditto.base.model.common.HttpStatus;

/** A batch holds more events than {@code sink.batch.max-events}. Answered with 413; none of its events is relayed. */
public final class BatchTooLargeException extends SinkException {

    public static final String ERROR_CODE = "cloudevent.batch.toolarge";

    private static final long serialVersionUID = 1L;

    public BatchTooLargeException(final int size, final int maxEvents) {
        super(ERROR_CODE, HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                "The batch holds " + size + " events; at most " + maxEvents + " are accepted.",
                "Send smaller batches, or one event per request.", null, null);
    }
}
