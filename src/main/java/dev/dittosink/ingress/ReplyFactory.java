package dev.dittosink.ingress;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.ditto.base.model.entity.id.WithEntityId;
import org.eclipse.ditto.json.JsonFactory;
import org.eclipse.ditto.json.JsonObject;
import org.eclipse.ditto.json.JsonObjectBuilder;
import org.eclipse.ditto.json.JsonRuntimeException;
import org.eclipse.ditto.json.JsonValue;
import org.eclipse.ditto.protocol.Adaptable;

import dev.dittosink.config.ReplyConfig;
import dev.dittosink.ditto.DittoAnswer;
import dev.dittosink.outcome.ReplyEvent;

/**
 * Builds reply events: the Ditto Protocol response to a relayed command (same topic and path, Ditto's status, the
 * retrieved or created value, correlation id, {@code etag} and {@code location}) wrapped in a CloudEvent.
 */
@ApplicationScoped
public class ReplyFactory {

    static final String DATA_SCHEMA = "ditto:protocol-response";

    private final ReplyConfig config;

    public ReplyFactory(final ReplyConfig config) {
        this.config = config;
    }

    ReplyEvent replyTo(final AcceptedEvent accepted, final DittoAnswer answer) {
        final Adaptable adaptable = accepted.command().adaptable();
        final JsonObjectBuilder response = JsonObject.newBuilder()
                .set("topic", adaptable.getTopicPath().getPath())
                .set("path", adaptable.getPayload().getPath().toString())
                .set("status", answer.status());

        final JsonObjectBuilder headers = JsonObject.newBuilder().set("correlation-id", accepted.correlationId());
        answer.headers().forEach((name, value) -> headers.set(name.toLowerCase(Locale.ROOT), value));
        if ((answer.status() == 200 || answer.status() == 201) && answer.body().length > 0) {
            response.set("value", value(answer.body()));
            headers.set("content-type", ReplyEvent.DATA_CONTENT_TYPE);
        }
        response.set("headers", headers.build());

        final String subject = accepted.command().command() instanceof WithEntityId withId
                ? withId.getEntityId().toString() : null;
        final String identity = accepted.event().source() + '\n' + accepted.event().id() + "\nreply";
        final String id = UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)).toString();
        return new ReplyEvent(id, config.source(), config.type(), subject, DATA_SCHEMA, response.build());
    }

    private static JsonValue value(final byte[] body) {
        final String text = new String(body, StandardCharsets.UTF_8);
        try {
            return JsonFactory.readFrom(text);
        } catch (final JsonRuntimeException e) {
            // Ditto answers JSON; anything else is carried as text rather than lost.
            return JsonValue.of(text);
        }
    }
}
