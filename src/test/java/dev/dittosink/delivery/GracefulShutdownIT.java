package dev.dittosink.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import dev.dittosink.support.Events;

/**
 * A real SIGTERM to the packaged application, as Knative sends when it scales a replica down: the relay in flight
 * still gets Ditto's answer, and an event arriving after the signal is refused with a 503 Knative retries elsewhere.
 */
class GracefulShutdownIT {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private WireMockServer ditto;
    private Process sink;
    private URI sinkUri;

    @BeforeEach
    void startDittoAndSink() throws IOException {
        ditto = new WireMockServer(options().dynamicPort());
        ditto.start();
        ditto.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204).withFixedDelay(2500)));

        final int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        sinkUri = URI.create("http://localhost:" + port);
        final ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString());
        builder.environment().put("DITTO_URL", ditto.baseUrl());
        builder.environment().put("PORT", String.valueOf(port));
        builder.redirectErrorStream(true).redirectOutput(Path.of("target", "graceful-shutdown-it.log").toFile());
        sink = builder.start();
    }

    @AfterEach
    void stop() {
        sink.destroyForcibly();
        ditto.stop();
    }

    private HttpResponse<String> send(final String path, final String id) throws Exception {
        return sendAsync(path, id).get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
    }

    private CompletableFuture<HttpResponse<String>> sendAsync(final String path, final String id) {
        final HttpRequest.Builder request = HttpRequest.newBuilder(sinkUri.resolve(path)).timeout(DEADLINE);
        Events.binaryHeaders().forEach(request::header);
        request.setHeader("ce-id", id).header("Content-Type", "application/json");
        return http.sendAsync(request.POST(HttpRequest.BodyPublishers.ofString(Events.MODIFY_ATTRIBUTE)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void awaitReady() throws InterruptedException {
        final long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                final HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(sinkUri.resolve("/q/health/ready"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (final IOException notListeningYet) {
                // The process is still starting: poll again.
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the sink did not become ready within " + DEADLINE);
    }

    @Test
    void finishesTheRelayInFlightAndRefusesNewEventsAfterSigterm() throws Exception {
        awaitReady();
        final CompletableFuture<HttpResponse<String>> inFlight = sendAsync("/", "in-flight");
        final long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (ditto.findAll(anyRequestedFor(anyUrl())).isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(ditto.findAll(anyRequestedFor(anyUrl()))).as("the relay reached Ditto").hasSize(1);

        sink.destroy();

        final HttpResponse<String> late = send("/api/2/cloudevents", "after-sigterm");
        assertThat(late.statusCode()).as(late.body()).isEqualTo(503);
        assertThat(late.body()).contains("sink:shutting.down");
        assertThat(inFlight.get(DEADLINE.toSeconds(), TimeUnit.SECONDS).statusCode()).isEqualTo(202);
        assertThat(sink.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)).as("the sink exited").isTrue();
        assertThat(ditto.findAll(anyRequestedFor(anyUrl()))).as("nothing relayed after SIGTERM").hasSize(1);
    }
}
