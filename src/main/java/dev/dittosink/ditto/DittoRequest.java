package dev.dittosink.ditto;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * One call of Ditto's HTTP API v2, fully decided: which resource, which verb, which headers and body. Built by the
 * translation from a Ditto Protocol command and carried out by {@link DittoCaller}.
 *
 * @param method the HTTP verb
 * @param resource the resource
 * @param pathArguments the resource's path parameter values, already percent-encoded, in template order
 * @param query query parameters, values already percent-encoded
 * @param headers headers to send; never {@code Authorization} nor Ditto-internal headers
 * @param contentType the body's media type, {@code null} without body
 * @param body the body, {@code null} for none
 */
public record DittoRequest(String method, DittoResource resource, List<String> pathArguments,
        Map<String, String> query, Map<String, String> headers, String contentType, byte[] body) {

    public DittoRequest {
        if (pathArguments.size() != resource.parameterCount()) {
            throw new IllegalArgumentException(resource + " takes " + resource.parameterCount() + " path arguments");
        }
        pathArguments = List.copyOf(pathArguments);
        // Sorted by name, so that the query goes on the wire in the same order on every run (Map.copyOf iterates
        // in an order that changes from JVM to JVM) and as target() logs it.
        query = Collections.unmodifiableMap(new TreeMap<>(query));
        headers = Map.copyOf(headers);
    }

    /** @return the path and query as they go on the wire, for example {@code /api/2/things/a:b?channel=live} */
    public String target() {
        final String path = resource.render(pathArguments);
        if (query.isEmpty()) {
            return path;
        }
        final StringJoiner joined = new StringJoiner("&", path + "?", "");
        query.entrySet().forEach(entry -> joined.add(entry.getKey() + "=" + entry.getValue()));
        return joined.toString();
    }

    @Override
    public String toString() {
        // Bodies and header values stay out: they may hold data that must not reach logs.
        return method + " " + target();
    }
}
