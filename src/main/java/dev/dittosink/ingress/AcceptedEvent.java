package dev.dittosink.ingress;

import dev.dittosink.cloudevent.SinkCloudEvent;
import dev.dittosink.ditto.DittoRequest;
import dev.dittosink.protocol.ParsedCommand;

/**
 * An event that passed every check and is ready to be relayed.
 *
 * @param event the CloudEvent
 * @param command the Ditto Protocol command in its data
 * @param correlationId the correlation id Ditto sees
 * @param dittoRequest the call of Ditto's HTTP API that carries the command out
 * @param replyWanted whether the sender asked for a reply event ({@code Prefer: reply}) and replies are enabled
 */
public record AcceptedEvent(SinkCloudEvent event, ParsedCommand command, String correlationId,
        DittoRequest dittoRequest, boolean replyWanted) {
}
