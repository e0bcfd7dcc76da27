package dev.dittosink.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The sink's answer as it came off the wire, with the assertions every test makes about it.
 *
 * @param status the HTTP status
 * @param headers the response headers
 * @param body the body as UTF-8 text
 */
public record WireResponse(int status, HttpHeaders headers, String body) {

    /** Knative copies at most this many characters of a failed answer into the dead-letter event. */
    public static final int MAX_ERROR_BODY = 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ERROR_FIELDS = Set.of("status", "error", "message", "description", "href");

    /** Asserts Ditto's bare success: 202 and no body. */
    public void assertAccepted() {
        assertThat(status).as("status of %s", this).isEqualTo(202);
        assertThat(body).as("body of the 202").isEmpty();
    }

    /**
     * Asserts a failure answered in Ditto's error format: the status, the error code, nothing but Ditto's fields,
     * JSON as content type, a short ASCII body and nothing of the sink's insides.
     *
     * @return the error JSON, for further assertions
     */
    public JsonNode assertRejected(final int expectedStatus, final String expectedError) {
        assertThat(status / 100).as("no success for a failure: %s", this).isNotEqualTo(2);
        assertThat(status).as("status of %s", this).isEqualTo(expectedStatus);
        assertThat(headers.firstValue("Content-Type")).as("Content-Type of %s", this)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertShortAsciiWithoutInsides();

        final JsonNode error = readJson();
        assertThat(error.isObject()).as("error body is an object: %s", body).isTrue();
        assertThat(error.fieldNames()).toIterable().as("fields of %s", body).isSubsetOf(ERROR_FIELDS);
        assertThat(error.path("status").isInt()).as("status field of %s", body).isTrue();
        assertThat(error.path("status").intValue()).as("status field of %s", body).isEqualTo(expectedStatus);
        assertThat(error.path("error").asText()).as("error code of %s", body).isEqualTo(expectedError);
        assertThat(error.path("message").asText()).as("message of %s", body).isNotBlank();
        return error;
    }

    /**
     * Asserts a refusal in Ditto's error format whatever its status and code: a 4xx, JSON, only Ditto's fields, the
     * same status inside, an error code and a message.
     *
     * @return the error JSON
     */
    public JsonNode assertDittoStyleClientError() {
        assertThat(status).as("a client error: %s", this).isBetween(400, 499);
        final JsonNode error = assertRejected(status, readJson().path("error").asText());
        assertThat(error.path("error").asText()).as("error code of %s", body).isNotBlank();
        return error;
    }

    /** Asserts what Knative needs of every failed answer: short, ASCII, and without stack traces. */
    public void assertShortAsciiWithoutInsides() {
        assertThat(body.length()).as("length of %s", body).isLessThan(MAX_ERROR_BODY);
        assertThat(body.chars().allMatch(c -> c >= 0x20 && c < 0x7f)).as("printable ASCII only: %s", body).isTrue();
        assertThat(body).doesNotContain("Exception").doesNotContain("at dev.").doesNotContain("at org.");
    }

    /** @return the body read as JSON */
    public JsonNode readJson() {
        try {
            return JSON.readTree(body);
        } catch (final java.io.IOException e) {
            throw new AssertionError("The body is not JSON: " + body, e);
        }
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
