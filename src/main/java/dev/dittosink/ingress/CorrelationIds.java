package dev.dittosink.ingress;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.ditto.base.model.exceptions.DittoHeaderInvalidException;

import dev.dittosink.cloudevent.IncomingRequest;
import dev.dittosink.cloudevent.SinkCloudEvent;
import dev.dittosink.protocol.ParsedCommand;

/**
 * Chooses the correlation id Ditto sees: the request's {@code x-correlation-id}, else its {@code correlation-id}
 * (Ditto's order), else the one in the Ditto Protocol headers, else one derived from the event's {@code source} and
 * {@code id}, so that every redelivery of an event carries the same id.
 */
final class CorrelationIds {

    private static final int MAX_LENGTH = 256;

    private CorrelationIds() {
    }

    static String choose(final IncomingRequest request, final ParsedCommand command, final SinkCloudEvent event) {
        final Optional<String> fromRequest = request.header("x-correlation-id")
                .or(() -> request.header("correlation-id"));
        if (fromRequest.isPresent()) {
            return ensureValid(fromRequest.get());
        }
        return command.command().getDittoHeaders().getCorrelationId()
                .orElseGet(() -> derive(event));
    }

    private static String derive(final SinkCloudEvent event) {
        final String identity = event.source() + '\n' + event.id();
        return UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String ensureValid(final String correlationId) {
        final boolean hasControl = correlationId.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
        if (correlationId.isBlank() || correlationId.length() > MAX_LENGTH || hasControl) {
            throw DittoHeaderInvalidException.newBuilder()
                    .message("The value of the header 'correlation-id' is invalid.")
                    .description("It must be 1 to " + MAX_LENGTH + " characters without control characters.")
                    .build();
        }
        return correlationId;
    }
}
