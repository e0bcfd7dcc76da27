package dev.dittosink.ingress;

import io.quarkus.funqy.Funq;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * The Knative door: the function Funqy invokes for every event posted to {@code /}, whatever its type.
 *
 * <p>Funqy answers permanently bad input with statuses Knative retries (404, 409, 500), so {@link KnativeDoorRoutes}
 * reads and checks each event before Funqy sees it; by the time this function runs, the event is accepted and only
 * the relay is left.
 */
public class KnativeEventsFunction {

    static final String NAME = "relay";

    private final SinkPipeline pipeline;
    private final CurrentVertxRequest currentRequest;

    public KnativeEventsFunction(final SinkPipeline pipeline, final CurrentVertxRequest currentRequest) {
        this.pipeline = pipeline;
        this.currentRequest = currentRequest;
    }

    /**
     * @return completes once Ditto accepted the command; fails with the reason otherwise
     */
    @Funq(NAME)
    public Uni<Void> relay() {
        final RoutingContext context = currentRequest.getCurrent();
        final AcceptedEvent accepted = context.get(KnativeDoorRoutes.ACCEPTED_EVENT);
        if (accepted == null) {
            // Only reachable if a route bypassed the door's checks; refuse rather than relay unchecked input.
            return Uni.createFrom().failure(new IllegalStateException("event reached the function unchecked"));
        }
        return pipeline.relay(accepted)
                .invoke(answer -> context.put(KnativeDoorRoutes.DITTO_ANSWER, answer))
                .replaceWithVoid();
    }
}
