package dev.dittosink;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.hamcrest.Matchers.emptyString;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.dittosink.support.DittoStandIn;
import dev.dittosink.support.Door;
import dev.dittosink.support.Events;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SmokeTest extends DittoStandIn {

    @ParameterizedTest
    @EnumSource(Door.class)
    void relaysABinaryEventAndAnswers202WithoutBody(final Door door) {
        Events.binary(Events.MODIFY_ATTRIBUTE)
                .post(door.path())
                .then()
                .statusCode(202)
                .body(emptyString());

        ditto.verify(putRequestedFor(urlEqualTo("/api/2/things/org.acme:lamp/attributes/on"))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalTo("true")));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void relaysAStructuredEventAndAnswers202WithoutBody(final Door door) {
        Events.structured(Events.MODIFY_ATTRIBUTE)
                .post(door.path())
                .then()
                .statusCode(202)
                .body(emptyString());

        ditto.verify(putRequestedFor(urlEqualTo("/api/2/things/org.acme:lamp/attributes/on"))
                .withRequestBody(equalTo("true")));
    }
}
