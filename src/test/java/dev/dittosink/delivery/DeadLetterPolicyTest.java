package dev.dittosink.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.dittosink.support.DittoStandIn;
import dev.dittosink.support.Door;
import dev.dittosink.support.Events;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The other choice for Ditto's ambiguous refusals: dead-letter a 404, retry a 409. */
@QuarkusTest
@TestProfile(DeadLetterPolicyTest.Profile.class)
class DeadLetterPolicyTest extends DittoStandIn {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sink.delivery.not-found", "dead-letter", "sink.delivery.conflict", "retry");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void deadLettersDittosNotFoundWith422WhenConfigured(final Door door) {
        ditto.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody(StatusPolicyTest.NOT_FOUND)));

        Events.binary(Events.MODIFY_ATTRIBUTE).post(door.path())
                .then()
                .statusCode(422)
                .body("error", equalTo("things:thing.notfound"));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void passesDittosConflictOnForKnativeToRetryWhenConfigured(final Door door) {
        ditto.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json").withBody(StatusPolicyTest.CONFLICT)));

        Events.binary(Events.MODIFY_ATTRIBUTE).post(door.path())
                .then()
                .statusCode(409)
                .body("error", equalTo("things:thing.conflict"));
    }
}
