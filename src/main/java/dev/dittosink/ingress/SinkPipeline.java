package dev.dittosink.ingress;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.ditto.base.model.exceptions.DittoRuntimeException;
import org.jboss.logging.Logger;

import dev.dittosink.cloudevent.CloudEventReader;
import dev.dittosink.cloudevent.DittoCloudEventChecks;
import dev.dittosink.cloudevent.IncomingRequest;
import dev.dittosink.cloudevent.SinkCloudEvent;
import dev.dittosink.ditto.DittoAnswer;
import dev.dittosink.ditto.DittoRelay;
import dev.dittosink.ditto.DittoRequest;
import dev.dittosink.outcome.DittoRejectedException;
import dev.dittosink.protocol.DittoProtocolReader;
import dev.dittosink.protocol.DittoRequestTranslator;
import dev.dittosink.protocol.ParsedCommand;
import dev.dittosink.security.CallerCredentials;
import io.smallrye.mutiny.Uni;

/**
 * The path every event takes, whichever door it came in by: read the CloudEvent, apply Ditto's checks, parse the
 * Ditto Protocol command, translate it, relay it. Thread-safe.
 */
@ApplicationScoped
public class SinkPipeline {

    private static final Logger LOG = Logger.getLogger(SinkPipeline.class);

    private final CloudEventReader reader;
    private final DittoCloudEventChecks checks;
    private final DittoProtocolReader protocolReader;
    private final DittoRequestTranslator translator;
    private final DittoRelay relay;

    public SinkPipeline(final CloudEventReader reader, final DittoCloudEventChecks checks,
            final DittoProtocolReader protocolReader, final DittoRequestTranslator translator,
            final DittoRelay relay) {

        this.reader = reader;
        this.checks = checks;
        this.protocolReader = protocolReader;
        this.translator = translator;
        this.relay = relay;
    }

    /**
     * @param request the request as received
     * @return the event, ready to relay
     * @throws DittoRuntimeException if the event must be refused; the exception says how
     */
    public AcceptedEvent accept(final IncomingRequest request) {
        SinkCloudEvent event = null;
        try {
            event = reader.read(request);

            checks.ensureAcceptable(event);

            final ParsedCommand command = protocolReader.read(event.data());
            final String correlationId = CorrelationIds.choose(request, command, event);
            final DittoRequest dittoRequest =
                    CallerCredentials.carry(request, translator.translate(command, correlationId));
            return new AcceptedEvent(event, command, correlationId, dittoRequest);
        } catch (final DittoRuntimeException e) {
            LOG.infof("Rejected event id=<%s> source=<%s> type=<%s>: %s %s", event == null ? "" : event.id(),
                    event == null ? "" : event.source(), event == null ? "" : event.type(), e.getErrorCode(),
                    e.getMessage());
            throw e;
        }
    }

    /**
     * @param accepted an accepted event
     * @return Ditto's answer once Ditto accepted the command; fails otherwise
     */
    public Uni<DittoAnswer> relay(final AcceptedEvent accepted) {
        return relay.relay(accepted.dittoRequest())
                .onItem().invoke(answer -> LOG.debugf("Relayed event id=<%s> correlation-id=<%s> as %s: %d",
                        accepted.event().id(), accepted.correlationId(), accepted.dittoRequest(), answer.status()))
                .onFailure().invoke(failure -> logRelayFailure(accepted, failure));
    }

    private static void logRelayFailure(final AcceptedEvent accepted, final Throwable failure) {
        final String status = failure instanceof DittoRejectedException rejected
                ? String.valueOf(rejected.status())
                : failure instanceof DittoRuntimeException dre ? dre.getErrorCode() : failure.toString();
        LOG.infof("Event id=<%s> source=<%s> correlation-id=<%s> not accepted by Ditto for %s: %s",
                accepted.event().id(), accepted.event().source(), accepted.correlationId(),
                accepted.dittoRequest(), status);
    }
}
