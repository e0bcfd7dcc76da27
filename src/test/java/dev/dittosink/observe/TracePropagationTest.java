package dev.dittosink.observe;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.dittosink.support.DittoStandIn;
import dev.dittosink.support.Door;
import dev.dittosink.support.Events;
import io.quarkus.test.junit.QuarkusTest;

/** A trace started by the sender continues into Ditto. */
@QuarkusTest
class TracePropagationTest extends DittoStandIn {

    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @ParameterizedTest
    @EnumSource(Door.class)
    void passesTheCallersTraceparentHeaderOnToDitto(final Door door) {
        Events.binary(Events.MODIFY_ATTRIBUTE).header("traceparent", TRACEPARENT).header("tracestate", "acme=1")
                .post(door.path()).then().statusCode(202);

        ditto.verify(anyRequestedFor(anyUrl()).withHeader("traceparent", equalTo(TRACEPARENT))
                .withHeader("tracestate", equalTo("acme=1")));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void passesTheDistributedTracingExtensionOnToDitto(final Door door) {
        Events.binary(Events.MODIFY_ATTRIBUTE).header("ce-traceparent", TRACEPARENT)
                .post(door.path()).then().statusCode(202);

        ditto.verify(anyRequestedFor(anyUrl()).withHeader("traceparent", equalTo(TRACEPARENT)));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void dropsAMalformedTraceparentRatherThanForwardingSenderText(final Door door) {
        Events.binary(Events.MODIFY_ATTRIBUTE).header("traceparent", "00-evil\r\nx: y")
                .post(door.path());

        ditto.verify(0, anyRequestedFor(anyUrl()).withHeader("traceparent",
                com.github.tomakehurst.wiremock.client.WireMock.matching(".*evil.*")));
    }
}
