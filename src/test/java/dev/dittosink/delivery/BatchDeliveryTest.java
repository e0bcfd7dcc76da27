package dev.dittosink.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Collections;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.dittosink.support.DittoStandIn;
import dev.dittosink.support.Door;
import dev.dittosink.support.Events;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Batch content mode: accepted on the REST door, event by event in order; refused on the Knative door. */
@QuarkusTest
@TestProfile(BatchDeliveryTest.SmallBatches.class)
class BatchDeliveryTest extends DittoStandIn {

    public static class SmallBatches implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sink.batch.max-events", "3");
        }
    }

    private static final String BATCH = "application/cloudevents-batch+json";

    private static String modify(final String attribute) {
        return Events.command("org.acme/lamp/things/twin/commands/modify", "/attributes/" + attribute, "1");
    }

    @Test
    void relaysEveryValidEventOfAMixedBatchInOrderAndReportsEachOne() {
        final String batch = "[" + Events.structuredEvent(modify("first"), "a") + ","
                + Events.structuredEvent("{\"topic\":\"org.acme/lamp/things/twin/commands/modify\"}", "b") + ","
                + Events.structuredEvent(modify("third"), "c") + "]";

        given().contentType(BATCH).body(batch).post(Door.DITTO_PATH.path())
                .then()
                .statusCode(400)
                .body("events", hasSize(3))
                .body("events[0].id", equalTo("a"))
                .body("events[0].status", equalTo(202))
                .body("events[0].error", nullValue())
                .body("events[1].id", equalTo("b"))
                .body("events[1].status", equalTo(400))
                .body("events[1].error.error", equalTo("json.field.missing"))
                .body("events[2].id", equalTo("c"))
                .body("events[2].status", equalTo(202));

        ditto.verify(2, anyRequestedFor(anyUrl()));
        ditto.verify(putRequestedFor(urlEqualTo("/api/2/things/org.acme:lamp/attributes/first")));
        ditto.verify(putRequestedFor(urlEqualTo("/api/2/things/org.acme:lamp/attributes/third")));
    }

    @Test
    void answers200WhenEveryEventWasAccepted() {
        final String batch = "[" + Events.structuredEvent(modify("x"), "a") + ","
                + Events.structuredEvent(modify("y"), "b") + "]";

        given().contentType(BATCH).body(batch).post(Door.DITTO_PATH.path())
                .then()
                .statusCode(200)
                .body("events.status", equalTo(java.util.List.of(202, 202)));
    }

    @Test
    void refusesABatchOverTheConfiguredSizeBeforeRelayingAnything() {
        final String batch = "[" + String.join(",", Collections.nCopies(4, Events.structuredEvent(modify("x"), "a")))
                + "]";

        given().contentType(BATCH).body(batch).post(Door.DITTO_PATH.path())
                .then()
                .statusCode(413)
                .body("error", equalTo("cloudevent.batch.toolarge"));

        ditto.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void refusesABatchThatIsNotAJsonArray() {
        given().contentType(BATCH).body(Events.structuredEvent(modify("x"), "a")).post(Door.DITTO_PATH.path())
                .then()
                .statusCode(400)
                .body("error", equalTo("cloudevent.unparsable"));
    }

    @Test
    void knativeDoorRefusesBatchesWithAStatusKnativeDoesNotRetry() {
        final String batch = "[" + Events.structuredEvent(modify("x"), "a") + "]";

        given().contentType(BATCH).body(batch).post(Door.KNATIVE.path())
                .then()
                .statusCode(400)
                .body("error", equalTo("cloudevent.unparsable"));

        ditto.verify(0, anyRequestedFor(anyUrl()));
    }
}
