package dev.dittosink.outcome;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.ditto.json.JsonFactory;
import org.jboss.logging.Logger;

import dev.dittosink.config.DeliveryConfig;

/**
 * The sink's status policy, in one place: the answer Knative gets for every failure, chosen so that Knative retries
 * what a retry can fix and dead-letters the rest. Knative retries 404, 408, 409, 429 and 5xx and no other status.
 *
 * <p>On top of {@link ErrorResponses}, which renders the error, it decides Ditto's two ambiguous refusals (404 and
 * 409, configurable) and adds {@code Retry-After} where Knative should back off. Thread-safe.
 */
@ApplicationScoped
public class StatusPolicy {

    /** The non-retried status that replaces Ditto's 404 or 409 when those are to be dead-lettered. */
    public static final int DEAD_LETTER = 422;

    private static final Logger LOG = Logger.getLogger(StatusPolicy.class);

    private final DeliveryConfig config;
    private final String retryAfterSeconds;

    public StatusPolicy(final DeliveryConfig config) {
        this.config = config;
        this.retryAfterSeconds = String.valueOf(Math.max(1, config.retryAfter().toSeconds()));
    }

    /**
     * @param failure what went wrong while handling an event
     * @return the answer to give the sender
     */
    public ErrorReply answer(final Throwable failure) {
        final ErrorReply rendered = ErrorResponses.render(failure);
        final Throwable cause = ErrorResponses.unwrap(failure);
        int status = rendered.status();
        if (cause instanceof DittoRejectedException) {
            status = dittoStatus(status);
        }

        final Map<String, String> headers = new LinkedHashMap<>(rendered.headers());
        if (status == 429 || status == 503) {
            headers.putIfAbsent("Retry-After", retryAfterSeconds);
        }
        // The body's status always matches the answer's; Ditto's error code still says what Ditto refused.
        final String json = status == rendered.status() ? rendered.json()
                : JsonFactory.readFrom(rendered.json()).asObject().setValue("status", status).toString();
        return new ErrorReply(status, rendered.error(), headers, json);
    }

    private int dittoStatus(final int status) {
        switch (status) {
            case 404:
                return config.notFound() == DeliveryConfig.Policy.DEAD_LETTER ? DEAD_LETTER : status;
            case 409:
                return config.conflict() == DeliveryConfig.Policy.DEAD_LETTER ? DEAD_LETTER : status;
            case 401:
                // Retrying cannot fix the sink's own credentials; the event is dead-lettered and the operator told.
                LOG.warn("Ditto refused the sink's credentials (401): check the sink.ditto.auth.* settings");
                return status;
            default:
                return status;
        }
    }
}
