package dev.dittosink.ingress;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.dittosink.cloudevent.ContentMode;
import dev.dittosink.cloudevent.HeaderValues;
import dev.dittosink.outcome.ReplyEvent;
import io.quarkus.funqy.Funq;
import io.quarkus.funqy.knative.events.CloudEvent;
import io.quarkus.funqy.knative.events.CloudEventBuilder;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * The Knative door: the function Funqy invokes for every event posted to {@code /}, whatever its type.
 *
 * <p>Funqy answers permanently bad input with statuses Knative retries (404, 409, 500), so {@link KnativeDoorRoutes}
 * reads and checks each event before Funqy sees it; by the time this function runs, the event is accepted and only
 * the delivery is left. Funqy writes the returned reply event in the request's content mode; without one it answers
 * 204, which the door turns into 202.
 */
public class KnativeEventsFunction {

    static final String NAME = "relay";

    private final SinkPipeline pipeline;
    private final CurrentVertxRequest currentRequest;
    private final ObjectMapper mapper;

    public KnativeEventsFunction(final SinkPipeline pipeline, final CurrentVertxRequest currentRequest,
            final ObjectMapper mapper) {

        this.pipeline = pipeline;
        this.currentRequest = currentRequest;
        this.mapper = mapper;
    }

    /**
     * @return the reply event, or {@code null} for none, once Ditto accepted the command; fails otherwise
     */
    @Funq(NAME)
    public Uni<CloudEvent<JsonNode>> relay() {
        final RoutingContext context = currentRequest.getCurrent();
        final AcceptedEvent accepted = context.get(KnativeDoorRoutes.ACCEPTED_EVENT);
        if (accepted == null) {
            // Only reachable if a route bypassed the door's checks; refuse rather than relay unchecked input.
            return Uni.createFrom().failure(new IllegalStateException("event reached the function unchecked"));
        }
        return pipeline.deliver(accepted)
                .invoke(delivery -> context.put(KnativeDoorRoutes.DELIVERED, delivery))
                .map(delivery -> delivery.replyEvent()
                        .map(reply -> toFunqy(reply, accepted.event().mode()))
                        .orElse(null));
    }

    private CloudEvent<JsonNode> toFunqy(final ReplyEvent reply, final ContentMode mode) {
        // Funqy copies attribute values into ce- headers as they are, so binary mode gets them encoded here.
        final boolean binary = mode == ContentMode.BINARY;
        final JsonNode data;
        try {
            data = mapper.readTree(reply.data().toString());
        } catch (final JsonProcessingException e) {
            throw new IllegalStateException("reply data is not JSON", e);
        }
        return CloudEventBuilder.create()
                .specVersion(ReplyEvent.SPEC_VERSION)
                .id(binary ? HeaderValues.encode(reply.id()) : reply.id())
                .source(binary ? HeaderValues.encode(reply.source()) : reply.source())
                .type(binary ? HeaderValues.encode(reply.type()) : reply.type())
                .subject(reply.subject() == null || !binary ? reply.subject() : HeaderValues.encode(reply.subject()))
                .dataSchema(binary ? HeaderValues.encode(reply.dataSchema()) : reply.dataSchema())
                .extensions(Map.of())
                .build(data);
    }
}
