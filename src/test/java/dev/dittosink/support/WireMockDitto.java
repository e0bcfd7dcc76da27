package dev.dittosink.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands Ditto in with WireMock on a random port and points the sink's {@code ditto} REST client at it.
 */
public class WireMockDitto implements QuarkusTestResourceLifecycleManager {

    /** Marks the test field that receives the running WireMock server. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface InjectDitto {
    }

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        warmUp();
        return Map.of("quarkus.rest-client.ditto.url", server.baseUrl());
    }

    /**
     * WireMock's first request is slow (Jetty, matching, rendering warm up); the test profile's 1 s relay timeout
     * must not be spent on it. One request before the sink starts, then forgotten, so no test sees it.
     */
    private void warmUp() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/warm-up"))
                    .PUT(HttpRequest.BodyPublishers.ofString("true")).build(), HttpResponse.BodyHandlers.discarding());
        } catch (final IOException e) {
            throw new IllegalStateException("WireMock does not answer", e);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while warming WireMock up", e);
        }
        server.resetAll();
    }

    @Override
    public void inject(final TestInjector testInjector) {
        testInjector.injectIntoFields(server,
                new TestInjector.AnnotatedAndMatchesType(InjectDitto.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
