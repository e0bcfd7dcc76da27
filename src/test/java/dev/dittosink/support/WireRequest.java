package dev.dittosink.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An HTTP request exactly as it goes on the wire: header lines in order (duplicates allowed, nothing added
 * implicitly, not even a Content-Type) and raw body bytes. Immutable; every {@code with...} returns a copy with one
 * thing changed, so that a negative case differs from the canonical valid event in exactly that thing.
 *
 * <p>RestAssured is not used here because it adds a charset to Content-Type and a Content-Type to bodies, which
 * would hide the very cases these tests are about.
 *
 * @param headers header lines in order
 * @param body the body
 */
public record WireRequest(List<Map.Entry<String, String>> headers, byte[] body) {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public WireRequest {
        headers = List.copyOf(headers);
    }

    /** @return the canonical valid binary-mode event: {@link Events#binaryHeaders()}, JSON, a modify command */
    public static WireRequest binary() {
        return binary(Events.MODIFY_ATTRIBUTE);
    }

    /** @return the canonical binary-mode event carrying the given Ditto Protocol JSON */
    public static WireRequest binary(final String dittoProtocolJson) {
        final List<Map.Entry<String, String>> headers = new ArrayList<>();
        Events.binaryHeaders().forEach((name, value) -> headers.add(Map.entry(name, value)));
        headers.add(Map.entry("Content-Type", "application/json"));
        return new WireRequest(headers, dittoProtocolJson.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the canonical structured-mode event whose whole JSON document is given */
    public static WireRequest structured(final String eventJson) {
        return new WireRequest(List.of(Map.entry("Content-Type", "application/cloudevents+json")),
                eventJson.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param extraMembers JSON members to add after the required attributes, each with a leading comma, or ""
     * @param dataMember the data member(s), for example {@code "data":{...}}
     * @return a structured event document with the canonical id, source, type and specversion
     */
    public static String structuredJson(final String extraMembers, final String dataMember) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + Events.ID + "\",\"source\":\"" + Events.SOURCE
                + "\",\"type\":\"" + Events.TYPE + "\"" + extraMembers + "," + dataMember + "}";
    }

    /** @return this request with every line of the header {@code name} replaced by one line with {@code value} */
    public WireRequest with(final String name, final String value) {
        final List<Map.Entry<String, String>> changed = new ArrayList<>();
        boolean replaced = false;
        for (final Map.Entry<String, String> header : headers) {
            if (!header.getKey().equalsIgnoreCase(name)) {
                changed.add(header);
            } else if (!replaced) {
                changed.add(Map.entry(name, value));
                replaced = true;
            }
        }
        if (!replaced) {
            changed.add(Map.entry(name, value));
        }
        return new WireRequest(changed, body);
    }

    /** @return this request with one more line of the header {@code name}, whether or not it is already there */
    public WireRequest adding(final String name, final String value) {
        final List<Map.Entry<String, String>> changed = new ArrayList<>(headers);
        changed.add(Map.entry(name, value));
        return new WireRequest(changed, body);
    }

    /** @return this request without any line of the header {@code name} */
    public WireRequest without(final String name) {
        return new WireRequest(headers.stream().filter(header -> !header.getKey().equalsIgnoreCase(name)).toList(),
                body);
    }

    /** @return this request with another body, encoded in UTF-8 */
    public WireRequest withBody(final String newBody) {
        return withBody(newBody.getBytes(StandardCharsets.UTF_8));
    }

    /** @return this request with another body, byte for byte */
    public WireRequest withBody(final byte[] newBody) {
        return new WireRequest(headers, newBody.clone());
    }

    /**
     * @param root the sink's root URI
     * @param door the door to post to
     * @return the sink's answer
     */
    public WireResponse post(final URI root, final Door door) {
        final HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(door.path()))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(header -> request.header(header.getKey(), header.getValue()));
        try {
            final HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new WireResponse(response.statusCode(), response.headers(),
                    new String(response.body(), StandardCharsets.UTF_8));
        } catch (final IOException e) {
            throw new IllegalStateException("The sink did not answer " + door, e);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while posting to " + door, e);
        }
    }
}
