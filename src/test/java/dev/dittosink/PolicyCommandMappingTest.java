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
 * Every policy command that ditto-protocol 3.8.0 parses becomes the one HTTP API v2 call that does the same. Policy
 * commands are no thing commands: Ditto forces no acknowledgement headers on them.
 */
@QuarkusTest
class PolicyCommandMappingTest extends DittoStandIn {

    private static final String POLICY = "/api/2/policies/org.acme:lamp-policy";
    private static final String JSON = "application/json";
    private static final String CORRELATION_ID = "policy-mapping-1";
    private static final String RESOURCE = "{\"grant\":[\"READ\",\"WRITE\"],\"revoke\":[]}";
    private static final String SUBJECT = "{\"type\":\"basic\"}";
    private static final String ENTRY = "{\"subjects\":{\"nginx:ditto\":" + SUBJECT + "},"
            + "\"resources\":{\"thing:/\":" + RESOURCE + "}}";
    private static final String CREATED = "{\"policyId\":\"org.acme:lamp-policy\",\"entries\":{\"owner\":"
            + ENTRY + "}}";
    private static final String IMPORT = "{\"entries\":[\"owner\"]}";

    static Stream<Arguments> policyCommands() {
        return RelayCase.throughEveryDoor(List.of(
                policy("create", "/").value(CREATED)
                        .expectHeader("Content-Type", JSON)
                        .expectHeader("If-None-Match", "*")
                        .expectJson(CREATED)
                        .expect("PUT", POLICY),
                modify("/", POLICY, "{\"entries\":{\"owner\":" + ENTRY + "}}"),
                policy("retrieve", "/").fields("entries/owner/subjects")
                        .expect("GET", POLICY + "?fields=entries/owner/subjects"),
                delete("/", POLICY),

                modify("/entries", POLICY + "/entries", "{\"owner\":" + ENTRY + "}"),
                retrieve("/entries", POLICY + "/entries"),

                modify("/entries/owner", POLICY + "/entries/owner", ENTRY),
                retrieve("/entries/owner", POLICY + "/entries/owner"),
                delete("/entries/owner", POLICY + "/entries/owner"),

                modify("/entries/owner/subjects", POLICY + "/entries/owner/subjects",
                        "{\"nginx:ditto\":" + SUBJECT + "}"),
                retrieve("/entries/owner/subjects", POLICY + "/entries/owner/subjects"),

                modify("/entries/owner/subjects/nginx:ditto", POLICY + "/entries/owner/subjects/nginx:ditto",
                        SUBJECT),
                retrieve("/entries/owner/subjects/nginx:ditto", POLICY + "/entries/owner/subjects/nginx:ditto"),
                delete("/entries/owner/subjects/nginx:ditto", POLICY + "/entries/owner/subjects/nginx:ditto"),

                // Ditto reads a subject id from the rest of the URL too, so a "/" in it stays as it is.
                modify("/entries/owner/subjects/integration:acme/device",
                        POLICY + "/entries/owner/subjects/integration:acme/device", SUBJECT),
                delete("/entries/owner/subjects/integration:acme/device",
                        POLICY + "/entries/owner/subjects/integration:acme/device"),

                modify("/entries/owner/resources", POLICY + "/entries/owner/resources",
                        "{\"thing:/\":" + RESOURCE + "}"),
                retrieve("/entries/owner/resources", POLICY + "/entries/owner/resources"),

                // Ditto reads a resource key from the rest of the URL: its "/" stay separators.
                modify("/entries/owner/resources/thing:/features/x",
                        POLICY + "/entries/owner/resources/thing:/features/x", RESOURCE),
                retrieve("/entries/owner/resources/thing:/features/x",
                        POLICY + "/entries/owner/resources/thing:/features/x"),
                delete("/entries/owner/resources/thing:/features/x",
                        POLICY + "/entries/owner/resources/thing:/features/x"),
                modify("/entries/owner/resources/thing:/", POLICY + "/entries/owner/resources/thing:/", RESOURCE),

                modify("/imports", POLICY + "/imports", "{\"org.acme:other-policy\":" + IMPORT + "}"),
                retrieve("/imports", POLICY + "/imports"),

                modify("/imports/org.acme:other-policy", POLICY + "/imports/org.acme:other-policy", IMPORT),
                retrieve("/imports/org.acme:other-policy", POLICY + "/imports/org.acme:other-policy"),
                delete("/imports/org.acme:other-policy", POLICY + "/imports/org.acme:other-policy")));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("policyCommands")
    void relaysEveryPolicyCommandToItsHttpResource(final Door door, final RelayCase relay) {
        relay.assertRelayedThrough(door, ditto);
    }

    private static RelayCase modify(final String path, final String url, final String value) {
        return policy("modify", path).value(value)
                .expectHeader("Content-Type", JSON)
                .expectNoHeader("If-None-Match")
                .expectJson(value)
                .expect("PUT", url);
    }

    private static RelayCase retrieve(final String path, final String url) {
        return policy("retrieve", path).expect("GET", url);
    }

    private static RelayCase delete(final String path, final String url) {
        return policy("delete", path).expect("DELETE", url);
    }

    private static RelayCase.Builder policy(final String action, final String path) {
        final RelayCase.Builder builder = RelayCase.command("org.acme/lamp-policy/policies/commands/" + action, path)
                .protocolHeader("correlation-id", "\"" + CORRELATION_ID + "\"")
                .expectHeader("correlation-id", CORRELATION_ID)
                .expectNoHeader("response-required", "requested-acks");
        if (!"modify".equals(action) && !"create".equals(action)) {
            builder.expectNoHeader("Content-Type", "If-None-Match");
        }
        return builder;
    }
}
