package dev.dittosink;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.dittosink.support.DittoStandIn;
import dev.dittosink.support.Door;
import dev.dittosink.support.RelayCase;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every thing command of Ditto Protocol becomes the one HTTP API v2 call that does the same: create, modify, merge,
 * retrieve and delete at every path level, retrieve of several things and definition migration, on the twin and
 * the live channel.
 */
@QuarkusTest
class ThingCommandMappingTest extends DittoStandIn {

    private static final String TOPIC = "org.acme/lamp/things/";
    private static final String THING = "/api/2/things/org.acme:lamp";
    private static final String JSON = "application/json";
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String CORRELATION_ID = "thing-mapping-1";

    static Stream<Arguments> thingCommands() {
        final List<RelayCase> cases = new ArrayList<>();
        cases.add(twin("create", "/").value("{\"thingId\":\"org.acme:lamp\",\"attributes\":{\"on\":true}}")
                .expectHeader("Content-Type", JSON)
                .expectHeader("If-None-Match", "*")
                .expectJson("{\"thingId\":\"org.acme:lamp\",\"attributes\":{\"on\":true}}")
                .expect("PUT", THING));
        cases.addAll(everyVerb("/", THING, "{\"attributes\":{\"on\":true}}", "thingId,attributes(on)",
                "?fields=thingId,attributes(on)"));
        cases.add(twinRetrieve("/").named("things/twin/commands/retrieve / without fields")
                .expect("GET", THING));

        // The policy id cannot be deleted through Ditto Protocol, so there is no DELETE here.
        cases.add(modify("/policyId", THING + "/policyId", "\"org.acme:lamp-policy\""));
        cases.add(merge("/policyId", THING + "/policyId", "\"org.acme:lamp-policy\""));
        cases.add(retrieve("/policyId", THING + "/policyId"));

        cases.addAll(everyVerb("/definition", THING + "/definition", "\"org.acme:lamp:1.0.0\"", null, ""));
        cases.addAll(everyVerb("/attributes", THING + "/attributes", "{\"on\":true,\"location\":{\"lat\":52.5}}",
                "location/lat", "?fields=location/lat"));
        // A single attribute takes no field selector: Ditto's resource has none, so the sink drops it.
        cases.addAll(everyVerb("/attributes/location/lat", THING + "/attributes/location/lat", "52.5",
                "lat", ""));
        cases.addAll(everyVerb("/features", THING + "/features", "{\"light\":{\"properties\":{\"on\":true}}}",
                "light/properties", "?fields=light/properties"));
        cases.addAll(everyVerb("/features/light", THING + "/features/light", "{\"properties\":{\"on\":true}}",
                "properties/on", "?fields=properties/on"));
        cases.addAll(everyVerb("/features/light/definition", THING + "/features/light/definition",
                "[\"org.acme:light:1.0.0\"]", null, ""));
        for (final String kind : List.of("properties", "desiredProperties")) {
            final String path = "/features/light/" + kind;
            cases.addAll(everyVerb(path, THING + path, "{\"on\":true,\"color\":{\"red\":255}}", "color",
                    "?fields=color"));
            cases.addAll(everyVerb(path + "/color/red", THING + path + "/color/red", "255", "red", ""));
        }

        cases.add(command("twin", "migrate", "/")
                .value("{\"thingDefinitionUrl\":\"https://models.acme.org/lamp-2.0.0.tm.jsonld\","
                        + "\"migrationPayload\":{\"attributes\":{\"model\":\"L2\"}},"
                        + "\"patchConditions\":{\"thing:/features/light\":\"exists(features/light)\"},"
                        + "\"initializeMissingPropertiesFromDefaults\":true}")
                .expectHeader("Content-Type", JSON)
                .expectHeader("response-required", "false")
                .expectHeader("requested-acks", "twin-persisted")
                .expectJson("{\"thingDefinitionUrl\":\"https://models.acme.org/lamp-2.0.0.tm.jsonld\","
                        + "\"migrationPayload\":{\"attributes\":{\"model\":\"L2\"}},"
                        + "\"patchConditions\":{\"thing:/features/light\":\"exists(features/light)\"},"
                        + "\"initializeMissingPropertiesFromDefaults\":true}")
                .expect("POST", THING + "/migrateDefinition"));

        // Retrieving several things is no ThingCommand: Ditto forces no acknowledgement headers on it.
        cases.add(RelayCase.command("org.acme/_/things/twin/commands/retrieve", "/")
                .value("{\"thingIds\":[\"org.acme:lamp\",\"org.acme:switch\"]}")
                .fields("thingId,attributes")
                .protocolHeader("correlation-id", "\"" + CORRELATION_ID + "\"")
                .expectHeader("correlation-id", CORRELATION_ID)
                .expectNoHeader("Content-Type", "response-required", "requested-acks")
                .expect("GET", "/api/2/things?fields=thingId,attributes&ids=org.acme:lamp,org.acme:switch"));
        cases.add(RelayCase.command("org.acme/_/things/live/commands/retrieve", "/")
                .value("{\"thingIds\":[\"org.acme:lamp\",\"org.acme:switch\"]}")
                .protocolHeader("correlation-id", "\"" + CORRELATION_ID + "\"")
                .expectHeader("correlation-id", CORRELATION_ID)
                .expectNoHeader("Content-Type", "response-required", "requested-acks")
                .expect("GET", "/api/2/things?channel=live&ids=org.acme:lamp,org.acme:switch"));

        cases.addAll(liveCommands());
        return RelayCase.throughEveryDoor(cases);
    }

