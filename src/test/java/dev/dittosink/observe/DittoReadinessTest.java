package dev.dittosink.observe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.dittosink.support.DittoStandIn;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With the optional Ditto check on, readiness follows Ditto's health endpoint. */
@QuarkusTest
@TestProfile(DittoReadinessTest.DittoCheckOn.class)
class DittoReadinessTest extends DittoStandIn {

    public static class DittoCheckOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sink.health.ditto-check-enabled", "true");
        }
    }

    @Test
    void isReadyWhileDittoAnswersItsHealthEndpoint() {
        ditto.stubFor(get(urlEqualTo("/health")).willReturn(aResponse().withStatus(200)));

        given().get("/q/health/ready").then().statusCode(200);
        ditto.verify(getRequestedFor(urlEqualTo("/health")));
    }

    @Test
    void isNotReadyWhileDittoIsDown() {
        ditto.stubFor(get(urlEqualTo("/health")).willReturn(aResponse().withStatus(503)));

        given().get("/q/health/ready").then().statusCode(503);
    }

    @Test
    void staysLiveWhileDittoIsDown() {
        ditto.stubFor(get(urlEqualTo("/health")).willReturn(aResponse().withStatus(503)));

        given().get("/q/health/live").then().statusCode(200);
    }
}
