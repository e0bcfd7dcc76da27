package dev.dittosink.ditto;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.ditto.base.model.exceptions.DittoRuntimeException;
import org.eclipse.ditto.json.JsonFactory;
import org.eclipse.ditto.json.JsonObject;
import org.eclipse.ditto.json.JsonRuntimeException;
import org.eclipse.ditto.json.JsonValue;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import dev.dittosink.config.DeliveryConfig;
import dev.dittosink.config.DittoConfig;
import dev.dittosink.observe.SinkMetrics;
import dev.dittosink.outcome.DittoRejectedException;
import dev.dittosink.outcome.DittoTimeoutException;
import dev.dittosink.outcome.DittoUnavailableException;
import dev.dittosink.outcome.ErrorResponses;
import dev.dittosink.outcome.InternalSinkException;
import io.quarkus.runtime.LaunchMode;
import io.smallrye.mutiny.Uni;

/**
 * Sends a {@link DittoRequest} to Ditto and judges the answer: a 2xx becomes a {@link DittoAnswer}; an error status
 * becomes a {@link DittoRejectedException} carrying Ditto's error; no answer in time becomes a 504 and no connection
 * a 503, both of which Knative retries. Thread-safe.
 */
@ApplicationScoped
public class DittoRelay {

    /** The REST client's base URL key; {@code DITTO_URL} feeds it. */
    public static final String DITTO_URL_KEY = "quarkus.rest-client.ditto.url";

    private static final Logger LOG = Logger.getLogger(DittoRelay.class);

    private final Instance<DittoClient> dittoInstance;
    private volatile DittoClient ditto;
    private final Duration timeout;
    private final boolean dryRun;
    private final SinkMetrics metrics;

    // Resolved at the first relay, not at startup: a dry run has no Ditto URL to build the client with.
    public DittoRelay(@RestClient final Instance<DittoClient> ditto, final DittoConfig config,
            final DeliveryConfig delivery, final SinkMetrics metrics) {
        this.dittoInstance = ditto;
        this.metrics = metrics;
        this.timeout = config.requestTimeout();
        this.dryRun = delivery.dryRun() || LaunchMode.current() == LaunchMode.DEVELOPMENT
                && ConfigProvider.getConfig().getOptionalValue(DITTO_URL_KEY, String.class).isEmpty();
    }

    /** @return whether requests are only logged, never sent */
    public boolean isDryRun() {
        return dryRun;
    }

    /**
     * @param request the call to make
     * @return Ditto's successful answer, or a failure rendered by {@link ErrorResponses}
     */
    public Uni<DittoAnswer> relay(final DittoRequest request) {
        if (dryRun) {
            LOG.infof("DRY RUN, not sent to Ditto: %s headers=%s", request, request.headers());
            metrics.feature("dry-run");
            return Uni.createFrom().item(new DittoAnswer(204, Map.of(), new byte[0]));
        }
        final long[] started = new long[1];
        return Uni.createFrom().deferred(() -> {
                    started[0] = System.nanoTime();
                    return DittoCaller.call(client(), request);
                })
                .invoke(response -> metrics.dittoResponse(since(started[0]), String.valueOf(response.getStatus())))
                .onFailure().invoke(failure -> metrics.dittoResponse(since(started[0]), "none"))
                .onCancellation().invoke(() -> metrics.dittoResponse(since(started[0]), "none"))
                .ifNoItem().after(timeout).failWith(() -> new DittoTimeoutException(timeout, null))
                .onFailure(DittoRelay::isTransportFailure).transform(this::transportFailure)
                .map(DittoRelay::judge);
    }

    private DittoClient client() {
        DittoClient client = ditto;
        if (client == null) {
            synchronized (this) {
                client = ditto;
                if (client == null) {
                    client = dittoInstance.get();
                    ditto = client;
                }
            }
        }
        return client;
    }

    private static Duration since(final long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static DittoAnswer judge(final Response response) {
        final byte[] body = response.hasEntity() ? response.readEntity(byte[].class) : new byte[0];
        final int status = response.getStatus();
        if (status >= 200 && status < 300) {
            final Map<String, String> headers = new LinkedHashMap<>();
            copyHeader(response, HttpHeaders.ETAG, headers);
            copyHeader(response, HttpHeaders.LOCATION, headers);
            return new DittoAnswer(status, headers, body);
        }
        if (status < 400) {
            // A redirect or other non-error from Ditto (DITTO_URL on http where Ditto redirects to https, say) is
            // no answer to pass on: the sender cannot follow it to Ditto. As any gateway, answer 502, which Knative
            // retries until the configuration is fixed.
            throw new DittoRejectedException(502, unexpected(status), null);
        }
        throw new DittoRejectedException(status, dittoError(status, body),
                response.getHeaderString(HttpHeaders.RETRY_AFTER));
    }

    private static JsonObject dittoError(final int status, final byte[] body) {
        try {
            // JsonFactory.readFrom parses; JsonValue.of(String) would wrap the text as one JSON string and so never
            // find Ditto's error object.
            final JsonValue value = JsonFactory.readFrom(new String(body, StandardCharsets.UTF_8));
            if (value.isObject() && value.asObject().contains("error")) {
                return ErrorResponses.reduce(value.asObject());
            }
        } catch (final JsonRuntimeException e) {
            // Not Ditto's JSON (a proxy's HTML page, say): answered with an error of the sink's own below.
        }
        return JsonObject.newBuilder()
                .set("status", status)
                .set("error", "sink:ditto.error")
                .set("message", "Ditto answered with status " + status + ".")
                .build();
    }

    private static JsonObject unexpected(final int status) {
        return JsonObject.newBuilder()
                .set("status", 502)
                .set("error", "sink:ditto.error")
                .set("message", "Ditto answered with status " + status + ", which is neither success nor error.")
                .set("description", "Check that DITTO_URL points at Ditto's HTTP API itself, not at a redirect.")
                .build();
    }

    private static void copyHeader(final Response response, final String name, final Map<String, String> into) {
        final String value = response.getHeaderString(name);
        if (value != null) {
            into.put(name, value);
        }
    }

    private static boolean isTransportFailure(final Throwable failure) {
        return !(failure instanceof DittoRuntimeException) && !(failure instanceof DittoRejectedException);
    }

    private Throwable transportFailure(final Throwable failure) {
        if (hasCause(failure, TimeoutException.class) || failure.getClass().getSimpleName().contains("Timeout")) {
            LOG.warnf("Ditto did not answer within %d ms: %s", timeout.toMillis(), failure.toString());
            return new DittoTimeoutException(timeout, failure);
        }
        if (failure instanceof IllegalArgumentException || failure instanceof IllegalStateException) {
            return new InternalSinkException(failure);
        }
        LOG.warnf("Ditto could not be reached: %s", failure.toString());
        return new DittoUnavailableException(failure);
    }

    private static boolean hasCause(final Throwable failure, final Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            if (t.getCause() == t) {
                return false;
            }
        }
        return false;
    }
}
