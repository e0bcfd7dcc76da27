package dev.dittosink.security;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientRequestContext;

import dev.dittosink.config.DittoConfig;
import dev.dittosink.config.DittoConfig.AuthMode;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

/**
 * The credentials the sink presents to Ditto, resolved once at startup from {@code sink.ditto.auth.*}: secrets from
 * properties, environment variables or mounted files. A mode whose settings are missing, ambiguous or unreadable
 * stops the sink at startup, naming the setting but never its value. Thread-safe.
 */
@Singleton
public class DittoCredentials {

    /** Ditto's header for an identity a trusted proxy already established. */
    public static final String PRE_AUTHENTICATED = "x-ditto-pre-authenticated";

    private static final String PREFIX = "sink.ditto.auth.";
    private static final Logger LOG = Logger.getLogger(DittoCredentials.class);

    private final AuthMode mode;
    private final String authorization;
    private final String preAuthenticated;
    private final ClientCredentialsTokens tokens;
    private final String description;

    @Inject
    public DittoCredentials(final DittoConfig config, final Vertx vertx) {
        this(config.auth(), config.requestTimeout(), Clock.systemUTC(), vertx);
    }

    DittoCredentials(final DittoConfig.Auth auth, final Duration requestTimeout, final Clock clock,
            final Vertx vertx) {
        this.mode = auth.mode();
        String header = null;
        String subject = null;
        ClientCredentialsTokens cache = null;
        switch (mode) {
            case BASIC -> {
                final String username = require(auth.username(), "username");
                if (username.indexOf(':') >= 0) {
                    throw new IllegalStateException(PREFIX + "username must not contain ':' (RFC 7617)");
                }
                final String password = secret(auth.password(), auth.passwordFile(), "password");
                header = "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
                description = "basic as user <" + username + ">";
            }
            case BEARER -> {
                header = "Bearer " + secret(auth.token(), auth.tokenFile(), "token");
                description = "bearer (static token)";
            }
            case CLIENT_CREDENTIALS -> {
                final URI tokenUrl = tokenUrl(require(auth.tokenUrl(), "token-url"));
                final String clientId = require(auth.clientId(), "client-id");
                final String clientSecret = secret(auth.clientSecret(), auth.clientSecretFile(), "client-secret");
                final Optional<String> scope = auth.scope().filter(value -> !value.isBlank());
                final HttpTokenEndpoint endpoint = new HttpTokenEndpoint(vertx, tokenUrl, clientId, clientSecret,
                        scope, auth.clientAuthentication(), requestTimeout);
                cache = new ClientCredentialsTokens(endpoint, auth.refreshMargin(), clock);
                description = "client-credentials from <" + tokenUrl + "> as client <" + clientId + ">, scope <"
                        + scope.orElse("") + ">, refreshed " + auth.refreshMargin().toSeconds() + " s before expiry";
            }
            case PRE_AUTHENTICATED -> {
                subject = require(auth.preAuthenticatedSubject(), "pre-authenticated-subject");
                description = "pre-authenticated as <" + subject + "> (Ditto must trust the sink's network)";
            }
            case FORWARD -> description = "forward (each caller's own Authorization header)";
            default -> description = "none";
        }
        this.authorization = header;
        this.preAuthenticated = subject;
        this.tokens = cache;
    }

    void logOnStart(@Observes final StartupEvent event) {
        LOG.infof("Outbound credentials for Ditto: %s", description);
    }

    /**
     * Sets the headers that authenticate one call to Ditto, and removes every other credential from it. For
     * {@code client-credentials} without a valid cached token, suspends the call until a token was fetched.
     *
     * @param request the call about to be sent
     */
    public void authenticate(final ResteasyReactiveClientRequestContext request) {
        final MultivaluedMap<String, Object> headers = request.getHeaders();
        final String caller = request.getHeaderString(CallerCredentials.HEADER);
        // Whatever an event asked for, only the configured credentials may reach Ditto.
        headers.remove(CallerCredentials.HEADER);
        headers.remove(HttpHeaders.AUTHORIZATION);
        headers.remove(PRE_AUTHENTICATED);
        switch (mode) {
            case BASIC, BEARER -> headers.putSingle(HttpHeaders.AUTHORIZATION, authorization);
            case PRE_AUTHENTICATED -> headers.putSingle(PRE_AUTHENTICATED, preAuthenticated);
            case FORWARD -> {
                if (caller != null) {
                    headers.putSingle(HttpHeaders.AUTHORIZATION, caller);
                }
            }
            case CLIENT_CREDENTIALS -> authenticateWithToken(request);
            default -> {
                // Nothing to add: Ditto is reached without credentials, for example behind a trusted proxy.
            }
        }
    }

