package dev.dittosink;

import static dev.dittosink.support.Case.accepted;
import static dev.dittosink.support.Case.rejected;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
 * The CloudEvents HTTP protocol binding: what makes a request a well-formed CloudEvent. Every violation is Ditto's
 * {@code cloudevent.unparsable} (400); every case changes one thing of the canonical valid event.
 */
@QuarkusTest
class CloudEventBindingTest extends TwoDoorTest {

    private static final int BAD_REQUEST = 400;
    private static final String UNPARSABLE = "cloudevent.unparsable";

    private static final WireRequest BINARY = WireRequest.binary();
    private static final String DATA = "\"datacontenttype\":\"application/json\"";
    private static final String STRUCTURED_DOCUMENT =
            WireRequest.structuredJson("," + DATA, "\"data\":" + Events.MODIFY_ATTRIBUTE);
    private static final WireRequest STRUCTURED = WireRequest.structured(STRUCTURED_DOCUMENT);

    static Stream<Arguments> binaryCases() {
        return Case.throughBothDoors(
                accepted("canonical binary event", BINARY),
                unparsable("no ce-specversion, so no CloudEvent at all", BINARY.without("ce-specversion")),
                unparsable("ce-specversion 2.0", BINARY.with("ce-specversion", "2.0")),
                accepted("ce-specversion 0.3", BINARY.with("ce-specversion", "0.3")),
                unparsable("no ce-id", BINARY.without("ce-id")),
                unparsable("empty ce-id", BINARY.with("ce-id", "")),
                unparsable("no ce-source", BINARY.without("ce-source")),
                unparsable("empty ce-source", BINARY.with("ce-source", "")),
                unparsable("no ce-type", BINARY.without("ce-type")),
                unparsable("empty ce-type", BINARY.with("ce-type", "")),
                unparsable("extension name with a dash", BINARY.with("ce-my-ext", "x")),
                unparsable("extension name with an underscore", BINARY.with("ce-my_ext", "x")),
                accepted("extension name of lower-case letters and digits", BINARY.with("ce-myext1", "x")),
                unparsable("ce-time with a blank instead of T", BINARY.with("ce-time", "2026-12-03 16:00:00Z")),
                unparsable("ce-time without offset", BINARY.with("ce-time", "2026-12-03T16:00:00")),
                accepted("ce-time in RFC 3339", BINARY.with("ce-time", "2026-12-03T16:00:00.123+01:00")),
                unparsable("ce-source not a URI", BINARY.with("ce-source", "/devices/my lamp")),
                unparsable("ce-dataschema not a URI", BINARY.with("ce-dataschema", "ditto:my schema")),
                unparsable("percent not followed by hex", BINARY.with("ce-subject", "a%zzb")),
                unparsable("percent at the end", BINARY.with("ce-subject", "100%")),
                unparsable("overlong UTF-8 %C0%A0", BINARY.with("ce-subject", "a%C0%A0b")),
                accepted("percent-encoded blank", BINARY.with("ce-subject", "a%20b")),
                accepted("lower-case hex escapes of UTF-8", BINARY.with("ce-subject", "caf%c3%a9")),
                accepted("quoted string", BINARY.with("ce-subject", "\"a b\"")),
                accepted("quoted string with an escaped quote", BINARY.with("ce-subject", "\"a\\\"b\"")),
                unparsable("ce-id sent twice", BINARY.adding("ce-id", "evt-2")),
                unparsable("ce-type sent twice with the same value", BINARY.adding("ce-type", Events.TYPE)),
                unparsable("ce-id sent twice in different case", BINARY.adding("CE-Id", "evt-2")),
                accepted("ce- header name in upper case", BINARY.without("ce-id").adding("CE-ID", Events.ID)),
                accepted("Content-Type in mixed case with parameter",
                        BINARY.with("Content-Type", "Application/JSON; charset=utf-8")),
                unparsable("batch content type without a batch (the REST door takes real batches)",
                        BINARY.with("Content-Type", "application/cloudevents-batch+json")));
    }

