package dev.dittosink.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.dittosink.support.DittoStandIn;
import dev.dittosink.support.Door;
import dev.dittosink.support.Events;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Reply events for senders that ask for one with {@code Prefer: reply}, as a Sequence step's dispatcher does. */
@QuarkusTest
@TestProfile(ReplyEventTest.RepliesEnabled.class)
class ReplyEventTest extends DittoStandIn {

    public static class RepliesEnabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sink.reply.enabled", "true", "sink.reply.type", "org.acme.twin.response",
                    "sink.reply.source", "/sinks/ditto");
        }
    }

    private static final String RETRIEVE = Events.command("org.acme/lamp/things/twin/commands/retrieve", "/", null);
    private static final String THING = "{\"thingId\":\"org.acme:lamp\",\"attributes\":{\"on\":true}}";

    private void dittoReturnsTheThing() {
        ditto.stubFor(get(urlPathEqualTo("/api/2/things/org.acme:lamp")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("ETag", "\"rev:7\"").withBody(THING)));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void repliesInBinaryModeWithTheRetrievedThing(final Door door) {
        dittoReturnsTheThing();

        final Response response = Events.binary(RETRIEVE).header("Prefer", "reply").post(door.path());

        response.then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .header("ce-specversion", "1.0")
                .header("ce-type", "org.acme.twin.response")
                .header("ce-source", "/sinks/ditto")
                .header("ce-subject", "org.acme:lamp")
                .header("ce-dataschema", "ditto:protocol-response")
                .body("topic", equalTo("org.acme/lamp/things/twin/commands/retrieve"))
                .body("path", equalTo("/"))
                .body("status", equalTo(200))
                .body("value.attributes.on", equalTo(true))
                .body("headers.etag", equalTo("\"rev:7\""));
        assertThat(response.header("ce-id")).isNotBlank();
        assertThat(JsonPath.from(response.asString()).getMap("headers")).containsKey("correlation-id");
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void repliesInStructuredModeWhenTheEventCameStructured(final Door door) {
        dittoReturnsTheThing();

        Events.structured(RETRIEVE).header("Prefer", "reply").post(door.path())
                .then()
                .statusCode(200)
                .contentType(startsWith("application/cloudevents+json"))
                .body("specversion", equalTo("1.0"))
                .body("type", equalTo("org.acme.twin.response"))
                .body("source", equalTo("/sinks/ditto"))
                .body("subject", equalTo("org.acme:lamp"))
                .body("dataschema", equalTo("ditto:protocol-response"))
                .body("datacontenttype", equalTo("application/json"))
                .body("data.status", equalTo(200))
                .body("data.value.thingId", equalTo("org.acme:lamp"))
                .body("data.headers.etag", equalTo("\"rev:7\""));
    }

    @Test
    void givesTheSameReplyThroughBothDoors() {
        dittoReturnsTheThing();

        final Response knative = Events.binary(RETRIEVE).header("Prefer", "reply").post(Door.KNATIVE.path());
        final Response rest = Events.binary(RETRIEVE).header("Prefer", "reply").post(Door.DITTO_PATH.path());

        for (final String attribute : new String[] {"ce-id", "ce-source", "ce-type", "ce-subject", "ce-dataschema"}) {
            assertThat(rest.header(attribute)).as(attribute).isEqualTo(knative.header(attribute));
        }
        assertThat(JsonPath.from(rest.asString()).getMap("")).isEqualTo(JsonPath.from(knative.asString()).getMap(""));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void repliesToAModifyWithDittosStatusAndNoValue(final Door door) {
        ditto.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204).withHeader("ETag", "\"rev:8\"")));

        Events.binary(Events.MODIFY_ATTRIBUTE).header("Prefer", "reply").post(door.path())
                .then()
                .statusCode(200)
                .body("topic", equalTo("org.acme/lamp/things/twin/commands/modify"))
                .body("path", equalTo("/attributes/on"))
                .body("status", equalTo(204))
                .body("value", nullValue())
                .body("headers.etag", equalTo("\"rev:8\""));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void answers202WithoutBodyWhenNoReplyIsAskedFor(final Door door) {
        dittoReturnsTheThing();

        Events.binary(RETRIEVE).post(door.path())
                .then()
                .statusCode(202)
                .header("ce-id", nullValue())
                .body(emptyString());
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void neverRepliesToAFailure(final Door door) {
        ditto.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody(StatusPolicyTest.NOT_FOUND)));

        Events.binary(RETRIEVE).header("Prefer", "reply").post(door.path())
                .then()
                .statusCode(404)
                .header("ce-id", nullValue())
                .body("error", equalTo("things:thing.notfound"));
    }
}
