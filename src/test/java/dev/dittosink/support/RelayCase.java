package dev.dittosink.support;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * One row of a mapping table: a Ditto Protocol command sent as a binary CloudEvent, and the one call of Ditto's HTTP
 * API it must become, down to method, path and query, headers and body.
 *
 * @param name what the row is about, shown as the test's name
 * @param protocolJson the event's data
 * @param requestHeaders extra headers of the CloudEvent request itself
 * @param method the expected HTTP method
 * @param url the expected path and query, exactly as on the wire
 * @param headers expected headers and values
 * @param absentHeaders headers that must not reach Ditto
 * @param body the expected body, or {@code null} when the request must have none
 */
public record RelayCase(String name, String protocolJson, Map<String, String> requestHeaders, String method,
        String url, Map<String, String> headers, Set<String> absentHeaders, StringValuePattern body) {

    /**
     * @param topic the Ditto Protocol topic
     * @param path the Ditto Protocol path
     * @return a builder for the row
     */
    public static Builder command(final String topic, final String path) {
        return new Builder(topic, path);
    }

    /** @return every case paired with every door, for {@code @MethodSource} */
    public static Stream<Arguments> throughEveryDoor(final List<RelayCase> cases) {
        return Stream.of(Door.values()).flatMap(door -> cases.stream().map(c -> Arguments.of(door, c)));
    }

    /**
     * Sends the command through the door and checks that Ditto received exactly the expected call and nothing else.
     *
     * @return the one request Ditto received, for further checks
     */
    public LoggedRequest assertRelayedThrough(final Door door, final WireMockServer ditto) {
        given()
                .headers(Events.binaryHeaders())
                .headers(requestHeaders)
                .contentType("application/json")
                .body(protocolJson)
                .post(door.path())
                .then()
                .statusCode(202)
                .body(emptyString());

        final RequestPatternBuilder expected = RequestPatternBuilder.newRequestPattern(
                RequestMethod.fromString(method), urlEqualTo(url));
        headers.forEach((header, value) -> expected.withHeader(header, equalTo(value)));
        absentHeaders.forEach(expected::withoutHeader);
        if (body != null) {
            expected.withRequestBody(body);
        }
        ditto.verify(1, expected);

        final List<LoggedRequest> received = ditto.findAll(anyRequestedFor(anyUrl()));
        assertThat(received).as("requests Ditto received").hasSize(1);
        if (body == null) {
            assertThat(received.get(0).getBody()).as("body of %s", this).isEmpty();
        }
        return received.get(0);
    }

    @Override
    public String toString() {
        return name + " -> " + method + " " + url;
    }

    /** Builds a {@link RelayCase}; every expectation is explicit in the row that uses it. */
    public static final class Builder {

        private final String topic;
        private final String path;
        private String value;
        private String fields;
        private final Map<String, String> protocolHeaders = new LinkedHashMap<>();
        private final Map<String, String> requestHeaders = new LinkedHashMap<>();
        private String name;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final Set<String> absentHeaders = new LinkedHashSet<>();
        private StringValuePattern body;

        private Builder(final String topic, final String path) {
            this.topic = topic;
            this.path = path;
        }

        /** @param json the protocol value as JSON text */
        public Builder value(final String json) {
            this.value = json;
            return this;
        }

        /** @param selector the protocol {@code fields} */
        public Builder fields(final String selector) {
            this.fields = selector;
            return this;
        }

        /** @param jsonValue the header's value as JSON text, e.g. {@code "\"abc\""} or {@code "[\"my-ack\"]"} */
        public Builder protocolHeader(final String header, final String jsonValue) {
            protocolHeaders.put(header, jsonValue);
            return this;
        }

        /** A header of the CloudEvent HTTP request, not of the Ditto Protocol message. */
        public Builder requestHeader(final String header, final String value) {
            requestHeaders.put(header, value);
            return this;
        }

        public Builder named(final String caseName) {
            this.name = caseName;
            return this;
        }

        /** Expects the header with this value, replacing an earlier expectation that it be absent. */
        public Builder expectHeader(final String header, final String expectedValue) {
            absentHeaders.remove(header);
            headers.put(header, expectedValue);
            return this;
        }

        /** Expects these headers to be absent, replacing earlier expectations of their values. */
        public Builder expectNoHeader(final String... names) {
            for (final String header : names) {
                headers.remove(header);
                absentHeaders.add(header);
            }
            return this;
        }

        /** The body must be this JSON, compared as JSON. */
        public Builder expectJson(final String json) {
            this.body = equalToJson(json);
            return this;
        }

        /** The body must be exactly this text. */
        public Builder expectText(final String text) {
            this.body = equalTo(text);
            return this;
        }

        /**
         * @param expectedMethod the HTTP method Ditto must see
         * @param expectedUrl the path and query Ditto must see, exactly as on the wire
         * @return the row
         */
        public RelayCase expect(final String expectedMethod, final String expectedUrl) {
            final List<String> members = new ArrayList<>();
            members.add("\"topic\":\"" + topic + "\"");
            members.add("\"path\":\"" + path + "\"");
            final List<String> headerMembers = new ArrayList<>();
            protocolHeaders.forEach((header, json) -> headerMembers.add("\"" + header + "\":" + json));
            members.add("\"headers\":{" + String.join(",", headerMembers) + "}");
            if (value != null) {
                members.add("\"value\":" + value);
            }
            if (fields != null) {
                members.add("\"fields\":\"" + fields + "\"");
            }
            final String caseName = name != null ? name
                    : topic.substring(topic.indexOf('/', topic.indexOf('/') + 1) + 1) + " " + path;
            return new RelayCase(caseName, "{" + String.join(",", members) + "}", Map.copyOf(requestHeaders),
                    expectedMethod, expectedUrl, Map.copyOf(headers), Set.copyOf(absentHeaders), body);
        }
    }
}
