package dev.dittosink;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.github.tomakehurst.wiremock.WireMockServer;

import dev.dittosink.support.Door;
import dev.dittosink.support.WireMockDitto;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(WireMockDitto.class)
class SmokeTest {

    @WireMockDitto.InjectDitto
    WireMockServer ditto;

    @BeforeEach
    void resetDitto() {
        ditto.resetAll();
        ditto.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void relaysModifyAttribute(final Door door) {
        given()
                .header("ce-specversion", "1.0")
                .header("ce-id", "1")
                .header("ce-source", "/test")
                .header("ce-type", "t")
                .contentType("application/json")
                .body("{\"topic\":\"org.acme/lamp/things/twin/commands/modify\",\"path\":\"/attributes/a b/c\","
                        + "\"value\":42,\"headers\":{\"if-match\":\"\\\"rev:1\\\"\",\"ditto-sudo\":true}}")
                .post(door.path())
                .then()
                .statusCode(202)
                .body(emptyString());

        ditto.verify(putRequestedFor(urlEqualTo("/api/2/things/org.acme:lamp/attributes/a%20b/c"))
                .withHeader("Content-Type", containing("application/json"))
                .withHeader("if-match", equalTo("\"rev:1\""))
                .withHeader("response-required", equalTo("false"))
                .withHeader("requested-acks", equalTo("twin-persisted"))
                .withoutHeader("ditto-sudo")
                .withRequestBody(equalTo("42")));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void rejectsMissingData(final Door door) {
        given()
                .header("ce-specversion", "1.0")
                .header("ce-id", "1")
                .header("ce-source", "/test")
                .header("ce-type", "t")
                .contentType("application/json")
                .post(door.path())
                .then()
                .statusCode(400)
                .body("error", org.hamcrest.Matchers.equalTo("cloudevent.payload.missing"));
    }
}
