package dev.dittosink;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import jakarta.inject.Inject;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.dittosink.security.DittoCredentials;
import dev.dittosink.security.DittoCredentialsRefusedException;
import dev.dittosink.security.DittoCredentialsUnavailableException;
import dev.dittosink.support.DittoRefusals;
import dev.dittosink.support.DittoStandIn;
import dev.dittosink.support.Door;
import dev.dittosink.support.Events;
import dev.dittosink.support.LogCapture;
import dev.dittosink.support.SecretFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * {@code sink.ditto.auth.mode=client-credentials}: the stand-in serves the token endpoint at {@value #TOKEN_PATH}
 * besides Ditto's API. The refresh margin is 30 s, so a token that lives 3600 s is reused, and one that lives 10 s
 * is due for refresh as soon as it arrives: both without waiting.
 */
@QuarkusTest
@TestProfile(OutboundClientCredentialsTest.ClientCredentials.class)
class OutboundClientCredentialsTest extends DittoStandIn {

    static final String TOKEN_PATH = "/oauth/token";
    static final String CLIENT_ID = "ditto-sink";
    static final String CLIENT_SECRET = "cl1ent-s3cret";

    /** Client credentials against the stand-in, the secret from a mounted file. */
    public static class ClientCredentials implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sink.ditto.auth.mode", "client-credentials",
                    "sink.ditto.auth.token-url", "${quarkus.rest-client.ditto.url}" + TOKEN_PATH,
                    "sink.ditto.auth.client-id", CLIENT_ID,
                    "sink.ditto.auth.client-secret-file", SecretFiles.write(CLIENT_SECRET + "\n"),
                    "sink.ditto.auth.scope", "ditto:write",
                    "sink.ditto.auth.refresh-margin", "30s");
        }
    }

    @Inject
    DittoCredentials credentials;

    private LogCapture log;

    @BeforeEach
    void startFresh() {
        // The token cache outlives a test; each test starts without a token, whatever ran before.
        credentials.forgetToken();
        log = LogCapture.start();
    }

    @AfterEach
    void stopCapture() {
        log.close();
    }

    @Test
    void fetchesOneTokenForSeveralEventsThroughBothDoors() {
        issueToken("token-a", 3600);

        for (final Door door : new Door[] {Door.KNATIVE, Door.DITTO_PATH, Door.KNATIVE}) {
            Events.binary(Events.MODIFY_ATTRIBUTE).post(door.path()).then().statusCode(202);
        }

        final String clientAuth = "Basic " + Base64.getEncoder()
                .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        ditto.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH))
                .withHeader("Authorization", equalTo(clientAuth))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("grant_type=client_credentials&scope=ditto%3Awrite")));
        ditto.verify(3, putRequestedFor(urlPathMatching("/api/2/.*"))
                .withHeader("Authorization", equalTo("Bearer token-a")));
    }

    @Test
    void fetchesANewTokenWhenTheCachedOneIsWithinTheRefreshMarginOfItsExpiry() {
        issueToken("short-lived", 10);

        Events.binary(Events.MODIFY_ATTRIBUTE).post(Door.KNATIVE.path()).then().statusCode(202);
        Events.binary(Events.MODIFY_ATTRIBUTE).post(Door.DITTO_PATH.path()).then().statusCode(202);

        ditto.verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
        ditto.verify(2, putRequestedFor(urlPathMatching("/api/2/.*"))
                .withHeader("Authorization", equalTo("Bearer short-lived")));
    }

    @Test
    void fetchesANewTokenAfterDittoRefusedTheCachedOne() {
        issueToken("revoked", 3600);
        DittoRefusals.refuseCredentials(ditto);

        Events.binary(Events.MODIFY_ATTRIBUTE).post(Door.KNATIVE.path()).then().statusCode(401);
        Events.binary(Events.MODIFY_ATTRIBUTE).post(Door.DITTO_PATH.path()).then().statusCode(401);

        ditto.verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
        assertThat(log.warnings()).anySatisfy(line -> assertThat(line).contains("sink.ditto.auth.token-url"));
        assertThat(String.join("\n", log.lines())).doesNotContain("revoked").doesNotContain(CLIENT_SECRET);
    }

    @Test
    void deadLettersEventsWhenTheTokenEndpointRefusesTheClient() {
        ditto.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid_client\"}")));

        final String reply = Events.binary(Events.MODIFY_ATTRIBUTE)
                .post(Door.DITTO_PATH.path())
                .then()
                .statusCode(401)
                .body("error", Matchers.equalTo(DittoCredentialsRefusedException.ERROR_CODE))
                .extract().asString();

        ditto.verify(0, putRequestedFor(urlPathMatching("/api/2/.*")));
        assertThat(log.warnings()).anySatisfy(line -> assertThat(line).contains("sink.ditto.auth.client-id")
                .contains("sink.ditto.auth.client-secret"));
        assertThat(String.join("\n", log.lines()) + reply).doesNotContain(CLIENT_SECRET);
    }

    @Test
    void retriesEventsWhenTheTokenEndpointFails() {
        ditto.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(500)));

        Events.binary(Events.MODIFY_ATTRIBUTE)
                .post(Door.KNATIVE.path())
                .then()
                .statusCode(503)
                .body("error", Matchers.equalTo(DittoCredentialsUnavailableException.ERROR_CODE));

        ditto.verify(0, putRequestedFor(urlPathMatching("/api/2/.*")));
    }

    private void issueToken(final String token, final int expiresIn) {
        ditto.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn
                        + "}")));
    }
}
