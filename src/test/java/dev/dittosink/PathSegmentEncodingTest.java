package dev.dittosink;

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
 * Keys, ids and labels arrive percent-encoded in exactly their own resource: no character of a key can end the path,
 * start the query or fragment, or climb to another resource.
 */
@QuarkusTest
class PathSegmentEncodingTest extends DittoStandIn {

    private static final String THING = "/api/2/things/org.acme:lamp";
    private static final String POLICY = "/api/2/policies/org.acme:lamp-policy";

    static Stream<Arguments> awkwardKeys() {
        return RelayCase.throughEveryDoor(List.of(
                attribute("/attributes/living room", THING + "/attributes/living%20room"),
                attribute("/attributes/100%", THING + "/attributes/100%25"),
                // A key that looks encoded is a literal key: its "%" is escaped like any other.
                attribute("/attributes/a%20b", THING + "/attributes/a%2520b"),
                attribute("/attributes/what?on=false", THING + "/attributes/what%3Fon%3Dfalse"),
                attribute("/attributes/#tag", THING + "/attributes/%23tag"),
                attribute("/attributes/a;b", THING + "/attributes/a%3Bb"),
                attribute("/attributes/..", THING + "/attributes/%2E%2E"),
                attribute("/attributes/../policyId", THING + "/attributes/%2E%2E/policyId"),
                attribute("/attributes/room one/..", THING + "/attributes/room%20one/%2E%2E"),
                attribute("/features/living room/properties/on",
                        THING + "/features/living%20room/properties/on"),
                attribute("/features/light/properties/dim level %",
                        THING + "/features/light/properties/dim%20level%20%25"),
                RelayCase.command("org.acme/lamp-policy/policies/commands/retrieve", "/entries/my label")
                        .expectNoHeader("Content-Type")
                        .expect("GET", POLICY + "/entries/my%20label"),
                RelayCase.command("org.acme/lamp-policy/policies/commands/delete",
                                "/entries/my label/subjects/nginx:ditto")
                        .expect("DELETE", POLICY + "/entries/my%20label/subjects/nginx:ditto")));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("awkwardKeys")
    void percentEncodesEveryKeyIntoItsOwnResource(final Door door, final RelayCase relay) {
        relay.assertRelayedThrough(door, ditto);
    }

    private static RelayCase attribute(final String path, final String url) {
        return RelayCase.command("org.acme/lamp/things/twin/commands/modify", path).value("1")
                .expectHeader("Content-Type", "application/json")
                .expectJson("1")
                .expect("PUT", url);
    }
}
