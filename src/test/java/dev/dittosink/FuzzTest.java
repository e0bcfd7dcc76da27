package dev.dittosink;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.dittosink.support.Door;
import dev.dittosink.support.Events;
import dev.dittosink.support.TwoDoorTest;
import dev.dittosink.support.WireRequest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A small deterministic mutation fuzzer: valid events, binary and structured, mutated byte by byte and header by
 * header, posted through both doors. Whatever comes in, the sink answers in time, never with a 5xx (the stand-in
 * always answers 204, so no 5xx is legitimate), every 4xx in Ditto's error format, and calls nothing but Ditto.
 */
@QuarkusTest
class FuzzTest extends TwoDoorTest {

    /** Mutated events per door; about 2 x 1,500 requests keep the run well under two minutes on a loaded host. */
    private static final int MUTATIONS = 1_500;
    private static final long SEED = 0x5EED_D177L;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();

    private static final String TWIN = "org.acme/lamp/things/twin/commands/";
    private static final List<WireRequest> SEEDS = List.of(
            WireRequest.binary(),
            WireRequest.binary(Events.command(TWIN + "merge", "/attributes", "{\"on\":true,\"dim\":[1,2.5,null]}",
                    "{\"content-type\":\"application/merge-patch+json\",\"if-match\":\"*\"}")),
            WireRequest.binary(Events.command(TWIN + "retrieve", "/", null, "{\"correlation-id\":\"c-1\"}")
                    .replace("}", ",\"fields\":\"thingId,attributes\"}")),
            WireRequest.binary(Events.command("org.acme/lamp/things/live/messages/ask", "/inbox/messages/ask",
                    "\"on?\"", "{\"content-type\":\"text/plain\",\"timeout\":\"2s\"}")),
            WireRequest.structured(Events.structuredEvent(Events.command(TWIN + "modify",
                    "/features/light/properties/on", "{\"a\":\"\\u00e9\\\"\"}"), "evt-s1")),
            WireRequest.structured(Events.structuredEvent(Events.command(
                    "org.acme/lamp-policy/policies/commands/modify", "/entries/owner/subjects/nginx:ditto",
                    "{\"type\":\"generated\"}"), "evt-s2")));

    private static final String[] SPECIALS = {"\"", "\\", "\\u0000", "\\ud800", "%", "%2F", "%2e%2e", "../", "//",
        "?", "#", "\\r\\n", "{", "}", "[", "]", ",", ":", "1e400", "-0", "null", "true", "\u00e9", "\t", " ",
        "12345678901234567890123456789012345678901234567890", "@evil.example", "http://evil.example/"};
    private static final String[] CONTENT_TYPES = {"application/json", "application/cloudevents+json",
        "application/cloudevents-batch+json", "application/merge-patch+json", "text/plain", "application/json;",
        "application/json; charset=latin1", "APPLICATION/CLOUDEVENTS+JSON", "json", "*/*", "application/",
        "application/vnd.eclipse.ditto+json", "multipart/form-data; boundary=x", ";", ""};
    private static final String[] HEADER_VALUES = {"", " ", "1.0", "0.3", "%", "%ZZ", "%C0%AF", "\"", "\"a\\\"b\"",
        "a,b", "x".repeat(2_000), "evt-1", "/devices/lamp", "http://evil.example", "reply", "Bearer x", "-1",
        "2026-12-03T16:00:00Z", "ditto:protocol"};
    private static final String[] HEADER_NAMES = {"ce-id", "ce-source", "ce-type", "ce-specversion", "ce-subject",
        "ce-time", "ce-dataschema", "ce-datacontenttype", "CE-ID", "ce-", "ce-my-ext", "ce-x1", "Prefer",
        "x-correlation-id", "correlation-id", "traceparent", "Authorization", "X-Forwarded-Host", "Forwarded",
        "Content-Encoding", "Transfer-Encoding-X", "Accept"};

