package dev.dittosink.outcome;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.ditto.base.model.exceptions.DittoRuntimeException;
import org.eclipse.ditto.json.JsonObject;
import org.eclipse.ditto.json.JsonObjectBuilder;
import org.eclipse.ditto.json.JsonValue;
import org.jboss.logging.Logger;

/**
 * The one place where failures become HTTP answers, for both front doors.
 *
 * <p>Every answer is Ditto's error JSON ({@code status}, {@code error}, {@code message}, {@code description},
 * {@code href}), cut short and escaped to ASCII: Knative copies at most 1024 characters of it into the dead-letter
 * event, and headers there must stay ASCII. Stateless and thread-safe.
 */
public final class ErrorResponses {

    private static final Logger LOG = Logger.getLogger(ErrorResponses.class);
    private static final int MAX_TEXT_LENGTH = 300;
    private static final String[] PASSED_FIELDS = {"status", "error", "message", "description", "href"};

    private ErrorResponses() {
    }

    /**
     * @param failure what went wrong while handling an event
     * @return the answer to give the sender
     */
    public static ErrorReply render(final Throwable failure) {
        final Throwable cause = unwrap(failure);
        if (cause instanceof DittoRejectedException rejected) {
            final Map<String, String> headers = new LinkedHashMap<>();
            rejected.retryAfter().ifPresent(value -> headers.put("Retry-After", value));
            return new ErrorReply(rejected.status(), headers, toAscii(rejected.error()));
        }
        if (cause instanceof DittoRuntimeException dre) {
            return new ErrorReply(dre.getHttpStatus().getCode(), Map.of(), toAscii(reduce(dre.toJson())));
        }
        LOG.error("Unexpected failure while handling an event", cause);
        final InternalSinkException internal = new InternalSinkException(cause);
        return new ErrorReply(internal.getHttpStatus().getCode(), Map.of(), toAscii(reduce(internal.toJson())));
    }

    /**
     * Keeps only the fields of Ditto's error JSON and shortens its texts, so that no stack trace, header echo or
     * oversized value leaves the sink.
     *
     * @param error an error JSON, from Ditto or from an exception
     * @return the reduced error JSON
     */
    public static JsonObject reduce(final JsonObject error) {
        final JsonObjectBuilder builder = JsonObject.newBuilder();
        for (final String field : PASSED_FIELDS) {
            error.getValue(field).ifPresent(value -> builder.set(field, shorten(value)));
        }
        return builder.build();
    }

    private static JsonValue shorten(final JsonValue value) {
        if (value.isString() && value.asString().length() > MAX_TEXT_LENGTH) {
            return JsonValue.of(value.asString().substring(0, MAX_TEXT_LENGTH - 3) + "...");
        }
        return value;
    }

    /**
     * @param failure what went wrong while handling an event
     * @return the failure that decides the answer: a Ditto or sink exception found among the causes, else itself
     */
    static Throwable unwrap(final Throwable failure) {
        Throwable current = failure;
        while (current.getCause() != null && !(current instanceof DittoRuntimeException)
                && !(current instanceof DittoRejectedException)) {
            current = current.getCause();
        }
        return current instanceof DittoRuntimeException || current instanceof DittoRejectedException
                ? current : failure;
    }

    private static String toAscii(final JsonObject json) {
        final String text = json.toString();
        final StringBuilder ascii = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                // Outside strings JSON has only ASCII, so every such character sits in a string and may be escaped.
                ascii.append(String.format("\\u%04x", (int) c));
            } else {
                ascii.append(c);
            }
        }
        return ascii.toString();
    }
}
