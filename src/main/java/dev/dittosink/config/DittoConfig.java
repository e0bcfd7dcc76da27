package dev.dittosink.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where and how the sink reaches Ditto's HTTP API v2.
 *
 * <p>The base URL itself belongs to the REST client ({@code quarkus.rest-client.ditto.url}, fed by {@code DITTO_URL});
 * this mapping holds what the sink adds on top of it.
 */
@ConfigMapping(prefix = "sink.ditto")
public interface DittoConfig {

    /**
     * Longest time one relay may take, from connecting to Ditto to reading its answer. A relay that runs out
     * answers 504, which Knative retries.
     */
    @WithDefault("60s")
    Duration requestTimeout();

    /** Credentials the sink presents to Ditto. */
    Auth auth();

    /**
     * Outbound authentication: one mode, and the settings it needs. Secrets here are never logged or echoed; each
     * may instead be read from a mounted file ({@code *-file}), read once at startup and trimmed, which is how
     * Kubernetes secrets are usually mounted.
     */
    interface Auth {

        /**
         * {@code none}, {@code basic}, {@code bearer}, {@code client-credentials}, {@code forward} or
         * {@code pre-authenticated}; see {@link AuthMode}.
         */
        @WithDefault("none")
        AuthMode mode();

        /** User name for {@code basic}. */
        Optional<String> username();

        /** Password for {@code basic}. */
        Optional<String> password();

        /** File holding the password for {@code basic}, instead of {@link #password()}. */
        Optional<String> passwordFile();

        /** Token for {@code bearer}. */
        Optional<String> token();

        /** File holding the token for {@code bearer}, instead of {@link #token()}. */
        Optional<String> tokenFile();

        /** OAuth2 token endpoint for {@code client-credentials}, e.g. {@code https://idp/realms/x/token}. */
        Optional<String> tokenUrl();

        /** OAuth2 client id for {@code client-credentials}. */
        Optional<String> clientId();

        /** OAuth2 client secret for {@code client-credentials}. */
        Optional<String> clientSecret();

        /** File holding the client secret for {@code client-credentials}, instead of {@link #clientSecret()}. */
        Optional<String> clientSecretFile();

        /** Scope requested with {@code client-credentials}; none by default. */
        Optional<String> scope();

        /**
         * How the client authenticates at the token endpoint: {@code basic} (an {@code Authorization: Basic}
         * header, RFC 6749's recommendation) or {@code post} ({@code client_id} and {@code client_secret} in the
         * form).
         */
        @WithDefault("basic")
        ClientAuthentication clientAuthentication();

        /**
         * How long before its expiry a {@code client-credentials} token is replaced, so that no token expires
         * while a relay is on its way to Ditto.
         */
        @WithDefault("30s")
        Duration refreshMargin();

        /**
         * Value of Ditto's {@code x-ditto-pre-authenticated} header for {@code pre-authenticated}, e.g.
         * {@code nginx:sink}: Ditto's subject, {@code <issuer>:<subject>}.
         */
        Optional<String> preAuthenticatedSubject();
    }

    /** The ways the sink can authenticate to Ditto. */
    enum AuthMode {
        /** No credentials, for example behind a proxy that adds them. */
        NONE,
        /** HTTP Basic with {@code username} and {@code password}. */
        BASIC,
        /** A static bearer token. */
        BEARER,
        /** A bearer token from an OAuth2 token endpoint, fetched with the client credentials grant and cached. */
        CLIENT_CREDENTIALS,
        /** The caller's own {@code Authorization} header, so that Ditto's policies apply to the sender. */
        FORWARD,
        /** Ditto's {@code x-ditto-pre-authenticated} header: only where Ditto trusts the network the sink is in. */
        PRE_AUTHENTICATED
    }

    /** How the sink authenticates itself at the OAuth2 token endpoint. */
    enum ClientAuthentication {
        BASIC,
        POST
    }
}
