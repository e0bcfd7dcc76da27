package dev.dittosink;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.dittosink.support.DittoStandIn;
import dev.dittosink.support.Door;
import dev.dittosink.support.Events;
import dev.dittosink.support.RelayCase;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Which Ditto Protocol headers reach Ditto's HTTP API, which never do, and which the sink sets itself, following
 * how Ditto's own CloudEvents endpoint treats them.
 */
@QuarkusTest
class HeaderMappingTest extends DittoStandIn {

    private static final String THING = "/api/2/things/org.acme:lamp";
    private static final String ATTRIBUTE = THING + "/attributes/on";
    private static final String TWIN_MODIFY = "org.acme/lamp/things/twin/commands/modify";

    static Stream<Arguments> passedHeaders() {
        return RelayCase.throughEveryDoor(List.of(
                modifyAttribute().protocolHeader("if-match", "\"\\\"rev:1\\\"\"")
                        .expectHeader("If-Match", "\"rev:1\"").expect("PUT", ATTRIBUTE),
                modifyAttribute().protocolHeader("if-none-match", "\"\\\"rev:2\\\"\"")
                        .expectHeader("If-None-Match", "\"rev:2\"").expect("PUT", ATTRIBUTE),
                modifyAttribute().protocolHeader("if-equal", "\"skip\"")
                        .expectHeader("if-equal", "skip").expect("PUT", ATTRIBUTE),
                modifyAttribute().protocolHeader("condition", "\"eq(attributes/on,false)\"")
                        .expectHeader("condition", "eq(attributes/on,false)").expect("PUT", ATTRIBUTE),
                // A timeout inside the relay's passes unchanged; a longer one is cut (see StatusPolicyTest).
                modifyAttribute().protocolHeader("timeout", "\"4s\"")
                        .expectHeader("timeout", "4s").expect("PUT", ATTRIBUTE),
                modifyAttribute()
                        .protocolHeader("put-metadata", "[{\"key\":\"/issuedBy\",\"value\":\"sensor-1\"}]")
                        .expectHeader("put-metadata", "[{\"key\":\"/issuedBy\",\"value\":\"sensor-1\"}]")
                        .expect("PUT", ATTRIBUTE),
                modifyAttribute().protocolHeader("myapp-foo", "\"bar\"")
                        .expectHeader("myapp-foo", "bar").expect("PUT", ATTRIBUTE)));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("passedHeaders")
    void passesConditionalTimeoutMetadataAndCustomHeadersThrough(final Door door, final RelayCase relay) {
        relay.assertRelayedThrough(door, ditto);
    }

    static Stream<Arguments> withheldHeaders() {
        return RelayCase.throughEveryDoor(List.of(
                modifyAttribute().named("ditto-* headers of the payload")
                        .protocolHeader("ditto-originator", "\"nginx:evil\"")
                        .protocolHeader("ditto-foo", "\"bar\"")
                        .expectNoHeader("ditto-originator", "ditto-foo")
                        .expect("PUT", ATTRIBUTE),
                modifyAttribute().named("credentials of the payload")
                        .protocolHeader("authorization", "\"Basic ZXZpbDpldmls\"")
                        .protocolHeader("x-ditto-pre-authenticated", "\"nginx:evil\"")
                        .expectNoHeader("Authorization", "x-ditto-pre-authenticated")
                        .expect("PUT", ATTRIBUTE),
                modifyAttribute().named("credentials of the event request")
                        .requestHeader("x-ditto-pre-authenticated", "nginx:evil")
                        .requestHeader("ditto-foo", "bar")
                        .expectNoHeader("Authorization", "x-ditto-pre-authenticated", "ditto-foo")
                        .expect("PUT", ATTRIBUTE)));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("withheldHeaders")
    void neverLetsDittoInternalOrCredentialHeadersReachDitto(final Door door, final RelayCase relay) {
        relay.assertRelayedThrough(door, ditto);
    }

    static Stream<Arguments> acknowledgementHeaders() {
        return RelayCase.throughEveryDoor(List.of(
                modifyAttribute().named("twin command asking for a response and its own acks")
                        .protocolHeader("response-required", "true")
                        .protocolHeader("requested-acks", "[\"my-ack\"]")
                        .expectHeader("response-required", "false")
                        .expectHeader("requested-acks", "twin-persisted")
                        .expect("PUT", ATTRIBUTE),
                RelayCase.command("org.acme/lamp/things/live/commands/modify", "/attributes/on").value("true")
                        .named("live command")
                        .expectJson("true")
                        .expectHeader("response-required", "false")
                        .expectNoHeader("requested-acks")
                        .expect("PUT", ATTRIBUTE + "?channel=live"),
                RelayCase.command(TWIN_MODIFY, "/attributes/on").value("true")
                        .named("twin topic made live by its channel header")
                        .protocolHeader("channel", "\"live\"")
                        .expectJson("true")
                        .expectHeader("response-required", "false")
                        .expectNoHeader("requested-acks", "channel")
                        .expect("PUT", ATTRIBUTE + "?channel=live"),
                RelayCase.command("org.acme/lamp-policy/policies/commands/modify", "/entries/owner/subjects/a:b")
                        .named("policy command keeps its response-required")
                        .protocolHeader("response-required", "false")
                        .value("{\"type\":\"basic\"}")
                        .expectJson("{\"type\":\"basic\"}")
                        .expectHeader("response-required", "false")
                        .expectNoHeader("requested-acks")
                        .expect("PUT", "/api/2/policies/org.acme:lamp-policy/entries/owner/subjects/a:b"),
                RelayCase.command("org.acme/lamp/things/twin/commands/retrieve", "/attributes")
                        .named("twin retrieve, which Ditto refuses with response-required=false")
                        .expectNoHeader("response-required")
                        .expectHeader("requested-acks", "twin-persisted")
                        .expect("GET", THING + "/attributes"),
                RelayCase.command("org.acme/lamp/things/live/messages/ask", "/inbox/messages/ask")
                        .named("message keeps its response-required")
                        .protocolHeader("content-type", "\"text/plain\"")
                        .protocolHeader("response-required", "false")
                        .value("\"on?\"")
                        .expectText("on?")
                        .expectHeader("response-required", "false")
                        .expectNoHeader("requested-acks")
                        .expect("POST", THING + "/inbox/messages/ask")));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("acknowledgementHeaders")
    void forcesDittosAcknowledgementHeadersOnThingCommandsOnly(final Door door, final RelayCase relay) {
        relay.assertRelayedThrough(door, ditto);
    }

    static Stream<Arguments> contentTypes() {
        return RelayCase.throughEveryDoor(List.of(
                RelayCase.command("org.acme/lamp/things/twin/commands/merge", "/attributes")
                        .named("merge")
                        .protocolHeader("content-type", "\"application/merge-patch+json\"")
                        .value("{\"on\":null}")
                        .expectHeader("Content-Type", "application/merge-patch+json")
                        .expectJson("{\"on\":null}")
                        .expect("PATCH", THING + "/attributes"),
                message("text/plain", "\"hello\"").expectHeader("Content-Type", "text/plain")
                        .expectText("hello").expect("POST", THING + "/inbox/messages/ask"),
                message("application/json", "\"hello\"").expectHeader("Content-Type", "application/json")
                        .expectText("\"hello\"").expect("POST", THING + "/inbox/messages/ask"),
                message("application/json", "{\"a\":[1,2]}").expectHeader("Content-Type", "application/json")
                        .expectJson("{\"a\":[1,2]}").expect("POST", THING + "/inbox/messages/ask"),
                message("application/vnd.acme+json", "{\"a\":1}")
                        .expectHeader("Content-Type", "application/vnd.acme+json")
                        .expectJson("{\"a\":1}").expect("POST", THING + "/inbox/messages/ask"),
                // Ditto reads a string without a content type as base64; "aGk=" is "hi".
                RelayCase.command("org.acme/lamp/things/live/messages/ask", "/inbox/messages/ask")
                        .named("message without content type")
                        .value("\"aGk=\"")
                        .expectHeader("Content-Type", "application/octet-stream")
                        .expectText("hi").expect("POST", THING + "/inbox/messages/ask")));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("contentTypes")
    void sendsMergesAsMergePatchAndMessagesInTheirOwnContentType(final Door door, final RelayCase relay) {
        relay.assertRelayedThrough(door, ditto);
    }

    static Stream<Arguments> correlationIds() {
        final List<RelayCase> cases = new ArrayList<>();
        cases.add(modifyAttribute().named("x-correlation-id of the request wins")
                .requestHeader("x-correlation-id", "from-x-header")
                .requestHeader("correlation-id", "from-header")
                .protocolHeader("correlation-id", "\"from-payload\"")
                .expectHeader("correlation-id", "from-x-header")
                .expectNoHeader("x-correlation-id")
                .expect("PUT", ATTRIBUTE));
        cases.add(modifyAttribute().named("else correlation-id of the request")
                .requestHeader("correlation-id", "from-header")
                .protocolHeader("correlation-id", "\"from-payload\"")
                .expectHeader("correlation-id", "from-header")
                .expect("PUT", ATTRIBUTE));
        cases.add(modifyAttribute().named("else correlation-id of the payload")
                .protocolHeader("correlation-id", "\"from-payload\"")
                .expectHeader("correlation-id", "from-payload")
                .expect("PUT", ATTRIBUTE));
        return RelayCase.throughEveryDoor(cases);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("correlationIds")
    void choosesTheCorrelationIdAsDittoDoes(final Door door, final RelayCase relay) {
        relay.assertRelayedThrough(door, ditto);
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void derivesTheSameUuidCorrelationIdForEveryDeliveryOfAnEvent(final Door door) {
        final RelayCase withoutCorrelationId = modifyAttribute().expect("PUT", ATTRIBUTE);

        final String first = withoutCorrelationId.assertRelayedThrough(door, ditto).getHeader("correlation-id");
        ditto.resetRequests();
        final String again = withoutCorrelationId.assertRelayedThrough(door, ditto).getHeader("correlation-id");
        ditto.resetRequests();
        Events.structured(Events.command(TWIN_MODIFY, "/attributes/on", "true"))
                .post(door.path())
                .then()
                .statusCode(202)
                .body(emptyString());
        final List<LoggedRequest> structured = ditto.findAll(anyRequestedFor(anyUrl()));

        assertThat(UUID.fromString(first)).hasToString(first);
        assertThat(again).as("correlation id of a redelivery").isEqualTo(first);
        assertThat(structured).singleElement()
                .extracting(request -> request.getHeader("correlation-id"))
                .as("correlation id of the same event in structured mode")
                .isEqualTo(first);
    }

    private static RelayCase.Builder modifyAttribute() {
        return RelayCase.command(TWIN_MODIFY, "/attributes/on").value("true")
                .expectHeader("Content-Type", "application/json")
                .expectJson("true");
    }

    private static RelayCase.Builder message(final String contentType, final String value) {
        return RelayCase.command("org.acme/lamp/things/live/messages/ask", "/inbox/messages/ask")
                .named("message in " + contentType + " " + value)
                .protocolHeader("content-type", "\"" + contentType + "\"")
                .value(value);
    }
}