    private void authenticateWithToken(final ResteasyReactiveClientRequestContext request) {
        final Optional<String> cached = tokens.cached();
        if (cached.isPresent()) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + cached.get());
            return;
        }
        request.suspend();
        tokens.token().whenComplete((token, failure) -> request.getContext().runOnContext(ignored -> {
            // Resumed on the call's own context: the HTTP client's threads are not the REST client's.
            if (failure != null) {
                request.resume(failure);
            } else {
                request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token);
                request.resume();
            }
        }));
    }

    /** Tells which setting to check when Ditto refused the credentials a call presented. */
    public void onDittoRefused() {
        switch (mode) {
            case FORWARD -> LOG.warn("Ditto refused the caller's forwarded credentials (401); the event goes to the "
                    + "dead-letter sink. The sender must present credentials Ditto accepts (sink.ditto.auth.mode="
                    + "forward)");
            case CLIENT_CREDENTIALS -> {
                tokens.invalidate();
                LOG.warn("Ditto refused the sink's token (401); the event goes to the dead-letter sink and the next "
                        + "one fetches a new token. Check that Ditto trusts the issuer of sink.ditto.auth.token-url "
                        + "and sink.ditto.auth.scope");
            }
            case BASIC -> LOG.warn("Ditto refused the sink's credentials (401); the event goes to the dead-letter "
                    + "sink. Check sink.ditto.auth.username and sink.ditto.auth.password (or password-file)");
            case BEARER -> LOG.warn("Ditto refused the sink's credentials (401); the event goes to the dead-letter "
                    + "sink. Check sink.ditto.auth.token (or token-file)");
            case PRE_AUTHENTICATED -> LOG.warn("Ditto refused the sink's pre-authenticated subject (401); the event "
                    + "goes to the dead-letter sink. Check that Ditto's pre-authentication is enabled and "
                    + "sink.ditto.auth.pre-authenticated-subject");
            default -> LOG.warn("Ditto requires credentials (401); the event goes to the dead-letter sink. Set "
                    + "sink.ditto.auth.mode and its settings");
        }
    }

    /** Drops a cached client-credentials token, so that the next call fetches a new one. */
    public void forgetToken() {
        if (tokens != null) {
            tokens.invalidate();
        }
    }

    private static String require(final Optional<String> value, final String key) {
        return value.map(String::trim).filter(v -> !v.isEmpty())
                .map(v -> ensureNoControl(v, key))
                .orElseThrow(() -> new IllegalStateException(PREFIX + "mode needs " + PREFIX + key));
    }

    /**
     * @return the secret, from the property or from the file the {@code -file} property names, trimmed
     * @throws IllegalStateException if neither or both are set, or the file cannot be read; the message names keys
     *         and paths, never the secret
     */
    static String secret(final Optional<String> value, final Optional<String> file, final String key) {
        final Optional<String> direct = value.map(String::trim).filter(v -> !v.isEmpty());
        final Optional<String> path = file.map(String::trim).filter(v -> !v.isEmpty());
        if (direct.isPresent() && path.isPresent()) {
            throw new IllegalStateException("Set either " + PREFIX + key + " or " + PREFIX + key + "-file, not both");
        }
        if (path.isPresent()) {
            final String content;
            try {
                content = Files.readString(Path.of(path.get()), StandardCharsets.UTF_8).trim();
            } catch (final IOException | RuntimeException e) {
                throw new IllegalStateException("Cannot read " + PREFIX + key + "-file <" + path.get() + ">: "
                        + e.getClass().getSimpleName());
            }
            if (content.isEmpty()) {
                throw new IllegalStateException(PREFIX + key + "-file <" + path.get() + "> is empty");
            }
            return ensureNoControl(content, key);
        }
        return ensureNoControl(direct.orElseThrow(() -> new IllegalStateException(
                PREFIX + "mode needs " + PREFIX + key + " or " + PREFIX + key + "-file")), key);
    }

    private static String ensureNoControl(final String value, final String key) {
        // A line break would split the header it goes into.
        if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalStateException(PREFIX + key + " contains control characters");
        }
        return value;
    }

    private static URI tokenUrl(final String value) {
        try {
            final URI uri = URI.create(value);
            if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?")) {
                throw new IllegalArgumentException("not http or https");
            }
            return uri;
        } catch (final IllegalArgumentException e) {
            throw new IllegalStateException(PREFIX + "token-url <" + value + "> is not an http(s) URL");
        }
    }
}