    @Test
    void survivesThousandsOfMutatedEvents() {
        final Random random = new Random(SEED);
        final Map<Integer, Integer> statuses = new TreeMap<>();
        final List<String> failures = new ArrayList<>();
        int tried = 0;
        int unsendable = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            final WireRequest seed = SEEDS.get(random.nextInt(SEEDS.size()));
            final int rounds = 1 + random.nextInt(3);
            WireRequest mutated = seed;
            final StringBuilder how = new StringBuilder();
            for (int round = 0; round < rounds; round++) {
                mutated = mutate(mutated, random, how);
            }
            for (final Door door : Door.values()) {
                ditto.resetRequests();
                final HttpRequest request;
                try {
                    request = build(mutated, door);
                } catch (final IllegalArgumentException e) {
                    // The JDK client refuses the header itself (restricted name, illegal character): no HTTP sent.
                    unsendable++;
                    continue;
                }
                tried++;
                final String label = "#" + i + " " + door + " [" + how + "]";
                try {
                    final HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    statuses.merge(response.statusCode(), 1, Integer::sum);
                    check(label, response, failures);
                } catch (final HttpTimeoutException e) {
                    failures.add(label + ": no answer within " + TIMEOUT);
                } catch (final IOException e) {
                    failures.add(label + ": connection failed: " + e);
                } catch (final InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        System.out.println("FuzzTest: " + tried + " mutated requests tried (" + MUTATIONS + " mutations x "
                + Door.values().length + " doors, " + unsendable + " not sendable by the JDK client), statuses "
                + statuses);
        assertThat(failures).as("failures out of %d requests", tried).isEmpty();
        assertThat(statuses.keySet()).as("the fuzzer reaches both refusals and relays").contains(202, 400);
    }

    private void check(final String label, final HttpResponse<byte[]> response, final List<String> failures) {
        final int status = response.statusCode();
        final String body = new String(response.body(), StandardCharsets.UTF_8);
        if (status >= 500) {
            failures.add(label + ": " + status + " " + abbreviate(body));
        } else if (status >= 400) {
            final String problem = dittoStyleProblem(status, body);
            if (problem != null) {
                failures.add(label + ": " + status + " " + problem + ": " + abbreviate(body));
            }
        }
        final List<LoggedRequest> calls = ditto.findAll(anyRequestedFor(anyUrl()));
        if (calls.size() > (status / 100 == 2 ? 1 : 0)) {
            failures.add(label + ": " + status + " after " + calls.size() + " calls to Ditto");
        }
        for (final LoggedRequest call : calls) {
            if (!call.getUrl().startsWith("/api/2/") || !("localhost:" + ditto.port()).equals(call.getHeader("Host"))) {
                failures.add(label + ": call to " + call.getHeader("Host") + call.getUrl());
            }
        }
    }

    private static String dittoStyleProblem(final int status, final String body) {
        if (body.length() >= 1024) {
            return "error body of " + body.length() + " chars";
        }
        if (!body.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            return "error body not printable ASCII";
        }
        final JsonNode error;
        try {
            error = JSON.readTree(body);
        } catch (final IOException e) {
            return "error body not JSON";
        }
        if (error == null || !error.isObject() || error.path("status").intValue() != status
                || error.path("error").asText().isBlank() || error.path("message").asText().isBlank()) {
            return "error body without Ditto's status, error and message";
        }
        return null;
    }

    private HttpRequest build(final WireRequest wire, final Door door) {
        final HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(door.path()))
                .timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(wire.body()));
        wire.headers().forEach(header -> request.header(header.getKey(), header.getValue()));
        return request.build();
    }

    private static WireRequest mutate(final WireRequest request, final Random random, final StringBuilder how) {
        final byte[] body = request.body();
        final int operator = random.nextInt(10);
        final int at = body.length == 0 ? 0 : random.nextInt(body.length);
        switch (operator) {
            case 0 -> {
                how.append("flip@").append(at).append(' ');
                final byte[] flipped = body.clone();
                if (flipped.length > 0) {
                    flipped[at] ^= (byte) (1 << random.nextInt(8));
                }
                return request.withBody(flipped);
            }
            case 1 -> {
                final int length = Math.min(body.length - at, 1 + random.nextInt(8));
                how.append("delete@").append(at).append('+').append(length).append(' ');
                return request.withBody(concat(Arrays.copyOfRange(body, 0, at),
                        Arrays.copyOfRange(body, at + length, body.length)));
            }
            case 2 -> {
                final String special = SPECIALS[random.nextInt(SPECIALS.length)];
                how.append("insert@").append(at).append('=').append(special).append(' ');
                return request.withBody(concat(Arrays.copyOfRange(body, 0, at),
                        special.getBytes(StandardCharsets.UTF_8), Arrays.copyOfRange(body, at, body.length)));
            }
            case 3 -> {
                how.append("truncate@").append(at).append(' ');
                return request.withBody(Arrays.copyOfRange(body, 0, at));
            }
            case 4 -> {
                // Duplicates a slice in place: repeated JSON members, repeated values, broken structure.
                final int length = Math.min(body.length - at, 1 + random.nextInt(40));
                how.append("duplicate@").append(at).append('+').append(length).append(' ');
                return request.withBody(concat(Arrays.copyOfRange(body, 0, at + length),
                        Arrays.copyOfRange(body, at, body.length)));
            }
            case 5 -> {
                final String name = HEADER_NAMES[random.nextInt(HEADER_NAMES.length)];
                final String value = HEADER_VALUES[random.nextInt(HEADER_VALUES.length)];
                how.append("header ").append(name).append('=').append(abbreviate(value)).append(' ');
                return random.nextBoolean() ? request.with(name, value) : request.adding(name, value);
            }
            case 6 -> {
                final String type = CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
                how.append("content-type=").append(type).append(' ');
                return type.isEmpty() ? request.without("Content-Type") : request.with("Content-Type", type);
            }
            case 7 -> {
                if (request.headers().isEmpty()) {
                    return request;
                }
                final String name = request.headers().get(random.nextInt(request.headers().size())).getKey();
                how.append("remove ").append(name).append(' ');
                return request.without(name);
            }
            case 8 -> {
                if (request.headers().isEmpty()) {
                    return request;
                }
                final Map.Entry<String, String> header = request.headers()
                        .get(random.nextInt(request.headers().size()));
                final String value = header.getValue().isEmpty() ? "%"
                        : new StringBuilder(header.getValue()).reverse().toString();
                how.append("mangle ").append(header.getKey()).append(' ');
                return request.with(header.getKey().toUpperCase(java.util.Locale.ROOT), value);
            }
            default -> {
                how.append("splice-seed ");
                final byte[] other = SEEDS.get(random.nextInt(SEEDS.size())).body();
                final int from = other.length == 0 ? 0 : random.nextInt(other.length);
                return request.withBody(concat(Arrays.copyOfRange(body, 0, at),
                        Arrays.copyOfRange(other, from, other.length)));
            }
        }
    }

    private static byte[] concat(final byte[]... parts) {
        int length = 0;
        for (final byte[] part : parts) {
            length += part.length;
        }
        final byte[] joined = new byte[length];
        int offset = 0;
        for (final byte[] part : parts) {
            System.arraycopy(part, 0, joined, offset, part.length);
            offset += part.length;
        }
        return joined;
    }

    private static String abbreviate(final String text) {
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }
}
