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
    private static final String[] PASSED_FIELDS = {"status", "error", "message", "description", "href"};
    /**
     * How many characters each text may take once escaped to ASCII JSON (a non-ASCII char takes six). Together with
     * the field names they stay below Knative's 1024, however long or exotic the texts Ditto or a sender supplied.
     */
    private static final Map<String, Integer> ESCAPED_BUDGET =
            Map.of("error", 100, "message", 300, "description", 300, "href", 200);
    private static final String ELLIPSIS = "...";

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
            final String code = rejected.error().getValue("error")
                    .map(value -> value.isString() ? value.asString() : value.toString())
                    .orElse("");
            return new ErrorReply(rejected.status(), code, headers, toAscii(rejected.error()));
        }
        if (cause instanceof DittoRuntimeException dre) {
            return new ErrorReply(dre.getHttpStatus().getCode(), dre.getErrorCode(), Map.of(),
                    toAscii(reduce(dre.toJson())));
        }
        LOG.error("Unexpected failure while handling an event", cause);
        final InternalSinkException internal = new InternalSinkException(cause);
        return new ErrorReply(internal.getHttpStatus().getCode(), internal.getErrorCode(), Map.of(),
                toAscii(reduce(internal.toJson())));
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
            error.getValue(field).ifPresent(value -> builder.set(field, shorten(value, ESCAPED_BUDGET.get(field))));
        }
        if (error.getValue("message").filter(JsonValue::isString).isEmpty()) {
            // Some parser failures carry no message (a modify without value, say); the dead-letter reader still
            // needs one, and the error code is the most precise thing known.
            builder.set("message", "The event was refused: "
                    + error.getValue("error").map(JsonValue::formatAsString).map(ErrorText::abbreviate).orElse("")
                    + ".");
        }
        return builder.build();
    }

    private static JsonValue shorten(final JsonValue value, final Integer budget) {
        if (budget == null || !value.isString()) {
            return value;
        }
        // The budget counts escaped characters: cutting by chars alone let 300 non-ASCII chars grow to 1800.
        final String text = value.asString();
        if (text.chars().map(ErrorResponses::escapedLength).sum() <= budget) {
            return value;
        }
        int end = 0;
        for (int used = 0; end < text.length(); end++) {
            used += escapedLength(text.charAt(end));
            if (used > budget - ELLIPSIS.length()) {
                break;
            }
        }
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return JsonValue.of(text.substring(0, end) + ELLIPSIS);
    }

    /** @return how many characters {@code c} takes in the ASCII JSON that {@link #toAscii} writes */
    private static int escapedLength(final int c) {
        if (c == '"' || c == '\\') {
            return 2;
        }
        return c < 0x20 || c > 0x7e ? 6 : 1;
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
