package dev.dittosink.outcome;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What the sink answers for a failed event: a status, a few headers and Ditto's error JSON.
 *
 * @param status the HTTP status
 * @param error the error code, e.g. {@code cloudevent.unparsable}
 * @param headers response headers besides {@code Content-Type}, such as {@code Retry-After}
 * @param json the error body, ASCII only
 */
public record ErrorReply(int status, String error, Map<String, String> headers, String json) {

    public static final String CONTENT_TYPE = "application/json";

    public byte[] body() {
        return json.getBytes(StandardCharsets.US_ASCII);
    }
}
