package dev.dittosink.cloudevent;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP request as it reached one of the sink's doors, before anything in it is trusted.
 *
 * @param headers header names mapped to every value sent for them; names compare case-insensitively
 * @param body the raw body, empty when none was sent
 */
public record IncomingRequest(Map<String, List<String>> headers, byte[] body) {

    public IncomingRequest {
        final Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.merge(name, List.copyOf(values), IncomingRequest::concat));
        headers = Collections.unmodifiableMap(copy);
    }

    /**
     * @param name a header name, in any case
     * @return the first value sent for it
     */
    public Optional<String> header(final String name) {
        final List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    private static List<String> concat(final List<String> first, final List<String> second) {
        final java.util.ArrayList<String> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
