package dev.dittosink;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;

import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.dittosink.security.InboundAuthenticationFailedException;
import dev.dittosink.support.DittoStandIn;
import dev.dittosink.support.Door;
import dev.dittosink.support.Events;
import dev.dittosink.support.JwtKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * With {@code sink.auth.jwt.enabled}, both doors take only valid JWTs; each refused token differs from a valid one
 * by exactly one fault.
 */
@QuarkusTest
@TestProfile(InboundJwtTest.JwtRequired.class)
class InboundJwtTest extends DittoStandIn {

    private static final String SUBJECT = "system:serviceaccount:knative-eventing:mt-broker-filter";
    private static final String MISSING = "The request carries no bearer token.";
    private static final String REFUSED = "The bearer token was refused.";

    /** Inbound JWT on, keys and issuer from {@link JwtKeys}. */
    public static class JwtRequired implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(JwtKeys.class));
        }
    }

    @JwtKeys.InjectKeys
    KeyPair keys;

    /** One fault per token: every other claim and the signature are as on a valid token. */
    enum Fault {
        MISSING_HEADER(MISSING, test -> null),
        BASIC_SCHEME(MISSING, test -> "Basic c2luazpzM2NyZXQ="),
        MALFORMED(REFUSED, test -> "Bearer not-a-jwt"),
        EXPIRED(REFUSED, test -> bearer(test.claims().issuedAt(ago(7200)).expiresAt(ago(3600)), test.keys)),
        NOT_YET_VALID(REFUSED, test -> bearer(test.claims().claim("nbf", ago(-3600).getEpochSecond()), test.keys)),
        WRONG_ISSUER(REFUSED, test -> bearer(test.claims().issuer("https://other.example/oidc"), test.keys)),
        WRONG_AUDIENCE(REFUSED, test -> bearer(test.claims().audience("serving.knative.dev/service/default/other"),
                test.keys)),
        WRONG_KEY(REFUSED, test -> bearer(test.claims(), JwtKeys.newRsaKeyPair())),
        ALG_NONE(REFUSED, test -> "Bearer " + unsigned());

        private final String message;
        private final Function<InboundJwtTest, String> authorization;

        Fault(final String message, final Function<InboundJwtTest, String> authorization) {
            this.message = message;
            this.authorization = authorization;
        }
    }

    static Stream<Arguments> faultsThroughEveryDoor() {
        return Stream.of(Door.values()).flatMap(door -> Stream.of(Fault.values()).map(f -> Arguments.of(door, f)));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void relaysAnEventWithAValidToken(final Door door) {
        Events.binary(Events.MODIFY_ATTRIBUTE)
                .header("Authorization", bearer(claims(), keys))
                .post(door.path())
                .then()
                .statusCode(202)
                .body(emptyString());

        ditto.verify(1, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("faultsThroughEveryDoor")
    void refusesATokenWithOneFaultWith401(final Door door, final Fault fault) {
        final String authorization = fault.authorization.apply(this);
        final var request = Events.binary(Events.MODIFY_ATTRIBUTE);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }

        final ExtractableResponse<Response> response = request.post(door.path())
                .then()
                .statusCode(401)
                .contentType("application/json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("error", equalTo(InboundAuthenticationFailedException.ERROR_CODE))
                .body("message", equalTo(fault.message))
                .extract();

        assertThat(response.jsonPath().getString("description")).isNotBlank();
        if (authorization != null) {
            final String credential = authorization.substring(authorization.indexOf(' ') + 1);
            assertThat(response.asString()).doesNotContain(credential);
            for (final String part : credential.split("\\.")) {
                assertThat(response.asString()).doesNotContain(part);
            }
        }
        ditto.verify(0, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/relay", "/api/2/cloudevents/", "/API/2/cloudevents", "/anything"})
    void refusesRequestsWithoutTokenOnOtherSpellingsAndPaths(final String path) {
        Events.binary(Events.MODIFY_ATTRIBUTE)
                .post(path)
                .then()
                .statusCode(401)
                .body("error", equalTo(InboundAuthenticationFailedException.ERROR_CODE));

        ditto.verify(0, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health", "/q/health/live", "/q/health/ready", "/q/health/started"})
    void answersKnativeHealthProbesWithoutToken(final String path) {
        given().get(path).then().statusCode(200);
    }

    JwtClaimsBuilder claims() {
        final Instant now = Instant.now();
        return Jwt.issuer(JwtKeys.ISSUER)
                .audience(JwtKeys.AUDIENCE)
                .subject(SUBJECT)
                .issuedAt(now)
                .expiresAt(now.plusSeconds(300));
    }

    private static String bearer(final JwtClaimsBuilder claims, final KeyPair signer) {
        return "Bearer " + claims.jws().keyId(JwtKeys.KEY_ID).sign(signer.getPrivate());
    }

    private static Instant ago(final long seconds) {
        return Instant.now().minusSeconds(seconds);
    }

    private static String unsigned() {
        // The same claims as claims() builds, with jose4j: SmallRye's builder cannot leave a token unsigned.
        final JwtClaims claims = new JwtClaims();
        claims.setIssuer(JwtKeys.ISSUER);
        claims.setAudience(JwtKeys.AUDIENCE);
        claims.setSubject(SUBJECT);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(5);
        final JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        jws.setKeyIdHeaderValue(JwtKeys.KEY_ID);
        // jose4j refuses to produce an unsigned token unless told to; the sink must refuse to accept one.
        jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
        try {
            return jws.getCompactSerialization();
        } catch (final JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
