package dev.dittosink;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.dittosink.support.DittoStandIn;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The paths k8s/service.yaml probes are served on the main port, which is the only one Knative lets a probe use;
 * a health endpoint moved to a management port would make every revision fail its probes.
 */
@QuarkusTest
class HealthProbesTest extends DittoStandIn {

    @ParameterizedTest
    @ValueSource(strings = {"/q/health/ready", "/q/health/live"})
    void answersUpOnTheServingPort(final String path) {
        given()
                .get(path)
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
    }
}
