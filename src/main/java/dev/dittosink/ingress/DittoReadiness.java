package dev.dittosink.ingress;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dev.dittosink.config.HealthConfig;
import dev.dittosink.ditto.DittoRelay;

/**
 * Optional readiness on Ditto's reachability ({@code sink.health.ditto-check-enabled}): ready only while Ditto's
 * health endpoint answers 2xx. When off, it always reports up and never calls Ditto.
 */
@Readiness
@ApplicationScoped
public class DittoReadiness implements HealthCheck {

    private final HealthConfig config;
    private final HttpClient client;

    public DittoReadiness(final HealthConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder().connectTimeout(config.dittoCheckTimeout()).build();
    }

    @Override
    public HealthCheckResponse call() {
        if (!config.dittoCheckEnabled()) {
            return HealthCheckResponse.named("ditto").up().withData("checked", false).build();
        }
        final String base = ConfigProvider.getConfig().getOptionalValue(DittoRelay.DITTO_URL_KEY, String.class)
                .orElse("");
        try {
            final HttpResponse<Void> response = client.send(HttpRequest.newBuilder()
                            .uri(URI.create(base.replaceAll("/+$", "") + config.dittoCheckPath()))
                            .timeout(config.dittoCheckTimeout())
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return HealthCheckResponse.named("ditto")
                    .status(response.statusCode() / 100 == 2)
                    .withData("status", response.statusCode())
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
