package dev.dittosink.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.github.tomakehurst.wiremock.stubbing.Scenario;

import dev.dittosink.support.DittoStandIn;
import dev.dittosink.support.Door;
import dev.dittosink.support.Events;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Knative redelivers; with duplicate suppression on, an event Ditto accepted is answered again without a second
 * call. Each test uses its own event id, since the record outlives a test.
 */
@QuarkusTest
@TestProfile(DuplicateEventTest.DuplicatesEnabled.class)
class DuplicateEventTest extends DittoStandIn {

    public static class DuplicatesEnabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sink.duplicates.enabled", "true", "sink.reply.enabled", "true");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void relaysTheSameSourceAndIdOnlyOnce(final Door door) {
        final String id = UUID.randomUUID().toString();

        Events.binary(Events.MODIFY_ATTRIBUTE, id).post(door.path()).then().statusCode(202).body(emptyString());
        Events.binary(Events.MODIFY_ATTRIBUTE, id).post(door.path()).then().statusCode(202).body(emptyString());

        ditto.verify(1, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void relaysTheRetryOfAnEventDittoDidNotAccept(final Door door) {
        final String id = UUID.randomUUID().toString();
        ditto.stubFor(any(anyUrl()).inScenario("outage").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        ditto.stubFor(any(anyUrl()).inScenario("outage").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(204)));

        Events.binary(Events.MODIFY_ATTRIBUTE, id).post(door.path()).then().statusCode(503);
        Events.binary(Events.MODIFY_ATTRIBUTE, id).post(door.path()).then().statusCode(202);
        Events.binary(Events.MODIFY_ATTRIBUTE, id).post(door.path()).then().statusCode(202);

        ditto.verify(2, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void answersADuplicateWithTheStoredReply(final Door door) {
        final String id = UUID.randomUUID().toString();
        ditto.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204).withHeader("ETag", "\"rev:3\"")));

        Events.binary(Events.MODIFY_ATTRIBUTE, id).header("Prefer", "reply").post(door.path())
                .then().statusCode(200).body("headers.etag", equalTo("\"rev:3\""));
        Events.binary(Events.MODIFY_ATTRIBUTE, id).header("Prefer", "reply").post(door.path())
                .then().statusCode(200).body("headers.etag", equalTo("\"rev:3\""));

        ditto.verify(1, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void relaysEventsWithTheSameIdFromAnotherSource(final Door door) {
        final String id = UUID.randomUUID().toString();

        final Map<String, String> otherSource = Events.binaryHeaders();
        otherSource.put("ce-id", id);
        otherSource.put("ce-source", "/devices/other-lamp");

        Events.binary(Events.MODIFY_ATTRIBUTE, id).post(door.path()).then().statusCode(202);
        given().headers(otherSource).contentType("application/json").body(Events.MODIFY_ATTRIBUTE)
                .post(door.path())
                .then().statusCode(202);

        ditto.verify(2, anyRequestedFor(anyUrl()));
    }
}
