package dev.dittosink;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.dittosink.support.DittoStandIn;
import dev.dittosink.support.Door;
import dev.dittosink.support.RelayCase;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every live message becomes a POST to the thing's or feature's inbox or outbox, or to the claim resource, with the
 * payload as the body in its own content type. Messages are no thing commands: their own response-required is kept
 * and no acknowledgement is requested.
 */
@QuarkusTest
class MessageCommandMappingTest extends DittoStandIn {

    private static final String THING = "/api/2/things/org.acme:lamp";
    private static final String CORRELATION_ID = "message-mapping-1";

    static Stream<Arguments> messages() {
        return RelayCase.throughEveryDoor(List.of(
                message("ask", "/inbox/messages/ask", "text/plain", "\"Are you on?\"")
                        .expectText("Are you on?")
                        .expect("POST", THING + "/inbox/messages/ask"),
                message("status", "/outbox/messages/status", "application/json", "{\"on\":true}")
                        .expectJson("{\"on\":true}")
                        .expect("POST", THING + "/outbox/messages/status"),
                message("ask", "/features/light/inbox/messages/ask", "text/plain", "\"Are you on?\"")
                        .expectText("Are you on?")
                        .expect("POST", THING + "/features/light/inbox/messages/ask"),
                message("status", "/features/light/outbox/messages/status", "application/json", "{\"on\":true}")
                        .expectJson("{\"on\":true}")
                        .expect("POST", THING + "/features/light/outbox/messages/status"),
                message("claim", "/inbox/messages/claim", "application/json", "{\"owner\":\"nginx:ditto\"}")
                        .expectJson("{\"owner\":\"nginx:ditto\"}")
                        .expect("POST", THING + "/inbox/claim"),
                // Ditto reads the subject from the rest of the URL, so a "/" in it stays a separator.
                message("light/set", "/inbox/messages/light/set", "text/plain", "\"on\"")
                        .expectText("on")
                        .expect("POST", THING + "/inbox/messages/light/set"),
                message("light/state/report", "/features/light/outbox/messages/light/state/report",
                        "application/json", "[1,2]")
                        .expectJson("[1,2]")
                        .expect("POST", THING + "/features/light/outbox/messages/light/state/report"),
                message("ask", "/inbox/messages/ask", "text/plain", "\"quick\"")
                        .named("message with response-required false")
                        .protocolHeader("response-required", "false")
                        .expectHeader("response-required", "false")
                        .expectText("quick")
                        .expect("POST", THING + "/inbox/messages/ask"),
                message("ask", "/inbox/messages/ask", "text/plain", "\"slow\"")
                        .named("message with response-required true")
                        .protocolHeader("response-required", "true")
                        .expectHeader("response-required", "true")
                        .expectText("slow")
                        .expect("POST", THING + "/inbox/messages/ask")));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("messages")
    void relaysEveryLiveMessageToItsInboxOutboxOrClaim(final Door door, final RelayCase relay) {
        relay.assertRelayedThrough(door, ditto);
    }

    private static RelayCase.Builder message(final String subject, final String path, final String contentType,
            final String value) {
        // Without a response-required of its own, the message leaves Ditto's default (true) alone.
        return RelayCase.command("org.acme/lamp/things/live/messages/" + subject, path)
                .protocolHeader("correlation-id", "\"" + CORRELATION_ID + "\"")
                .protocolHeader("content-type", "\"" + contentType + "\"")
                .value(value)
                .expectHeader("correlation-id", CORRELATION_ID)
                .expectHeader("Content-Type", contentType)
                .expectNoHeader("requested-acks", "If-None-Match", "response-required");
    }
}
