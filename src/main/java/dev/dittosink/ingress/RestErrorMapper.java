package dev.dittosink.ingress;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.dittosink.cloudevent.DittoCloudEventChecks;
import dev.dittosink.outcome.ErrorReply;
import dev.dittosink.outcome.StatusPolicy;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/** Answers failures on the REST door exactly as the Knative door does, through {@link StatusPolicy}. */
public class RestErrorMapper {

    private final StatusPolicy statusPolicy;
    private final DittoCloudEventChecks checks;
    private final CurrentVertxRequest currentRequest;

    public RestErrorMapper(final StatusPolicy statusPolicy, final DittoCloudEventChecks checks,
            final CurrentVertxRequest currentRequest) {
        this.statusPolicy = statusPolicy;
        this.checks = checks;
        this.currentRequest = currentRequest;
    }

    @ServerExceptionMapper
    public Response map(final RuntimeException failure, final HttpHeaders headers) {
        if (failure instanceof WebApplicationException web) {
            if (web.getResponse().getStatus() == Response.Status.UNSUPPORTED_MEDIA_TYPE.getStatusCode()) {
                // Quarkus REST refuses a Content-Type it cannot parse ("json", "???") before the sink runs, with an
                // empty 415; the Knative door and Ditto call it mediatype.unsupported.
                final String contentType = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
                return render(checks.unsupportedMediaType(contentType == null ? "" : contentType));
            }
            // Routing answers of the framework itself (405 for GET, say) stay as they are.
            return web.getResponse();
        }
        return render(failure);
    }

    private Response render(final RuntimeException failure) {
        final ErrorReply reply = statusPolicy.answer(failure);
        if (currentRequest.getCurrent() != null) {
            currentRequest.getCurrent().put(KnativeDoorRoutes.ERROR_CODE, reply.error());
        }
        final Response.ResponseBuilder response = Response.status(reply.status())
                .type(ErrorReply.CONTENT_TYPE)
                .entity(reply.json());
        reply.headers().forEach(response::header);
        return response.build();
    }
}
