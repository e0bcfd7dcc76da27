package dev.dittosink.observe;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import dev.dittosink.support.DittoStandIn;
import io.quarkus.test.junit.QuarkusTest;

/** By default readiness is the sink's own: a Ditto outage must not take every replica out of the route. */
@QuarkusTest
class SinkHealthTest extends DittoStandIn {

    @Test
    void isLiveAndReadyWithoutAskingDitto() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);

        ditto.verify(0, anyRequestedFor(anyUrl()));
    }
}
