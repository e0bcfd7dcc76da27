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
import dev.dittosink.support.SecretFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** {@code sink.ditto.auth.mode=bearer}, the token from a mounted file. */
@QuarkusTest
@TestProfile(OutboundBearerAuthTest.Bearer.class)
class OutboundBearerAuthTest extends DittoStandIn {

    static final String TOKEN = "static-ditto-token-4711";

    /** Bearer, with surrounding whitespace in the file that must not reach the header. */
    public static class Bearer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sink.ditto.auth.mode", "bearer",
                    "sink.ditto.auth.token-file", SecretFiles.write("  " + TOKEN + "\r\n"));
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
    void sendsTheTrimmedTokenFromItsFile(final Door door) {
        Events.binary(Events.MODIFY_ATTRIBUTE)
                .post(door.path())
                .then()
                .statusCode(202);

        ditto.verify(1, anyRequestedFor(anyUrl()).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void passesDittosRefusalOnAsDeadLetterStatusAndNamesTheSettingNotTheToken(final Door door) {
        DittoRefusals.refuseCredentials(ditto);

        final String reply = Events.binary(Events.MODIFY_ATTRIBUTE)
                .post(door.path())
                .then()
                .statusCode(401)
                .extract().asString();

        assertThat(log.warnings()).anySatisfy(line -> assertThat(line).contains("sink.ditto.auth.token"));
        assertThat(String.join("\n", log.lines()) + reply).doesNotContain(TOKEN);
    }
}
