package dev.dittosink;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
import dev.dittosink.support.SecretFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** {@code sink.ditto.auth.mode=basic}, the password from a mounted file. */
@QuarkusTest
@TestProfile(OutboundBasicAuthTest.Basic.class)
class OutboundBasicAuthTest extends DittoStandIn {

    static final String USERNAME = "sink";
    static final String PASSWORD = "pa55-w0rd:with-colon";
    static final String EXPECTED = "Basic " + Base64.getEncoder()
            .encodeToString((USERNAME + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    /** Basic, with the password file ending in a newline as mounted secrets often do. */
    public static class Basic implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sink.ditto.auth.mode", "basic",
                    "sink.ditto.auth.username", USERNAME,
                    "sink.ditto.auth.password-file", SecretFiles.write(PASSWORD + "\n"));
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
    void sendsTheConfiguredUserAndTheTrimmedPasswordFromItsFile(final Door door) {
        Events.binary(Events.MODIFY_ATTRIBUTE)
                .post(door.path())
                .then()
                .statusCode(202);

        ditto.verify(1, anyRequestedFor(anyUrl()).withHeader("Authorization", equalTo(EXPECTED)));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void sendsItsOwnCredentialsInsteadOfTheCallers(final Door door) {
        Events.binary(Events.MODIFY_ATTRIBUTE)
                .header("Authorization", "Bearer callers-token")
                .post(door.path())
                .then()
                .statusCode(202);

        ditto.verify(1, anyRequestedFor(anyUrl()).withHeader("Authorization", equalTo(EXPECTED)));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void passesDittosRefusalOnAsDeadLetterStatusAndNamesTheSettingsNotTheSecret(final Door door) {
        DittoRefusals.refuseCredentials(ditto);

        final String reply = Events.binary(Events.MODIFY_ATTRIBUTE)
                .post(door.path())
                .then()
                .statusCode(401)
                .body("status", org.hamcrest.Matchers.equalTo(401))
                .extract().asString();

        assertThat(log.warnings()).anySatisfy(line -> assertThat(line)
                .contains("sink.ditto.auth.username").contains("sink.ditto.auth.password"));
        assertThat(String.join("\n", log.lines()) + reply).doesNotContain(PASSWORD)
                .doesNotContain(EXPECTED.substring("Basic ".length()));
    }
}
