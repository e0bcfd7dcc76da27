package dev.dittosink;

import static dev.dittosink.support.Case.accepted;
import static dev.dittosink.support.Case.rejected;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.dittosink.support.Case;
import dev.dittosink.support.Door;
import dev.dittosink.support.Events;
import dev.dittosink.support.TwoDoorTest;
import dev.dittosink.support.WireRequest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The event's data read with Ditto's own Ditto Protocol parser: whatever it rejects is answered as Ditto answers it,
 * and signals Ditto's HTTP API cannot take (events, responses, errors, acks, search) are a 400, never a 500.
 */
@QuarkusTest
class DittoProtocolRejectionTest extends TwoDoorTest {

    private static final String TOPIC = "org.acme/lamp/things/twin/commands/modify";
    private static final String UNSUPPORTED = "cloudevent.signal.unsupported";

    static Stream<Arguments> cases() {
        return Case.throughBothDoors(
                accepted("canonical command", data(Events.MODIFY_ATTRIBUTE)),
                rejected("data not JSON", data("topic=" + TOPIC), 400, "json.invalid"),
                rejected("data a JSON array", data("[" + Events.MODIFY_ATTRIBUTE + "]"), 400, "json.invalid"),
                rejected("no topic", data("{\"path\":\"/attributes/on\",\"headers\":{},\"value\":true}"),
                        400, "json.field.missing"),
                rejected("no path", data("{\"topic\":\"" + TOPIC + "\",\"headers\":{},\"value\":true}"),
                        400, "json.field.missing"),
                rejected("unknown channel", command("org.acme/lamp/things/foo/commands/modify", "/attributes/on"),
                        400, "protocoladapter:unknown.topicpath"),
                rejected("unknown action", command("org.acme/lamp/things/twin/commands/patch", "/attributes/on"),
                        400, "protocoladapter:unknown.topicpath"),
                rejected("unknown path", command(TOPIC, "/unknown"), 400, "protocoladapter:unknown.path"),
                rejected("message path and subject differ",
                        command("org.acme/lamp/things/live/messages/hello", "/inbox/messages/other"),
                        400, "protocoladapter:invalid.path"),
                rejected("invalid thing id", command("1org/lamp/things/twin/commands/modify", "/attributes/on"),
                        400, "things:id.invalid"),
                rejected("merge without merge-patch content type",
                        command("org.acme/lamp/things/twin/commands/merge", "/attributes/on"),
                        415, "mediatype.unsupported"),
                accepted("merge with merge-patch content type", data(Events.command(
                        "org.acme/lamp/things/twin/commands/merge", "/attributes/on", "true",
                        "{\"content-type\":\"application/merge-patch+json\"}"))),
                rejected("response-required maybe", withHeaders("{\"response-required\":\"maybe\"}"),
                        400, "header.invalid"),
                rejected("timeout abc", withHeaders("{\"timeout\":\"abc\"}"), 400, "timeout.invalid"),
                rejected("timeout 0 on a twin command, which always awaits twin-persisted",
                        withHeaders("{\"timeout\":\"0\"}"), 400, "header.invalid"),
                rejected("channel foo", withHeaders("{\"channel\":\"foo\"}"), 400, "header.invalid"),
                rejected("requested-acks not an array", withHeaders("{\"requested-acks\":\"twin-persisted\"}"),
                        400, "header.invalid"),
                rejected("empty correlation-id", withHeaders("{\"correlation-id\":\"\"}"), 400, "header.invalid"),
                rejected("invalid Ditto-internal header", withHeaders("{\"ditto-auth-context\":\"evil\"}"),
                        400, "header.invalid"),
                rejected("x-correlation-id request header with a control char",
                        WireRequest.binary().with("x-correlation-id", "a\tb"), 400, "header.invalid"),
                rejected("x-correlation-id request header of 257 chars",
                        WireRequest.binary().with("x-correlation-id", "c".repeat(257)), 400, "header.invalid"),
                rejected("modify without value", command(TOPIC, "/attributes/on", null), 400, "json.invalid"),
                rejected("definition not an array", data(Events.command(TOPIC, "/definition", "{}")),
                        400, "json.format.invalid"),
                rejected("thing id in value differs from topic", data(Events.command(TOPIC, "/",
                        "{\"thingId\":\"org.acme:other\"}")), 400, "things:id.notsettable"),
                rejected("merge on a policy", data(Events.command("org.acme/lamp/policies/commands/merge", "/",
                        "{}", "{\"content-type\":\"application/merge-patch+json\"}")),
                        400, "protocoladapter:unknown.topicpath"),
                rejected("JSON key with a control char", data(Events.command(TOPIC, "/attributes",
                        "{\"a\\u0001b\":1}")), 400, "json.key.invalid"),
                rejected("data not UTF-8", WireRequest.binary().withBody(new byte[] {'{', (byte) 0xC0, '}'}),
                        400, "json.invalid"),
                rejected("an event without revision: the parser's own answer",
                        command("org.acme/lamp/things/twin/events/modified", "/attributes/on"),
                        400, "json.field.missing"),
                rejected("an event", data("{\"topic\":\"org.acme/lamp/things/twin/events/modified\","
                        + "\"path\":\"/attributes/on\",\"headers\":{},\"value\":true,\"revision\":1}"),
                        400, UNSUPPORTED),
                rejected("a command response", data("{\"topic\":\"" + TOPIC + "\",\"path\":\"/attributes/on\","
                        + "\"headers\":{},\"status\":204}"), 400, UNSUPPORTED),
                rejected("an error", data(Events.command("org.acme/lamp/things/twin/errors", "/",
                        "{\"status\":404,\"error\":\"things:thing.notfound\",\"message\":\"gone\"}")
                        .replace("}}", "},\"status\":404}")), 400, UNSUPPORTED),
                rejected("an acknowledgement", data("{\"topic\":\"org.acme/lamp/things/twin/acks/custom-ack\","
                        + "\"path\":\"/\",\"headers\":{},\"status\":200}"), 400, UNSUPPORTED),
                rejected("a search subscription", data(Events.command("_/_/things/twin/search/subscribe", "/",
                        "{\"filter\":\"eq(attributes/on,true)\"}")), 400, UNSUPPORTED));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void answersAsDittosParser(final Door door, final Case testCase) {
        check(door, testCase);
    }

    private static WireRequest data(final String dittoProtocol) {
        return WireRequest.binary(dittoProtocol);
    }

    private static WireRequest command(final String topic, final String path) {
        return command(topic, path, "true");
    }

    private static WireRequest command(final String topic, final String path, final String value) {
        return data(Events.command(topic, path, value));
    }

    private static WireRequest withHeaders(final String headersJson) {
        return data(Events.command(TOPIC, "/attributes/on", "true", headersJson));
    }
}
