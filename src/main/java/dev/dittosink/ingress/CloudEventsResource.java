package dev.dittosink.ingress;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.dittosink.cloudevent.IncomingRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/**
 * The drop-in door: the same path as Ditto's own CloudEvents endpoint, for senders that target Ditto today.
 */
@Path("/api/2/cloudevents")
public class CloudEventsResource {

    private final SinkPipeline pipeline;

    public CloudEventsResource(final SinkPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * @return 202 once Ditto accepted the command; failures are answered by {@link RestErrorMapper}
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Uni<Response> receive(final HttpHeaders headers, final RoutingContext context) {
        // The body comes from the body handler Quarkus installs for every route (Funqy needs it), not from a
        // parameter: Quarkus REST would wait for a body that handler has already consumed.
        final Buffer body = context.body().buffer();
        final IncomingRequest request =
                new IncomingRequest(headers.getRequestHeaders(), body == null ? new byte[0] : body.getBytes());

        return Uni.createFrom().item(() -> pipeline.accept(request))
                .flatMap(pipeline::relay)
                .map(answer -> Response.accepted().build());
    }
}
