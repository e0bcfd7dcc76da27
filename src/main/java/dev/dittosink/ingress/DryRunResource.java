package dev.dittosink.ingress;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.ditto.json.JsonFactory;
import org.eclipse.ditto.json.JsonObject;
import org.eclipse.ditto.json.JsonObjectBuilder;

import dev.dittosink.cloudevent.IncomingRequest;
import dev.dittosink.ditto.DittoRequest;
import dev.dittosink.observe.SinkMetrics;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/**
 * Checks an event exactly as the doors do and answers with the Ditto request it would become, sending nothing: what
 * a converter's author needs to see why an event fails or where it would go. The sink's own credentials are added
 * only on the way to Ditto and so never appear here.
 */
@Path("/dry-run")
public class DryRunResource {

    static final String DOOR = "dry-run";

    private final SinkPipeline pipeline;
    private final SinkMetrics metrics;

    public DryRunResource(final SinkPipeline pipeline, final SinkMetrics metrics) {
        this.pipeline = pipeline;
        this.metrics = metrics;
    }

    /** @return 200 with the would-be request; a refused event gets the same error as on the doors */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public String dryRun(final HttpHeaders headers, final RoutingContext context) {
        final Buffer body = context.body().buffer();
        final AcceptedEvent accepted = pipeline.accept(
                new IncomingRequest(headers.getRequestHeaders(), body == null ? new byte[0] : body.getBytes()),
                DOOR);
        metrics.feature(DOOR);
        return describe(accepted.dittoRequest()).toString();
    }

    static JsonObject describe(final DittoRequest request) {
        final JsonObjectBuilder headers = JsonObject.newBuilder();
        request.headers().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(header -> headers.set(header.getKey(), header.getValue()));
        final JsonObjectBuilder description = JsonObject.newBuilder()
                .set("method", request.method())
                .set("target", request.target())
                .set("headers", headers.build());
        if (request.contentType() != null) {
            description.set("contentType", request.contentType());
        }
        if (request.body() != null) {
            final boolean json = request.contentType() != null
                    && request.contentType().toLowerCase(Locale.ROOT).contains("json");
            description.set("body", json
                    ? JsonFactory.readFrom(new String(request.body(), StandardCharsets.UTF_8))
                    : JsonFactory.newValue(Base64.getEncoder().encodeToString(request.body())));
            description.set("bodyEncoding", json ? "json" : "base64");
        }
        return JsonObject.newBuilder()
                .set("requests", JsonFactory.newArrayBuilder().add(description.build()).build())
                .build();
    }
}
