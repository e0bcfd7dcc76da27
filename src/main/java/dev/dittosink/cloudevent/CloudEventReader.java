package dev.dittosink.cloudevent;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.ditto.base.model.exceptions.CloudEventNotParsableException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.dittosink.config.CloudEventsConfig;
import dev.dittosink.outcome.ErrorText;

/**
 * Reads a CloudEvent from an HTTP request following the CloudEvents HTTP protocol binding v1.0, in binary or
 * structured content mode, and checks what the binding and the core specification require of its attributes.
 *
 * <p>Every violation becomes Ditto's {@code cloudevent.unparsable} (400), as on Ditto's endpoint. Thread-safe.
 */
@ApplicationScoped
public class CloudEventReader {

    static final String STRUCTURED_JSON = "application/cloudevents+json";

    private static final String CE_PREFIX = "ce-";
    private static final String BATCH_PREFIX = "application/cloudevents-batch";
    private static final String STRUCTURED_PREFIX = "application/cloudevents";
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[a-z0-9]+");
    private static final Pattern RFC_3339 = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");
    private static final List<String> REQUIRED = List.of("id", "source", "type");
    /** Context attributes typed String, URI(-reference) or Timestamp: JSON strings in the JSON event format. */
    private static final Set<String> STRING_TYPED = Set.of("specversion", "id", "source", "type", "datacontenttype",
            "dataschema", "schemaurl", "subject", "time");

    private final ObjectMapper structuredReader = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final CloudEventsConfig config;

