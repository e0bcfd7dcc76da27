package dev.dittosink.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.dittosink.ingress.RelayGate;
import dev.dittosink.support.DittoStandIn;
import dev.dittosink.support.Door;
import dev.dittosink.support.Events;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** The sink protects itself and Ditto: a bound on relays in flight, and a graceful shutdown. */
@QuarkusTest
@TestProfile(RelayLimitsTest.OneAtATime.class)
class RelayLimitsTest extends DittoStandIn {

    public static class OneAtATime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sink.delivery.max-in-flight", "1", "sink.delivery.retry-after", "7s");
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    RelayGate gate;

    @AfterEach
    void reopen() {
        gate.open();
    }

    private CompletableFuture<Response> slowRelayInFlight(final Door door) {
        ditto.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204).withFixedDelay(1500)));
        final CompletableFuture<Response> first = CompletableFuture.supplyAsync(
                () -> Events.binary(Events.MODIFY_ATTRIBUTE).post(door.path()));
        // Wait until Ditto holds the first relay, so the gate is known to be full; polling, not sleeping.
        final long deadline = System.nanoTime() + WAIT.toNanos();
        while (ditto.findAll(anyRequestedFor(anyUrl())).isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(ditto.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
        return first;
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void refusesOneRelayMoreThanTheBoundWith503AndRetryAfter(final Door door) {
        final CompletableFuture<Response> first = slowRelayInFlight(door);

        Events.binary(Events.MODIFY_ATTRIBUTE).post(door.path())
                .then()
                .statusCode(503)
                .header("Retry-After", equalTo("7"))
                .body("error", equalTo("sink:overloaded"));

        assertThat(first.join().statusCode()).isEqualTo(202);
        ditto.verify(1, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void finishesTheRelayInFlightOnShutdownAndRefusesNewOnes(final Door door) {
        final CompletableFuture<Response> inFlight = slowRelayInFlight(door);

        final CompletableFuture<Boolean> closed = CompletableFuture.supplyAsync(() -> gate.close(WAIT));
        while (gate.isOpen()) {
            Thread.onSpinWait();
        }

        Events.binary(Events.MODIFY_ATTRIBUTE).post(door.path())
                .then()
                .statusCode(503)
                .header("Retry-After", equalTo("7"))
                .body("error", equalTo("sink:shutting.down"));
        given().get("/q/health/ready").then().statusCode(503);
        assertThat(inFlight.join().statusCode()).isEqualTo(202);
        assertThat(closed.join()).isTrue();
    }
}
