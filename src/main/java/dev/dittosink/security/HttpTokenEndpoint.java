package dev.dittosink.security;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.eclipse.ditto.json.JsonObject;
import org.eclipse.ditto.json.JsonRuntimeException;
import org.eclipse.ditto.json.JsonValue;
import org.jboss.logging.Logger;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

import dev.dittosink.config.DittoConfig.ClientAuthentication;

/**
 * The client credentials grant of RFC 6749, section 4.4, over Vert.x's HTTP client (native-image friendly, no
 * extension needed), and nothing blocks the caller. Answers and their bodies are never logged, since they hold tokens.
 */
final class HttpTokenEndpoint implements TokenEndpoint {

    private static final Logger LOG = Logger.getLogger(HttpTokenEndpoint.class);

    private final URI url;
    private final String clientId;
    private final String clientSecret;
    private final Optional<String> scope;
    private final ClientAuthentication clientAuthentication;
    private final Duration timeout;
    private final HttpClient client;

    /** Status and body of the token endpoint's answer. */
    private record Answer(int status, String body) {
    }

    HttpTokenEndpoint(final Vertx vertx, final URI url, final String clientId, final String clientSecret,
            final Optional<String> scope, final ClientAuthentication clientAuthentication, final Duration timeout) {

        this.url = url;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.scope = scope;
        this.clientAuthentication = clientAuthentication;
        this.timeout = timeout;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis())));
    }

    @Override
    public CompletableFuture<IssuedToken> request() {
        final StringJoiner form = new StringJoiner("&");
        form.add("grant_type=client_credentials");
        scope.ifPresent(value -> form.add("scope=" + encode(value)));
        final RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setAbsoluteURI(url.toString())
                .setIdleTimeout(timeout.toMillis())
                .putHeader("Content-Type", "application/x-www-form-urlencoded")
                .putHeader("Accept", "application/json");
        if (clientAuthentication == ClientAuthentication.BASIC) {
            // RFC 6749, 2.3.1: id and secret are form-encoded before they are joined for Basic.
            final String pair = encode(clientId) + ":" + encode(clientSecret);
            request.putHeader("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        } else {
            form.add("client_id=" + encode(clientId)).add("client_secret=" + encode(clientSecret));
        }
        return client.request(request)
                .compose(sending -> sending.send(Buffer.buffer(form.toString(), StandardCharsets.UTF_8.name())))
                .compose(response -> response.body()
                        .map(body -> new Answer(response.statusCode(), body.toString(StandardCharsets.UTF_8))))
                .toCompletionStage()
                .toCompletableFuture()
                .handle((response, failure) -> {
                    if (failure != null) {
                        LOG.warnf("The token endpoint <%s> could not be reached: %s; check sink.ditto.auth.token-url",
                                url, failure.getClass().getSimpleName());
                        throw new CompletionException(new DittoCredentialsUnavailableException(
                                "the token endpoint could not be reached", null));
                    }
                    return judge(response);
                });
    }

    private IssuedToken judge(final Answer response) {
        final int status = response.status();
        if (status >= 400 && status < 500) {
            LOG.warnf("The token endpoint <%s> refused the sink's client credentials with %d: check "
                    + "sink.ditto.auth.client-id, sink.ditto.auth.client-secret (or -file), sink.ditto.auth.scope "
                    + "and sink.ditto.auth.client-authentication", url, status);
            throw new CompletionException(new DittoCredentialsRefusedException(status));
        }
        if (status < 200 || status >= 300) {
            LOG.warnf("The token endpoint <%s> answered %d", url, status);
            throw unavailable("the token endpoint answered " + status);
        }
        try {
            final JsonObject json = JsonObject.of(response.body());
            final Optional<String> tokenType = json.getValue("token_type").filter(JsonValue::isString)
                    .map(JsonValue::asString);
            if (tokenType.isPresent() && !"bearer".equalsIgnoreCase(tokenType.get())) {
                throw unavailable("the token endpoint issued no bearer token");
            }
            final String token = json.getValue("access_token").filter(JsonValue::isString).map(JsonValue::asString)
                    .filter(value -> !value.isBlank())
                    .orElseThrow(() -> unavailable("the token endpoint's answer holds no access_token"));
            return new IssuedToken(token, json.getValue("expires_in").flatMap(HttpTokenEndpoint::seconds));
        } catch (final JsonRuntimeException | IllegalArgumentException e) {
            // The message may quote the body, which may hold a token: only the failure's kind is kept.
            throw unavailable("the token endpoint's answer is not JSON");
        }
    }

    private static Optional<Duration> seconds(final JsonValue value) {
        if (value.isNumber()) {
            return Optional.of(Duration.ofSeconds(value.asLong()));
        }
        // Some endpoints send the number as a string.
        if (value.isString() && value.asString().matches("[0-9]{1,10}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value.asString())));
        }
        return Optional.empty();
    }

    private static CompletionException unavailable(final String reason) {
        return new CompletionException(new DittoCredentialsUnavailableException(reason, null));
    }

    private static String encode(final String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
