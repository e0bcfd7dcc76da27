package dev.dittosink.ingress;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dev.dittosink.config.HealthConfig;
import dev.dittosink.ditto.DittoRelay;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * Optional readiness on Ditto's reachability ({@code sink.health.ditto-check-enabled}): ready only while Ditto's
 * health endpoint answers 2xx. When off, it always reports up and never calls Ditto.
 */
@Readiness
@ApplicationScoped
public class DittoReadiness implements HealthCheck {

    private final HealthConfig config;
    private final HttpClient client;

    public DittoReadiness(final HealthConfig config, final Vertx vertx) {
        this.config = config;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.dittoCheckTimeout().toMillis()));
    }

    @Override
    public HealthCheckResponse call() {
        if (!config.dittoCheckEnabled()) {
            return HealthCheckResponse.named("ditto").up().withData("checked", false).build();
        }
        final String base = ConfigProvider.getConfig().getOptionalValue(DittoRelay.DITTO_URL_KEY, String.class)
                .orElse("");
        final long timeoutMillis = config.dittoCheckTimeout().toMillis();
        try {
            // Health checks run on a worker thread, so waiting here for the answer blocks no event loop.
            final int status = client.request(new RequestOptions()
                            .setMethod(HttpMethod.GET)
                            .setAbsoluteURI(base.replaceAll("/+$", "") + config.dittoCheckPath())
                            .setIdleTimeout(timeoutMillis))
                    .compose(request -> request.send())
                    .map(response -> response.statusCode())
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(timeoutMillis * 2, TimeUnit.MILLISECONDS);
            return HealthCheckResponse.named("ditto")
                    .status(status / 100 == 2)
                    .withData("status", status)
                    .build();
        } catch (final Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            // The reason goes to the probe's answer, never a stack trace: an unreachable Ditto is an expected state.
            return HealthCheckResponse.named("ditto").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
