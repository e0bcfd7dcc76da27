package dev.dittosink.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import org.junit.jupiter.api.BeforeEach;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Base of tests that talk to the sink while WireMock stands in for Ditto. Before each test the stand-in forgets
 * every request and answers 204 to anything, as Ditto does for a persisted modify.
 */
@QuarkusTestResource(WireMockDitto.class)
public abstract class DittoStandIn {

    @WireMockDitto.InjectDitto
    protected WireMockServer ditto;

    @BeforeEach
    void resetDitto() {
        ditto.resetAll();
        ditto.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
    }
}
