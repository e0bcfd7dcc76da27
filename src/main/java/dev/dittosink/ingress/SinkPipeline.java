package dev.dittosink.ingress;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.ditto.base.model.exceptions.DittoRuntimeException;
import org.jboss.logging.Logger;

import dev.dittosink.cloudevent.CloudEventReader;
import dev.dittosink.cloudevent.DittoCloudEventChecks;
import dev.dittosink.cloudevent.IncomingRequest;
import dev.dittosink.cloudevent.SinkCloudEvent;
import dev.dittosink.config.ReplyConfig;
import dev.dittosink.ditto.DittoAnswer;
import dev.dittosink.ditto.DittoRelay;
import dev.dittosink.ditto.DittoRequest;
import dev.dittosink.outcome.DittoRejectedException;
import dev.dittosink.observe.EventLog;
import dev.dittosink.observe.SinkMetrics;
import dev.dittosink.outcome.ReplyEvent;
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
    private final RelayGate gate;
    private final DuplicateRecord duplicates;
    private final ReplyFactory replies;
    private final boolean repliesEnabled;
    private final SinkMetrics metrics;

    public SinkPipeline(final CloudEventReader reader, final DittoCloudEventChecks checks,
            final DittoProtocolReader protocolReader, final DittoRequestTranslator translator,
            final DittoRelay relay, final RelayGate gate, final DuplicateRecord duplicates,
            final ReplyFactory replies, final ReplyConfig replyConfig, final SinkMetrics metrics) {

        this.reader = reader;
        this.checks = checks;
        this.protocolReader = protocolReader;
        this.translator = translator;
        this.relay = relay;
        this.gate = gate;
        this.duplicates = duplicates;
        this.replies = replies;
        this.repliesEnabled = replyConfig.enabled();
        this.metrics = metrics;
    }

    /**
     * @param request the request as received
     * @param door which door it came in by, for metrics
     * @return the event, ready to relay
     * @throws DittoRuntimeException if the event must be refused; the exception says how
     */
    public AcceptedEvent accept(final IncomingRequest request, final String door) {
        SinkCloudEvent event = null;
        try {
            event = reader.read(request);
            metrics.received(door, event.mode().name().toLowerCase(Locale.ROOT), event.type());

            checks.ensureAcceptable(event);

            final ParsedCommand command = protocolReader.read(event.data());
            final String correlationId = CorrelationIds.choose(request, command, event);
            final DittoRequest dittoRequest = CallerCredentials.carry(request,
                    TraceContext.carry(request, event, translator.translate(command, correlationId)));
            return new AcceptedEvent(event, command, correlationId, dittoRequest,
                    repliesEnabled && prefersReply(request));
        } catch (final DittoRuntimeException e) {
            if (event == null) {
                metrics.received(door, "unknown", null);
            }
            // A client fault: one line saying why, no stack trace.
            EventLog.log(LOG, Logger.Level.INFO, event == null ? null : event.id(),
                    event == null ? null : event.source(), event == null ? null : event.type(), null,
                    "Rejected event id=<%s>: %s %s", event == null ? "" : event.id(), e.getErrorCode(),
                    e.getMessage());
            throw e;
        }
    }

    /**
     * Relays an accepted event unless it was relayed recently, within the bound on relays in flight.
     *
     * @param accepted an accepted event
     * @return what to answer once Ditto accepted the command; fails with the reason otherwise
     */
    public Uni<Delivery> deliver(final AcceptedEvent accepted) {
        final SinkCloudEvent event = accepted.event();
        final Optional<DuplicateRecord.Relayed> previous = duplicates.find(event.source(), event.id());
        if (previous.isPresent()) {
            metrics.feature("duplicate");
            EventLog.log(LOG, Logger.Level.INFO, event.id(), event.source(), event.type(), accepted.correlationId(),
                    "Duplicate event id=<%s> answered without relaying it again", event.id());
            return Uni.createFrom().item(new Delivery(accepted.replyWanted() ? previous.get().reply() : null));
        }

        return Uni.createFrom().deferred(() -> {
            gate.enter();
            return relay(accepted).onTermination().invoke(gate::leave);
        }).map(answer -> {
            final ReplyEvent reply = accepted.replyWanted() ? replies.replyTo(accepted, answer) : null;
            if (reply != null) {
                metrics.feature("reply");
            }
            duplicates.record(event.source(), event.id(), reply);
            return new Delivery(reply);
        });
    }

    private Uni<DittoAnswer> relay(final AcceptedEvent accepted) {
        return relay.relay(accepted.dittoRequest())
                .onItem().invoke(answer -> EventLog.log(LOG, Logger.Level.DEBUG, accepted.event().id(),
                        accepted.event().source(), accepted.event().type(), accepted.correlationId(),
                        "Relayed event id=<%s> as %s: %d", accepted.event().id(), accepted.dittoRequest(),
                        answer.status()))
                .onFailure().invoke(failure -> logRelayFailure(accepted, failure));
    }

    /** @return whether the request carries the {@code reply} preference (RFC 7240), as Knative dispatchers send */
    private static boolean prefersReply(final IncomingRequest request) {
        final List<String> values = request.headers().getOrDefault("Prefer", List.of());
        for (final String value : values) {
            for (final String preference : value.split(",")) {
                final String token = preference.split("[;=]", 2)[0].trim();
                if ("reply".equalsIgnoreCase(token)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void logRelayFailure(final AcceptedEvent accepted, final Throwable failure) {
        final String status = failure instanceof DittoRejectedException rejected
                ? String.valueOf(rejected.status())
                : failure instanceof DittoRuntimeException dre ? dre.getErrorCode() : failure.toString();
        final SinkCloudEvent event = accepted.event();
        EventLog.log(LOG, Logger.Level.INFO, event.id(), event.source(), event.type(), accepted.correlationId(),
                "Event id=<%s> not accepted by Ditto for %s: %s", event.id(), accepted.dittoRequest(), status);
    }
}
