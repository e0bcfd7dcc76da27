package dev.dittosink.ingress;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.dittosink.cloudevent.ContentMode;
import dev.dittosink.cloudevent.IncomingRequest;
import dev.dittosink.outcome.ReplyEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/**
 * The drop-in door: the same path as Ditto's own CloudEvents endpoint, for senders that target Ditto today. It also
 * takes batches, which Knative never sends but direct clients may.
 */
@Path("/api/2/cloudevents")
public class CloudEventsResource {

    static final String DOOR = "ditto-path";

    private final SinkPipeline pipeline;
    private final BatchDelivery batches;

    public CloudEventsResource(final SinkPipeline pipeline, final BatchDelivery batches) {
        this.pipeline = pipeline;
        this.batches = batches;
    }

    /**
     * @return 202, or 200 with a reply event, once Ditto accepted the command; failures are answered by
     *         {@link RestErrorMapper}
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Uni<Response> receive(final HttpHeaders headers, final RoutingContext context) {
        // The body comes from the body handler Quarkus installs for every route (Funqy needs it), not from a
        // parameter: Quarkus REST would wait for a body that handler has already consumed.
        final Buffer body = context.body().buffer();
        final IncomingRequest request =
                new IncomingRequest(headers.getRequestHeaders(), body == null ? new byte[0] : body.getBytes());
        if (BatchDelivery.isBatch(request)) {
            return batches.deliver(request);
        }

        return Uni.createFrom().item(() -> pipeline.accept(request, DOOR))
                .flatMap(accepted -> pipeline.deliver(accepted)
                        .map(delivery -> delivery.replyEvent()
                                .map(reply -> replyResponse(reply, accepted.event().mode()))
                                .orElseGet(() -> Response.accepted().build())));
    }

    private static Response replyResponse(final ReplyEvent reply, final ContentMode mode) {
        if (mode == ContentMode.STRUCTURED) {
            return Response.ok(reply.structured(), ReplyEvent.STRUCTURED_CONTENT_TYPE).build();
        }
        final Response.ResponseBuilder response = Response.ok(reply.data().toString(), ReplyEvent.DATA_CONTENT_TYPE);
        reply.binaryHeaders().forEach(response::header);
        return response.build();
    }
}
