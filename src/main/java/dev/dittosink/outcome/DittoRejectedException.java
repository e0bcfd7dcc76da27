package dev.dittosink.outcome;

import java.util.Optional;

import org.eclipse.ditto.json.JsonObject;

/**
 * Ditto answered the relayed command with an error status. The sink passes Ditto's status and error JSON on
 * unchanged, as Ditto's own endpoint does.
 */
public final class DittoRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient JsonObject error;
    private final String retryAfter;

    /**
     * @param status the status Ditto answered
     * @param error Ditto's error JSON, already reduced to the fields the sink passes on
     * @param retryAfter Ditto's {@code Retry-After} header, or {@code null}
     */
    public DittoRejectedException(final int status, final JsonObject error, final String retryAfter) {
        super("Ditto answered " + status, null, false, false);
        this.status = status;
        this.error = error;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    public JsonObject error() {
        return error;
    }

    public Optional<String> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
