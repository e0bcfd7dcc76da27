package dev.dittosink.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Plays the OIDC provider of the senders' tokens: a fresh RSA key pair per run, its public half published as a
 * JWKS file, and inbound JWT switched on with the issuer and audience below.
 */
public class JwtKeys implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "https://issuer.example/oidc";
    public static final String AUDIENCE = "serving.knative.dev/service/default/ditto-sink";
    public static final String KEY_ID = "sink-test-key";

    /** Marks the test field that receives the key pair whose public key the sink trusts. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface InjectKeys {
    }

    private KeyPair keys;
    private Path jwks;

    @Override
    public Map<String, String> start() {
        keys = newRsaKeyPair();
        try {
            final RsaJsonWebKey jwk = new RsaJsonWebKey((RSAPublicKey) keys.getPublic());
            jwk.setKeyId(KEY_ID);
            jwk.setAlgorithm("RS256");
            jwks = Files.createTempFile("sink-jwks", ".json");
            Files.writeString(jwks, new JsonWebKeySet(jwk).toJson(), StandardCharsets.UTF_8);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "sink.auth.jwt.enabled", "true",
                "mp.jwt.verify.publickey.location", jwks.toUri().toString(),
                "mp.jwt.verify.issuer", ISSUER,
                "mp.jwt.verify.audiences", AUDIENCE);
    }

    @Override
    public void inject(final TestInjector testInjector) {
        testInjector.injectIntoFields(keys, new TestInjector.AnnotatedAndMatchesType(InjectKeys.class, KeyPair.class));
    }

    @Override
    public void stop() {
        if (jwks != null) {
            try {
                Files.deleteIfExists(jwks);
            } catch (final IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** @return a new RSA 2048 key pair */
    public static KeyPair newRsaKeyPair() {
        try {
            final KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (final NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
