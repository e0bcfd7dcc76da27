package dev.dittosink.outcome;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.ditto.json.JsonObject;
import org.eclipse.ditto.json.JsonObjectBuilder;

import dev.dittosink.cloudevent.HeaderValues;

/**
 * The CloudEvent a successful relay answers with when the sender asked for a reply: its data is the Ditto Protocol
 * response to the relayed command.
 *
 * @param id the reply's id
 * @param source the reply's source
 * @param type the reply's type
 * @param subject the entity the command addressed, {@code null} if none
 * @param dataSchema the reply's data schema
 * @param data the Ditto Protocol response
 */
public record ReplyEvent(String id, String source, String type, String subject, String dataSchema,
        JsonObject data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json";

    /** @return the {@code ce-} headers of the reply in binary mode, values percent-encoded */
    public Map<String, String> binaryHeaders() {
        final Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce-id", HeaderValues.encode(id));
        headers.put("ce-specversion", SPEC_VERSION);
        headers.put("ce-source", HeaderValues.encode(source));
        headers.put("ce-type", HeaderValues.encode(type));
        if (subject != null) {
            headers.put("ce-subject", HeaderValues.encode(subject));
        }
        headers.put("ce-dataschema", HeaderValues.encode(dataSchema));
        return headers;
    }

    /** @return the reply as one {@code application/cloudevents+json} document */
    public String structured() {
        final JsonObjectBuilder event = JsonObject.newBuilder()
                .set("specversion", SPEC_VERSION)
                .set("id", id)
                .set("source", source)
                .set("type", type);
        if (subject != null) {
            event.set("subject", subject);
        }
        return event.set("dataschema", dataSchema)
                .set("datacontenttype", DATA_CONTENT_TYPE)
                .set("data", data)
                .build()
                .toString();
    }
}
