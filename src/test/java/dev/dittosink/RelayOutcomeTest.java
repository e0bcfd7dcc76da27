package dev.dittosink;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;

import dev.dittosink.support.Door;
import dev.dittosink.support.TwoDoorTest;
import dev.dittosink.support.WireRequest;
import dev.dittosink.support.WireResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * What the sink answers once it relayed the canonical valid event, for each way Ditto can answer: success becomes
 * Ditto's bare 202, Ditto's errors pass through, and trouble on the way to Ditto becomes a status Knative retries.
 */
@QuarkusTest
@TestProfile(RelayOutcomeTest.ShortRelayTimeout.class)
class RelayOutcomeTest extends TwoDoorTest {

    /** A relay timeout short enough that a Ditto slower than it is tested in seconds. */
    public static class ShortRelayTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sink.ditto.request-timeout", "2s");
        }
    }

    /**
     * @param name how Ditto answers
     * @param ditto the stand-in's answer
     * @param status the status the sink must answer
     * @param error the error code the sink must answer; {@code null} for success
     * @param passedThrough whether the sink's body must be Ditto's body unchanged
     * @param retryAfter the Retry-After the sink must pass on, or {@code null}
     */
    record Outcome(String name, ResponseDefinitionBuilder ditto, int status, String error, boolean passedThrough,
            String retryAfter) {

        @Override
        public String toString() {
            return name + " -> " + status + (error == null ? "" : " " + error);
        }
    }

    static Stream<Arguments> outcomes() {
        return Stream.of(
                success("Ditto 204", aResponse().withStatus(204)),
                success("Ditto 201 with the created entity", dittoJson(201, "{\"thingId\":\"org.acme:lamp\"}")),
                passedThrough(404, "things:thing.notfound", null),
                passedThrough(412, "things:precondition.failed", null),
                // Dead-lettered by default: a conflict rarely resolves itself, and Knative would retry a 409.
                new Outcome("Ditto 409 things:thing.conflict", dittoJson(409,
                        dittoError(409, "things:thing.conflict").toString()), 422, "things:thing.conflict", false,
                        null),
                passedThrough(400, "things:attribute.pointer.invalid", null),
                passedThrough(403, "things:thing.notmodifiable", null),
                passedThrough(429, "too.many.requests", "7"),
                passedThrough(503, "gateway.service.unavailable", "30"),
                new Outcome("Ditto 500 with an HTML page", aResponse().withStatus(500)
                        .withHeader("Content-Type", "text/html")
                        .withBody("<html><body><h1>500 Internal Server Error</h1></body></html>"),
                        500, "sink:ditto.error", false, null),
                new Outcome("Ditto's proxy 502 with an HTML page", aResponse().withStatus(502)
                        .withHeader("Content-Type", "text/html").withBody("<html>Bad Gateway</html>"),
                        502, "sink:ditto.error", false, null),
                new Outcome("Ditto 429 with plain text and Retry-After", aResponse().withStatus(429)
                        .withHeader("Retry-After", "3").withBody("slow down"),
                        429, "sink:ditto.error", false, "3"),
                new Outcome("Ditto 404 with JSON that is not Ditto's error", dittoJson(404, "{\"message\":\"no\"}"),
                        404, "sink:ditto.error", false, null),
                new Outcome("Ditto 302, which the sender could not follow", aResponse().withStatus(302)
                        .withHeader("Location", "https://ditto.example/api/2/things/org.acme:lamp/attributes/on"),
                        502, "sink:ditto.error", false, null),
                unreachable(Fault.CONNECTION_RESET_BY_PEER),
                unreachable(Fault.EMPTY_RESPONSE),
                // The test profile sets the relay timeout to 2 s.
                new Outcome("Ditto slower than the relay timeout", aResponse().withStatus(204).withFixedDelay(3000),
                        504, "sink:ditto.timeout", false, null))
                .flatMap(outcome -> Arrays.stream(Door.values()).map(door -> Arguments.of(door, outcome)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("outcomes")
    void answersForDitto(final Door door, final Outcome outcome) {
        ditto.stubFor(any(anyUrl()).willReturn(outcome.ditto()));

        final WireResponse response = WireRequest.binary().post(root, door);

        ditto.verify(1, anyRequestedFor(anyUrl()));
        if (outcome.error() == null) {
            response.assertAccepted();
            return;
        }
        final JsonNode error = response.assertRejected(outcome.status(), outcome.error());
        if (outcome.passedThrough()) {
            assertThat(error).as("Ditto's error passed through").isEqualTo(dittoError(outcome.status(),
                    outcome.error()));
        }
        if (outcome.retryAfter() == null) {
            assertThat(response.headers().firstValue("Retry-After")).as("Retry-After").isEmpty();
        } else {
            assertThat(response.headers().firstValue("Retry-After")).as("Retry-After")
                    .hasValue(outcome.retryAfter());
        }
    }

    private static Outcome success(final String name, final ResponseDefinitionBuilder ditto) {
        return new Outcome(name, ditto, 202, null, false, null);
    }

    private static Outcome passedThrough(final int status, final String error, final String retryAfter) {
        final ResponseDefinitionBuilder answer = dittoJson(status, dittoError(status, error).toString());
        if (retryAfter != null) {
            answer.withHeader("Retry-After", retryAfter);
        }
        return new Outcome("Ditto " + status + " " + error + (retryAfter == null ? "" : " Retry-After " + retryAfter),
                answer, status, error, true, retryAfter);
    }

    private static Outcome unreachable(final Fault fault) {
        // The sink's own 503 tells Knative when to come back (sink.delivery.retry-after, 5 s by default).
        return new Outcome("Ditto unreachable: " + fault, aResponse().withFault(fault), 503,
                "sink:ditto.unavailable", false, "5");
    }

    private static ResponseDefinitionBuilder dittoJson(final int status, final String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static JsonNode dittoError(final int status, final String error) {
        final String json = "{\"status\":" + status + ",\"error\":\"" + error + "\",\"message\":\"Ditto says "
                + status + ".\",\"description\":\"As Ditto describes it.\",\"href\":\"https://www.eclipse.dev/ditto\"}";
        return new WireResponse(status, null, json).readJson();
    }
}