    public CloudEventReader(final CloudEventsConfig config) {
        this.config = config;
        // Deep nesting is refused early so that a hostile document cannot exhaust the stack.
        structuredReader.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(200)
                .build());
    }

    /**
     * @param request the request as received
     * @return the event it carries
     * @throws CloudEventNotParsableException if the request is not a well-formed CloudEvent
     */
    public SinkCloudEvent read(final IncomingRequest request) {
        final String contentType = request.header("Content-Type").orElse(null);
        final String lowerContentType = contentType == null ? "" : contentType.trim().toLowerCase(Locale.ROOT);

        if (lowerContentType.startsWith(BATCH_PREFIX)) {
            throw unparsable("Batch mode is not supported: send one event per request");
        }
        if (lowerContentType.startsWith(STRUCTURED_PREFIX)) {
            return readStructured(lowerContentType, request.body());
        }
        if (request.header(CE_PREFIX + "specversion").isPresent()) {
            return readBinary(request, contentType);
        }
        throw unparsable("Could not parse. Unknown encoding. Invalid content type or spec version");
    }

    private SinkCloudEvent readBinary(final IncomingRequest request, final String contentType) {
        final Map<String, String> attributes = new LinkedHashMap<>();
        request.headers().forEach((name, values) -> {
            if (name.length() >= CE_PREFIX.length() && name.regionMatches(true, 0, CE_PREFIX, 0, CE_PREFIX.length())) {
                final String attribute = name.substring(CE_PREFIX.length()).toLowerCase(Locale.ROOT);
                if (values.size() != 1) {
                    throw unparsable("Attribute '" + attribute + "' was sent more than once");
                }
                attributes.put(attribute, decodeHeader(attribute, values.get(0)));
            }
        });

        // In binary mode Content-Type is the data content type; a ce-datacontenttype header loses to it, as on Ditto.
        attributes.remove("datacontenttype");
        final byte[] body = request.body();
        return build(ContentMode.BINARY, attributes, contentType, body.length == 0 ? null : body);
    }

    private static String decodeHeader(final String attribute, final String raw) {
        try {
            return HeaderValues.decode(raw);
        } catch (final IllegalArgumentException e) {
            throw unparsable("Invalid encoding of attribute '" + attribute + "': " + e.getMessage());
        }
    }

    private SinkCloudEvent readStructured(final String lowerContentType, final byte[] body) {
        final String mediaType = mediaType(lowerContentType);
        if (!STRUCTURED_JSON.equals(mediaType)) {
            throw unparsable("Could not parse. Unknown encoding. Invalid content type or spec version");
        }
        if (!config.structuredModeEnabled()) {
            throw unparsable("Structured content mode is disabled: send the event in binary content mode");
        }

        final JsonNode document = parseStructured(body);
        final Map<String, String> attributes = new LinkedHashMap<>();
        JsonNode data = null;
        JsonNode dataBase64 = null;
        for (final Iterator<Map.Entry<String, JsonNode>> it = document.fields(); it.hasNext(); ) {
            final Map.Entry<String, JsonNode> field = it.next();
            final JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            switch (field.getKey()) {
                case "data" -> data = value;
                case "data_base64" -> dataBase64 = value;
                default -> attributes.put(field.getKey(), structuredAttribute(field.getKey(), value));
            }
        }

        if (data != null && dataBase64 != null) {
            throw unparsable("An event must not have both 'data' and 'data_base64'");
        }
        String dataContentType = attributes.remove("datacontenttype");
        final byte[] dataBytes;
        if (dataBase64 != null) {
            dataBytes = decodeBase64(dataBase64);
        } else if (data != null) {
            // The JSON event format says: data without datacontenttype is JSON.
            dataContentType = dataContentType == null ? "application/json" : dataContentType;
            dataBytes = structuredData(data, dataContentType);
        } else {
            dataBytes = null;
        }
        return build(ContentMode.STRUCTURED, attributes, dataContentType, dataBytes);
    }

    private JsonNode parseStructured(final byte[] body) {
        final JsonNode document;
        try {
            document = structuredReader.readTree(body);
        } catch (final IOException e) {
            throw unparsable("The structured event is not valid JSON");
        }
        if (document == null || !document.isObject()) {
            throw unparsable("The structured event is not a JSON object");
        }
        return document;
    }

    private static String structuredAttribute(final String name, final JsonNode value) {
        if (value.isTextual()) {
            return value.textValue();
        }
        if (STRING_TYPED.contains(name)) {
            // Only extensions may be booleans or integers; "id": 1 is no string, as sdk-java's JSON format agrees.
            throw unparsable("Invalid attribute value for \"" + name + "\": must be a JSON string");
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.asText();
        }
        throw unparsable("Invalid attribute/extension value for \"" + name + "\": only strings, booleans and "
                + "32-bit integers are allowed");
    }

    private byte[] structuredData(final JsonNode data, final String dataContentType) {
        if (data.isTextual() && !isJson(dataContentType)) {
            return data.textValue().getBytes(StandardCharsets.UTF_8);
        }
        try {
            return structuredReader.writeValueAsBytes(data);
        } catch (final IOException e) {
            throw unparsable("The event's data could not be written as JSON");
        }
    }

    private static byte[] decodeBase64(final JsonNode dataBase64) {
        if (!dataBase64.isTextual()) {
            throw unparsable("'data_base64' must be a string");
        }
        try {
            return Base64.getDecoder().decode(dataBase64.textValue());
        } catch (final IllegalArgumentException e) {
            throw unparsable("'data_base64' is not valid base64");
        }
    }

    private static SinkCloudEvent build(final ContentMode mode, final Map<String, String> attributes,
            final String dataContentType, final byte[] data) {

        final String specVersion = attributes.remove("specversion");
        if (!"1.0".equals(specVersion) && !"0.3".equals(specVersion)) {
            throw unparsable("Invalid specversion: " + ErrorText.abbreviate(specVersion));
        }
        for (final String name : attributes.keySet()) {
            if (!ATTRIBUTE_NAME.matcher(name).matches()) {
                throw unparsable("Invalid extensions name: " + ErrorText.abbreviate(name));
            }
        }
        for (final String name : REQUIRED) {
            final String value = attributes.get(name);
            if (value == null) {
                throw unparsable("Attribute '" + name + "' cannot be null");
            }
            if (value.isEmpty()) {
                throw unparsable("Attribute '" + name + "' cannot be empty");
            }
        }

        final String source = attributes.remove("source");
        ensureUriReference("source", source);
        final String dataSchemaName = "0.3".equals(specVersion) ? "schemaurl" : "dataschema";
        final String dataSchema = attributes.remove(dataSchemaName);
        if (dataSchema != null) {
            ensureUriReference(dataSchemaName, dataSchema);
        }
        final String subject = attributes.remove("subject");
        if (subject != null && subject.isEmpty()) {
            throw unparsable("Attribute 'subject' cannot be empty");
        }
        final OffsetDateTime time = parseTime(attributes.remove("time"));

        return new SinkCloudEvent(mode, specVersion, attributes.remove("id"), source, attributes.remove("type"),
                dataContentType, dataSchema, subject, time, Map.copyOf(attributes), data);
    }

    private static void ensureUriReference(final String name, final String value) {
        try {
            new URI(value);
        } catch (final URISyntaxException e) {
            throw unparsable("Invalid attribute/extension value for \"" + name + "\": not a URI: "
                    + ErrorText.abbreviate(value));
        }
        if (value.isEmpty()) {
            throw unparsable("Attribute '" + name + "' cannot be empty");
        }
    }

    private static OffsetDateTime parseTime(final String time) {
        if (time == null) {
            return null;
        }
        try {
            if (!RFC_3339.matcher(time).matches()) {
                throw new DateTimeParseException("not RFC 3339", time, 0);
            }
            return OffsetDateTime.parse(time.toUpperCase(Locale.ROOT));
        } catch (final DateTimeParseException e) {
            throw unparsable("Invalid attribute/extension value for \"time\": " + ErrorText.abbreviate(time));
        }
    }

    /**
     * @param contentType a content type, possibly with parameters
     * @return its media type: lower case, without parameters or surrounding blanks
     */
    static String mediaType(final String contentType) {
        final int semicolon = contentType.indexOf(';');
        final String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return type.trim().toLowerCase(Locale.ROOT);
    }

    private static boolean isJson(final String contentType) {
        final String type = mediaType(contentType);
        return type.endsWith("/json") || type.endsWith("+json");
    }

    private static CloudEventNotParsableException unparsable(final String reason) {
        return CloudEventNotParsableException.withDetailedInformationBuilder(reason).build();
    }
}