    static Stream<Arguments> structuredCases() {
        final String dataBase64 = Base64.getEncoder()
                .encodeToString(Events.MODIFY_ATTRIBUTE.getBytes(StandardCharsets.UTF_8));
        return Case.throughBothDoors(
                accepted("canonical structured event", STRUCTURED),
                accepted("structured content type in upper case",
                        STRUCTURED.with("Content-Type", "APPLICATION/CLOUDEVENTS+JSON")),
                accepted("structured content type with charset",
                        STRUCTURED.with("Content-Type", "application/cloudevents+json; charset=UTF-8")),
                accepted("data_base64 instead of data", STRUCTURED.withBody(
                        WireRequest.structuredJson("," + DATA, "\"data_base64\":\"" + dataBase64 + "\""))),
                accepted("data without datacontenttype, so JSON", STRUCTURED.withBody(
                        WireRequest.structuredJson("", "\"data\":" + Events.MODIFY_ATTRIBUTE))),
                unparsable("data_base64 not base64", STRUCTURED.withBody(
                        WireRequest.structuredJson("," + DATA, "\"data_base64\":\"not base64!\""))),
                unparsable("body not JSON", STRUCTURED.withBody(STRUCTURED_DOCUMENT.substring(1))),
                unparsable("body a JSON array", STRUCTURED.withBody("[" + STRUCTURED_DOCUMENT + "]")),
                unparsable("data and data_base64 both", STRUCTURED.withBody(WireRequest.structuredJson("," + DATA,
                        "\"data\":" + Events.MODIFY_ATTRIBUTE + ",\"data_base64\":\"" + dataBase64 + "\""))),
                unparsable("duplicate JSON key", STRUCTURED.withBody(WireRequest.structuredJson(
                        ",\"id\":\"evt-2\"," + DATA, "\"data\":" + Events.MODIFY_ATTRIBUTE))),
                unparsable("64-bit integer extension", STRUCTURED.withBody(WireRequest.structuredJson(
                        ",\"myext\":4294967296," + DATA, "\"data\":" + Events.MODIFY_ATTRIBUTE))),
                accepted("32-bit integer extension", STRUCTURED.withBody(WireRequest.structuredJson(
                        ",\"myext\":2147483647," + DATA, "\"data\":" + Events.MODIFY_ATTRIBUTE))),
                unparsable("structured without id", STRUCTURED.withBody(
                        STRUCTURED_DOCUMENT.replace("\"id\":\"" + Events.ID + "\",", ""))),
                unparsable("structured id a JSON number", STRUCTURED.withBody(
                        STRUCTURED_DOCUMENT.replace("\"id\":\"" + Events.ID + "\"", "\"id\":1"))),
                unparsable("structured type a JSON boolean", STRUCTURED.withBody(
                        STRUCTURED_DOCUMENT.replace("\"type\":\"" + Events.TYPE + "\"", "\"type\":true"))),
                unparsable("structured time not RFC 3339", STRUCTURED.withBody(WireRequest.structuredJson(
                        ",\"time\":\"yesterday\"," + DATA, "\"data\":" + Events.MODIFY_ATTRIBUTE))),
                accepted("structured extension null, which means absent", STRUCTURED.withBody(
                        WireRequest.structuredJson(",\"myext\":null," + DATA, "\"data\":" + Events.MODIFY_ATTRIBUTE))),
                accepted("structured specversion 0.3", STRUCTURED.withBody(
                        STRUCTURED_DOCUMENT.replace("\"specversion\":\"1.0\"", "\"specversion\":\"0.3\""))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("binaryCases")
    void binaryMode(final Door door, final Case testCase) {
        check(door, testCase);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("structuredCases")
    void structuredMode(final Door door, final Case testCase) {
        check(door, testCase);
    }

    private static Case unparsable(final String name, final WireRequest request) {
        return rejected(name, request, BAD_REQUEST, UNPARSABLE);
    }
}
