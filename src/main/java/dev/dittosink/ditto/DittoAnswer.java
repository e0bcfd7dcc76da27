package dev.dittosink.ditto;

import java.util.Map;

/**
 * Ditto's successful answer to a relayed command.
 *
 * @param status the 2xx status Ditto answered
 * @param headers the answer's {@code ETag} and {@code Location} headers where Ditto sent them
 * @param body the answer's body, empty for none
 */
public record DittoAnswer(int status, Map<String, String> headers, byte[] body) {
}
