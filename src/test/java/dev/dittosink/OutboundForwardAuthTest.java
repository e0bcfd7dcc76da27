package dev.dittosink;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.dittosink.support.DittoRefusals;
import dev.dittosink.support.DittoStandIn;
import dev.dittosink.support.Door;
import dev.dittosink.support.Events;
import dev.dittosink.support.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** {@code sink.ditto.auth.mode=forward}: Ditto sees the caller's own Authorization header, and only that. */
@QuarkusTest
@TestProfile(OutboundForwardAuthTest.Forward.class)
class OutboundForwardAuthTest extends DittoStandIn {

    static final String CALLERS = "Bearer callers-own-token";

    /** Forward. */
    public static class Forward implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sink.ditto.auth.mode", "forward");
        }
    }

    private LogCapture log;

    @BeforeEach
    void captureLog() {
        log = LogCapture.start();
    }

    @AfterEach
    void stopCapture() {
        log.close();
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void sendsTheCallersAuthorizationHeaderUnchanged(final Door door) {
        Events.binary(Events.MODIFY_ATTRIBUTE)
                .header("Authorization", CALLERS)
                .post(door.path())
                .then()
                .statusCode(202);

        ditto.verify(1, anyRequestedFor(anyUrl()).withHeader("Authorization", equalTo(CALLERS)));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void sendsNoAuthorizationForACallerWithout(final Door door) {
        Events.binary(Events.MODIFY_ATTRIBUTE)
                .post(door.path())
                .then()
                .statusCode(202);

        ditto.verify(1, anyRequestedFor(anyUrl()).withoutHeader("Authorization"));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void neverForwardsCredentialsFromTheEventsPayload(final Door door) {
        final String payloadHeaders = "{\"authorization\":\"Bearer payload\","
                + "\"x-ditto-sink-caller-authorization\":\"Bearer forged\"}";
        Events.binary(Events.command("org.acme/lamp/things/twin/commands/modify", "/attributes/on", "true",
                        payloadHeaders))
                .post(door.path())
                .then()
                .statusCode(202);

        ditto.verify(1, anyRequestedFor(anyUrl()).withoutHeader("Authorization")
                .withoutHeader("x-ditto-sink-caller-authorization"));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void passesDittosRefusalOfTheCallersCredentialsOnAndSaysWhoseTheyWere(final Door door) {
        DittoRefusals.refuseCredentials(ditto);

        Events.binary(Events.MODIFY_ATTRIBUTE)
                .header("Authorization", CALLERS)
                .post(door.path())
                .then()
                .statusCode(401);

        assertThat(log.warnings()).anySatisfy(line -> assertThat(line).contains("caller's forwarded credentials")
                .contains("sink.ditto.auth.mode=forward"));
        assertThat(log.lines()).noneSatisfy(line -> assertThat(line).contains("callers-own-token"));
    }
}