    /** Live thing commands go to the same resources with {@code channel=live} and await no persistence. */
    private static List<RelayCase> liveCommands() {
        return List.of(
                live("create", "/").value("{\"attributes\":{\"on\":true}}")
                        .expectHeader("Content-Type", JSON)
                        .expectHeader("If-None-Match", "*")
                        .expectJson("{\"attributes\":{\"on\":true}}")
                        .expect("PUT", THING + "?channel=live"),
                live("modify", "/attributes/on").value("true")
                        .expectHeader("Content-Type", JSON)
                        .expectNoHeader("If-None-Match")
                        .expectJson("true")
                        .expect("PUT", THING + "/attributes/on?channel=live"),
                live("merge", "/features/light/properties").value("{\"on\":false}")
                        .protocolHeader("content-type", "\"" + MERGE_PATCH + "\"")
                        .expectHeader("Content-Type", MERGE_PATCH)
                        .expectJson("{\"on\":false}")
                        .expect("PATCH", THING + "/features/light/properties?channel=live"),
                live("retrieve", "/").fields("attributes")
                        .expectNoHeader("Content-Type", "response-required")
                        .expect("GET", THING + "?channel=live&fields=attributes"),
                live("delete", "/features/light")
                        .expectNoHeader("Content-Type")
                        .expect("DELETE", THING + "/features/light?channel=live"));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("thingCommands")
    void relaysEveryThingCommandToItsHttpResource(final Door door, final RelayCase relay) {
        relay.assertRelayedThrough(door, ditto);
    }

    private static List<RelayCase> everyVerb(final String path, final String url, final String value,
            final String fields, final String expectedQuery) {

        final RelayCase.Builder retrieve = twinRetrieve(path);
        if (fields != null) {
            retrieve.fields(fields);
        }
        return List.of(modify(path, url, value), merge(path, url, value), retrieve.expect("GET", url + expectedQuery),
                twin("delete", path).expectNoHeader("Content-Type").expect("DELETE", url));
    }

    private static RelayCase modify(final String path, final String url, final String value) {
        return twin("modify", path).value(value)
                .expectHeader("Content-Type", JSON)
                .expectNoHeader("If-None-Match")
                .expectJson(value)
                .expect("PUT", url);
    }

    private static RelayCase merge(final String path, final String url, final String value) {
        return twin("merge", path).value(value)
                .protocolHeader("content-type", "\"" + MERGE_PATCH + "\"")
                .expectHeader("Content-Type", MERGE_PATCH)
                .expectNoHeader("If-None-Match")
                .expectJson(value)
                .expect("PATCH", url);
    }

    private static RelayCase retrieve(final String path, final String url) {
        return twinRetrieve(path).expect("GET", url);
    }

    /** A twin retrieve: a query command must not carry response-required=false, or Ditto refuses it with 400. */
    private static RelayCase.Builder twinRetrieve(final String path) {
        return twin("retrieve", path).expectNoHeader("Content-Type", "response-required");
    }

    /** A twin command, which Ditto only answers once persisted. */
    private static RelayCase.Builder twin(final String action, final String path) {
        return command("twin", action, path)
                .expectHeader("response-required", "false")
                .expectHeader("requested-acks", "twin-persisted");
    }

    /** A live command: fire and forget, with no acknowledgement to wait for. */
    private static RelayCase.Builder live(final String action, final String path) {
        return command("live", action, path)
                .expectHeader("response-required", "false")
                .expectNoHeader("requested-acks");
    }

    private static RelayCase.Builder command(final String channel, final String action, final String path) {
        return RelayCase.command(TOPIC + channel + "/commands/" + action, path)
                .protocolHeader("correlation-id", "\"" + CORRELATION_ID + "\"")
                .expectHeader("correlation-id", CORRELATION_ID);
    }
}
