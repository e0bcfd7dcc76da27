package dev.dittosink.ingress;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.dittosink.outcome.ErrorReply;
import dev.dittosink.outcome.StatusPolicy;

/** Answers failures on the REST door exactly as the Knative door does, through {@link StatusPolicy}. */
public class RestErrorMapper {

    private final StatusPolicy statusPolicy;

    public RestErrorMapper(final StatusPolicy statusPolicy) {
        this.statusPolicy = statusPolicy;
    }

    @ServerExceptionMapper
    public Response map(final RuntimeException failure) {
        if (failure instanceof WebApplicationException web) {
            // Routing answers of the framework itself (405 for GET, say) stay as they are.
            return web.getResponse();
        }
        final ErrorReply reply = statusPolicy.answer(failure);
        final Response.ResponseBuilder response = Response.status(reply.status())
                .type(ErrorReply.CONTENT_TYPE)
                .entity(reply.json());
        reply.headers().forEach(response::header);
        return response.build();
    }
}
