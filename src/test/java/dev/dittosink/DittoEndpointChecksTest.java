package dev.dittosink;

import static dev.dittosink.support.Case.accepted;
import static dev.dittosink.support.Case.rejected;
import static java.nio.charset.StandardCharsets.UTF_8;

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
 * The checks Ditto's endpoint applies to a well-formed CloudEvent, in Ditto's order: payload present, then data
 * content type allowed, then data schema acceptable.
 */
@QuarkusTest
class DittoEndpointChecksTest extends TwoDoorTest {

    private static final WireRequest BINARY = WireRequest.binary();
    private static final String PAYLOAD_MISSING = "cloudevent.payload.missing";
    private static final String MEDIA_TYPE = "mediatype.unsupported";
    private static final String SCHEMA = "cloudevent.dataschema.unsupported";

    static Stream<Arguments> cases() {
        return Case.throughBothDoors(
                rejected("empty body", BINARY.withBody(""), 400, PAYLOAD_MISSING),
                rejected("empty body with text/plain: payload is checked first",
                        BINARY.withBody("").with("Content-Type", "text/plain"), 400, PAYLOAD_MISSING),
                rejected("structured event without data", WireRequest.structured(WireRequest.structuredJson(
                        "", "\"datacontenttype\":\"application/json\"")), 400, PAYLOAD_MISSING),
                rejected("structured data_base64 without datacontenttype, so octet-stream",
                        WireRequest.structured(WireRequest.structuredJson("", "\"data_base64\":\""
                                + Base64.getEncoder().encodeToString(Events.MODIFY_ATTRIBUTE.getBytes(UTF_8)) + "\"")),
                        415, MEDIA_TYPE),
                rejected("Content-Type text/plain", BINARY.with("Content-Type", "text/plain"), 415, MEDIA_TYPE),
                rejected("Content-Type without a slash", BINARY.with("Content-Type", "json"), 415, MEDIA_TYPE),
                rejected("Content-Type with an empty parameter",
                        BINARY.with("Content-Type", "text/plain;;=;"), 415, MEDIA_TYPE),
                rejected("Content-Type of question marks", BINARY.with("Content-Type", "???"), 415, MEDIA_TYPE),
                accepted("Content-Type with a malformed charset parameter",
                        BINARY.with("Content-Type", "application/json; charset=")),
                rejected("no Content-Type (octet-stream)", BINARY.without("Content-Type"), 415, MEDIA_TYPE),
                rejected("text/plain with an unsupported schema: media type is checked before schema",
                        BINARY.with("Content-Type", "text/plain").with("ce-dataschema", "https://x"),
                        415, MEDIA_TYPE),
                accepted("Ditto's own media type",
                        BINARY.with("Content-Type", "application/vnd.eclipse.ditto+json")),
                accepted("dataschema ditto:xyz", BINARY.with("ce-dataschema", "ditto:xyz")),
                rejected("dataschema scheme in upper case", BINARY.with("ce-dataschema", "DITTO:xyz"), 400, SCHEMA),
                rejected("dataschema https://x", BINARY.with("ce-dataschema", "https://x"), 400, SCHEMA),
                // Ditto answers an empty 500 here (NullPointerException on the missing scheme); 400 is deliberate.
                rejected("relative dataschema", BINARY.with("ce-dataschema", "foo"), 400, SCHEMA),
                // In 0.3 the schema is schemaurl; dataschema is an ordinary extension there, as in Ditto's SDK.
                accepted("0.3 with dataschema https://x as extension",
                        BINARY.with("ce-specversion", "0.3").with("ce-dataschema", "https://x")),
                rejected("0.3 with schemaurl https://x",
                        BINARY.with("ce-specversion", "0.3").with("ce-schemaurl", "https://x"), 400, SCHEMA));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void checksInDittosOrder(final Door door, final Case testCase) {
        check(door, testCase);
    }
}
