package dev.dittosink.protocol;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;

import org.eclipse.ditto.base.model.exceptions.DittoJsonException;
import org.eclipse.ditto.base.model.exceptions.DittoRuntimeException;
import org.eclipse.ditto.base.model.signals.Signal;
import org.eclipse.ditto.base.model.signals.acks.Acknowledgement;
import org.eclipse.ditto.base.model.signals.acks.Acknowledgements;
import org.eclipse.ditto.base.model.signals.announcements.Announcement;
import org.eclipse.ditto.base.model.signals.commands.Command;
import org.eclipse.ditto.base.model.signals.commands.CommandResponse;
import org.eclipse.ditto.base.model.signals.commands.ErrorResponse;
import org.eclipse.ditto.base.model.signals.events.Event;
import org.eclipse.ditto.json.JsonObject;
import org.eclipse.ditto.json.JsonParseException;
import org.eclipse.ditto.json.JsonRuntimeException;
import org.eclipse.ditto.json.JsonValue;
import org.eclipse.ditto.messages.model.signals.commands.MessageCommand;
import org.eclipse.ditto.policies.model.signals.commands.PolicyCommand;
import org.eclipse.ditto.protocol.JsonifiableAdaptable;
import org.eclipse.ditto.protocol.ProtocolFactory;
import org.eclipse.ditto.protocol.adapter.DittoProtocolAdapter;
import org.eclipse.ditto.things.model.signals.commands.ThingCommand;
import org.eclipse.ditto.things.model.signals.commands.query.RetrieveThings;

import dev.dittosink.outcome.ErrorText;
import dev.dittosink.outcome.SignalNotRelayableException;

/**
 * Reads an event's data as Ditto Protocol with Ditto's own parser and keeps only what Ditto's HTTP API can execute.
 *
 * <p>Whatever the parser rejects is rethrown as the {@link DittoRuntimeException} Ditto's endpoint would answer
 * ({@code json.*}, {@code protocoladapter:*}, {@code things:*}, {@code policies:*}, {@code header.invalid}, ...).
 * Thread-safe: the adapter is stateless once built.
 */
@ApplicationScoped
public class DittoProtocolReader {

    private static final String FIELDS = "fields";

    private final DittoProtocolAdapter adapter = DittoProtocolAdapter.newInstance();

    /**
     * Checks what Ditto's lenient parser lets through: it keeps the last of duplicate keys, so a second "topic"
     * could name another thing than a filter upstream (first wins) saw, and it reads 1e400 as Infinity, which the
     * relay would send on as a body that is not JSON. Same nesting bound as a structured event.
     */
    private final JsonFactory strictJson = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
            .build();

    /**
     * @param data the event's data
     * @return the command it holds
     * @throws DittoRuntimeException if the data is not a relayable Ditto Protocol command
     */
    public ParsedCommand read(final byte[] data) {
        final JsonifiableAdaptable adaptable;
        final Signal<?> signal;
        final String fields;
        try {
            final String text = strictUtf8(data);
            ensureUnambiguous(data);
            final JsonObject json = JsonObject.of(text);
            adaptable = ProtocolFactory.jsonifiableAdaptableFromJson(json);
            fields = json.getValue(FIELDS).filter(JsonValue::isString).map(JsonValue::asString).orElse(null);
            signal = adapter.fromAdaptable(adaptable);
        } catch (final JsonRuntimeException e) {
            throw new DittoJsonException(e);
        } catch (final DittoRuntimeException e) {
            throw e;
        } catch (final RuntimeException e) {
            // The parser has a few unchecked paths of its own (class cast, illegal argument) for malformed input;
            // they mean the same as any other parse failure and must not become a 500.
            throw new DittoJsonException(JsonParseException.newBuilder()
                    .message("The Ditto Protocol message could not be read: " + e.getClass().getSimpleName())
                    .cause(e)
                    .build());
        }
        return new ParsedCommand(ensureRelayable(signal, adaptable), adaptable, fields);
    }

    private void ensureUnambiguous(final byte[] data) {
        try (JsonParser parser = strictJson.createParser(data)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_NUMBER_FLOAT && !Double.isFinite(parser.getDoubleValue())) {
                    throw JsonParseException.newBuilder()
                            .message("The number <" + ErrorText.abbreviate(parser.getText()) + "> is out of range.")
                            .build();
                }
            }
        } catch (final IOException e) {
            // The parser's own message quotes input and names its classes; neither belongs in the error body.
            throw JsonParseException.newBuilder()
                    .message("The Ditto Protocol message has a duplicate key, is nested too deeply or is no JSON.")
                    .build();
        }
    }

    private static Command<?> ensureRelayable(final Signal<?> signal, final JsonifiableAdaptable adaptable) {
        if (signal instanceof ThingCommand<?> || signal instanceof RetrieveThings
                || signal instanceof PolicyCommand<?> || signal instanceof MessageCommand<?, ?>) {
            return (Command<?>) signal;
        }
        throw SignalNotRelayableException.of(kindOf(signal),
                adaptable.getTopicPath().getPath());
    }

    private static String kindOf(final Signal<?> signal) {
        if (signal instanceof ErrorResponse<?>) {
            return "error";
        }
        if (signal instanceof CommandResponse<?>) {
            return "command response";
        }
        if (signal instanceof Event<?>) {
            return "event";
        }
        if (signal instanceof Acknowledgement || signal instanceof Acknowledgements) {
            return "acknowledgement";
        }
        if (signal instanceof Announcement<?>) {
            return "announcement";
        }
        if (signal.getClass().getName().contains(".thingsearch.")) {
            return "search command";
        }
        if (signal instanceof Command<?>) {
            return "command";
        }
        return "signal";
    }

    private static String strictUtf8(final byte[] data) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data))
                    .toString();
        } catch (final CharacterCodingException e) {
            throw JsonParseException.newBuilder().message("The data is not valid UTF-8.").build();
        }
    }
}
