package dev.dittosink.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import dev.dittosink.config.InboundAuthConfig;
import dev.dittosink.outcome.ErrorReply;
import dev.dittosink.outcome.ErrorResponses;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Requires a valid JWT on every request but the health checks, when {@code sink.auth.jwt.enabled} is on.
 *
 * <p>Quarkus authenticates lazily here ({@code quarkus.http.auth.proactive=false}): its authentication handler only
 * prepares a deferred identity. This handler, on every path rather than on the doors' paths alone so that no spelling
 * of a door's path slips past, resolves that identity, which makes SmallRye JWT check the token, and answers 401 with
 * Ditto's error JSON itself: Quarkus' own answer would be an empty 401.
 */
@ApplicationScoped
public class InboundJwtGuard {

    /** After Quarkus' authentication handler (-200), before the doors' guard routes (-10). */
    static final int ORDER = -20;

    /** Knative probes these without credentials. */
    static final String HEALTH_PATH = "/q/health";

    static final String KEY_LOCATION = "mp.jwt.verify.publickey.location";
    static final String KEY = "mp.jwt.verify.publickey";
    static final String ISSUER = "mp.jwt.verify.issuer";
    static final String AUDIENCES = "mp.jwt.verify.audiences";

    private static final Logger LOG = Logger.getLogger(InboundJwtGuard.class);
    private static final BiConsumer<RoutingContext, Throwable> ANSWERED_BY_GUARD = (context, failure) -> {
        // The guard answers failures itself; Quarkus' default would end the response first, with no body.
    };

    private final boolean enabled;

    public InboundJwtGuard(final InboundAuthConfig config) {
        this.enabled = config.jwt().enabled();
    }

    void onStart(@Observes final StartupEvent event) {
        if (!enabled) {
            LOG.info("Inbound authentication off (sink.auth.jwt.enabled=false): any caller that reaches the sink may "
                    + "post events");
            return;
        }
        final Config config = ConfigProvider.getConfig();
        ensureJwtConfigured(config);
        LOG.infof("Inbound JWT required: issuer <%s>, audiences %s, keys from <%s>",
                config.getValue(ISSUER, String.class), config.getValues(AUDIENCES, String.class),
                config.getOptionalValue(KEY_LOCATION, String.class).orElse("(inline " + KEY + ")"));
    }

    /**
     * @param config the application's configuration
     * @throws IllegalStateException naming every {@code mp.jwt.verify.*} key that inbound JWT needs but lacks
     */
    static void ensureJwtConfigured(final Config config) {
        final List<String> missing = new ArrayList<>();
        if (isBlank(config.getOptionalValue(KEY_LOCATION, String.class))
                && isBlank(config.getOptionalValue(KEY, String.class))) {
            missing.add(KEY_LOCATION + " (or " + KEY + ")");
        }
        if (isBlank(config.getOptionalValue(ISSUER, String.class))) {
            missing.add(ISSUER);
        }
        if (isBlank(config.getOptionalValue(AUDIENCES, String.class))) {
            missing.add(AUDIENCES);
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("sink.auth.jwt.enabled=true needs " + String.join(", ", missing)
                    + ": the keys that sign the senders' tokens, who issues them and the sink's own audience");
        }
    }

    private static boolean isBlank(final Optional<String> value) {
        // NONE is the placeholder application.properties sets in dev and test mode.
        return value.filter(v -> !v.isBlank() && !"NONE".equals(v)).isEmpty();
    }

    void register(@Observes final Router router) {
        if (enabled) {
            router.route().order(ORDER).handler(this::authenticate);
        }
    }

    private void authenticate(final RoutingContext context) {
        if (isHealthCheck(context.normalizedPath())) {
            context.next();
            return;
        }
        final Uni<SecurityIdentity> identity = context.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        if (identity == null) {
            // Without Quarkus' authentication handler nothing could be checked; refusing is the only safe answer.
            LOG.error("No deferred identity on the request: is quarkus-smallrye-jwt enabled?");
            refuse(context, InboundAuthenticationFailedException.invalidToken());
            return;
        }
        context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, ANSWERED_BY_GUARD);
        final Context vertxContext = Vertx.currentContext();
        identity.subscribe().with(
                resolved -> onContext(vertxContext, () -> admit(context, resolved)),
                failure -> onContext(vertxContext, () -> {
                    // The cause's message may quote the token's claims, so only its type is logged.
                    LOG.infof("Refused a request to <%s>: bearer token invalid (%s)", context.normalizedPath(),
                            rootCause(failure).getClass().getSimpleName());
                    refuse(context, InboundAuthenticationFailedException.invalidToken());
                }));
    }

    private static void admit(final RoutingContext context, final SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            LOG.infof("Refused a request to <%s>: no bearer token", context.normalizedPath());
            refuse(context, InboundAuthenticationFailedException.missingToken());
            return;
        }
        context.next();
    }

    static boolean isHealthCheck(final String path) {
        return path.equals(HEALTH_PATH) || path.startsWith(HEALTH_PATH + "/");
    }

    private static void refuse(final RoutingContext context, final InboundAuthenticationFailedException failure) {
        if (context.response().ended()) {
            return;
        }
        final ErrorReply reply = ErrorResponses.render(failure);
        context.response().setStatusCode(reply.status());
        // RFC 6750: a 401 names the scheme the client should use.
        context.response().putHeader("WWW-Authenticate", "Bearer");
        reply.headers().forEach((name, value) -> context.response().putHeader(name, value));
        context.response().putHeader(HttpHeaders.CONTENT_TYPE, ErrorReply.CONTENT_TYPE);
        context.response().end(Buffer.buffer(reply.body()));
    }

    private static void onContext(final Context vertxContext, final Runnable action) {
        // Token checks may finish on a worker thread; the doors expect to continue on the request's own context.
        if (vertxContext == null || Vertx.currentContext() == vertxContext) {
            action.run();
        } else {
            vertxContext.runOnContext(ignored -> action.run());
        }
    }

    private static Throwable rootCause(final Throwable failure) {
        Throwable current = failure;
        while (current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }
}
