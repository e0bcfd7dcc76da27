package dev.dittosink;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.dittosink.support.DittoStandIn;
import dev.dittosink.support.Door;
import dev.dittosink.support.Events;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** {@code sink.ditto.auth.mode=pre-authenticated}: the configured subject, and no caller can choose another. */
@QuarkusTest
@TestProfile(OutboundPreAuthenticatedTest.PreAuthenticated.class)
class OutboundPreAuthenticatedTest extends DittoStandIn {

    /** Pre-authenticated as nginx:sink. */
    public static class PreAuthenticated implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sink.ditto.auth.mode", "pre-authenticated",
                    "sink.ditto.auth.pre-authenticated-subject", "nginx:sink");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void sendsTheConfiguredSubjectAndNoAuthorization(final Door door) {
        Events.binary(Events.MODIFY_ATTRIBUTE)
                .post(door.path())
                .then()
                .statusCode(202);

        ditto.verify(1, anyRequestedFor(anyUrl())
                .withHeader("x-ditto-pre-authenticated", equalTo("nginx:sink"))
                .withoutHeader("Authorization"));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void ignoresASubjectOrCredentialsTheCallerSends(final Door door) {
        Events.binary(Events.command("org.acme/lamp/things/twin/commands/modify", "/attributes/on", "true",
                        "{\"x-ditto-pre-authenticated\":\"nginx:payload\"}"))
                .header("x-ditto-pre-authenticated", "nginx:caller")
                .header("Authorization", "Bearer callers-token")
                .post(door.path())
                .then()
                .statusCode(202);

        ditto.verify(1, anyRequestedFor(anyUrl())
                .withHeader("x-ditto-pre-authenticated", equalTo("nginx:sink"))
                .withoutHeader("Authorization"));
    }
}
