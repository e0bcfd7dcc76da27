package dev.dittosink;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static dev.dittosink.support.Case.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.dittosink.support.Case;
import dev.dittosink.support.Door;
import dev.dittosink.support.Events;
import dev.dittosink.support.TwoDoorTest;
import dev.dittosink.support.WireRequest;
import dev.dittosink.support.WireResponse;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Error bodies stay short, ASCII and free of the sink's insides however long or exotic the value they echo: Knative
 * copies at most 1024 characters of a failed answer into the dead-letter event, whose headers must be ASCII.
 * {@link WireResponse#assertRejected} checks length, ASCII and the absence of stack traces for every case.
 */
@QuarkusTest
class ErrorBodyTest extends TwoDoorTest {

    private static final String LONG = "a".repeat(5000);
    private static final WireRequest BINARY = WireRequest.binary();

    static Stream<Arguments> cases() {
        return Case.throughBothDoors(
                rejected("media type of 5000 chars", BINARY.with("Content-Type", "text/" + LONG),
                        415, "mediatype.unsupported"),
                rejected("specversion of 5000 chars", BINARY.with("ce-specversion", "1." + LONG),
                        400, "cloudevent.unparsable"),
                rejected("extension name of 5000 chars", BINARY.with("ce-" + LONG + "-", "x"),
                        400, "cloudevent.unparsable"),
                rejected("dataschema of 5000 chars", BINARY.with("ce-dataschema", "https://x/" + LONG),
                        400, "cloudevent.dataschema.unsupported"),
                rejected("data of 5000 chars that is not JSON", BINARY.withBody(LONG), 400, "json.invalid"),
                rejected("dataschema with a non-ASCII char", BINARY.with("ce-dataschema", "https://x/caf%C3%A9"),
                        400, "cloudevent.dataschema.unsupported"),
                rejected("structured datacontenttype with non-ASCII chars", WireRequest.structured(
                        WireRequest.structuredJson(",\"datacontenttype\":\"text/pl\u00e4in\u20ac\"",
                                "\"data\":" + Events.MODIFY_ATTRIBUTE)), 415, "mediatype.unsupported"),
                rejected("thing id with a non-ASCII char", BINARY.withBody(Events.command(
                        "org.acme/l\u00e4mp/things/twin/commands/modify", "/attributes/on", "true")),
                        400, "things:id.invalid"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void staysShortAndAscii(final Door door, final Case testCase) {
        check(door, testCase);
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void answersAnOversizedEventInDittosFormat(final Door door) {
        // One byte more than Quarkus' default body limit of 10 MiB; Ditto's own limit is lower still.
        final byte[] body = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(body, (byte) ' ');
        final byte[] command = Events.MODIFY_ATTRIBUTE.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(command, 0, body, 0, command.length);

        BINARY.withBody(body).post(root, door).assertRejected(413, "cloudevent.payload.toolarge");
        ditto.verify(0, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void keepsNonAsciiTextReadableThroughEscapes(final Door door) {
        final WireResponse response = BINARY.with("ce-dataschema", "https://x/caf%C3%A9").post(root, door);

        assertThat(response.body()).contains("\\u00e9");
        assertThat(response.readJson().path("message").asText()).contains("https://x/caf\u00e9");
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void shortensDittosOwnLongNonAsciiError(final Door door) {
        ditto.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody("{\"status\":404,\"error\":\"things:thing.notfound\",\"message\":\"" + "\u00fc".repeat(5000)
                        + "\",\"description\":\"" + LONG + "\",\"stackTrace\":\"at dev.acme.Exception\"}")));

        final WireResponse response = BINARY.post(root, door);

        final JsonNode error = response.assertRejected(404, "things:thing.notfound");
        assertThat(error.path("message").asText()).startsWith("\u00fc\u00fc\u00fc").endsWith("...");
    }
}
