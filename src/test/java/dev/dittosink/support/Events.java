package dev.dittosink.support;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;

import io.restassured.specification.RequestSpecification;

/**
 * Canonical CloudEvents for tests, built on the wire as real HTTP requests. Negative cases start from one of these
 * and change exactly one thing.
 */
public final class Events {

    public static final String ID = "evt-1";
    public static final String SOURCE = "/devices/lamp";
    public static final String TYPE = "org.acme.lamp.changed";

    /** A valid Ditto Protocol command: modify one attribute of a twin. */
    public static final String MODIFY_ATTRIBUTE = command("org.acme/lamp/things/twin/commands/modify",
            "/attributes/on", "true");

    private Events() {
    }

    /**
     * @param topic the Ditto Protocol topic
     * @param path the Ditto Protocol path
     * @param value the value as JSON text, or {@code null} for none
     * @return the Ditto Protocol JSON
     */
    public static String command(final String topic, final String path, final String value) {
        return command(topic, path, value, "{}");
    }

    /**
     * @param headersJson the Ditto Protocol headers as a JSON object text
     * @return the Ditto Protocol JSON
     */
    public static String command(final String topic, final String path, final String value,
            final String headersJson) {
        return "{\"topic\":\"" + topic + "\",\"path\":\"" + path + "\",\"headers\":" + headersJson
                + (value == null ? "" : ",\"value\":" + value) + "}";
    }

    /** @return the binary-mode attribute headers of the canonical event */
    public static Map<String, String> binaryHeaders() {
        final Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce-specversion", "1.0");
        headers.put("ce-id", ID);
        headers.put("ce-source", SOURCE);
        headers.put("ce-type", TYPE);
        return headers;
    }

    /** @return a binary-mode request carrying the given Ditto Protocol JSON as application/json */
    public static RequestSpecification binary(final String dittoProtocolJson) {
        return binary(dittoProtocolJson, ID);
    }

    /** @return the canonical binary-mode request with another event id */
    public static RequestSpecification binary(final String dittoProtocolJson, final String id) {
        final Map<String, String> headers = binaryHeaders();
        headers.put("ce-id", id);
        return given()
                .headers(headers)
                .contentType("application/json")
                .body(dittoProtocolJson);
    }

    /** @return a structured-mode request carrying the given Ditto Protocol JSON as the event's data */
    public static RequestSpecification structured(final String dittoProtocolJson) {
        return structured(dittoProtocolJson, ID);
    }

    /** @return the canonical structured-mode request with another event id */
    public static RequestSpecification structured(final String dittoProtocolJson, final String id) {
        return given()
                .contentType("application/cloudevents+json")
                .body(structuredEvent(dittoProtocolJson, id));
    }

    /** @return the canonical event as one structured-mode JSON document */
    public static String structuredEvent(final String dittoProtocolJson, final String id) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"" + SOURCE + "\",\"type\":\"" + TYPE
                + "\",\"datacontenttype\":\"application/json\",\"data\":" + dittoProtocolJson + "}";
    }
}
