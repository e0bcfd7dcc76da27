package dev.dittosink.ingress;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.dittosink.cloudevent.ContentMode;
import dev.dittosink.cloudevent.IncomingRequest;
import dev.dittosink.observe.SinkMetrics;
import dev.dittosink.outcome.ErrorReply;
import dev.dittosink.outcome.EventTooLargeException;
import dev.dittosink.outcome.InternalSinkException;
import dev.dittosink.outcome.StatusPolicy;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Guards Funqy's routes so that the Knative door answers exactly like the REST door.
 *
 * <p>A handler ahead of Funqy runs the sink's own reading and checks and stashes the accepted event for
 * {@link KnativeEventsFunction}; a failure handler renders every failure, Funqy's own included, through
 * {@link StatusPolicy}; and since Funqy answers a function without output with 204, that answer becomes the 202
 * Ditto's endpoint gives once Ditto has accepted the command.
 *
 * <p>Two concerns of the router level serve both doors from here as well: counting every answer on the sink's paths
 * for the outcome metric, and rendering the body handler's 413 on the REST door, which Quarkus REST never sees.
 */
@ApplicationScoped
public class KnativeDoorRoutes {

    static final String ACCEPTED_EVENT = KnativeDoorRoutes.class.getName() + ".accepted";
    static final String DOOR = "knative";
    /** Where the error code of a refusal is left for the outcome metric. */
    public static final String ERROR_CODE = KnativeDoorRoutes.class.getName() + ".error";
    static final String DELIVERED = KnativeDoorRoutes.class.getName() + ".delivered";

    /** After Quarkus' body handler and security filters, before Funqy's routes (which have non-negative orders). */
    private static final int ORDER = -10;
    private static final int OUTCOME_ORDER = -300;
    private static final Map<String, String> DOORS = Map.of("/", DOOR, "/" + KnativeEventsFunction.NAME, DOOR,
            "/api/2/cloudevents", CloudEventsResource.DOOR, "/dry-run", DryRunResource.DOOR);
    private static final List<String> FUNQY_PATHS = List.of("/", "/" + KnativeEventsFunction.NAME);
    private static final String ALLOWED_METHODS = "POST, OPTIONS";
    private static final String REST_DOOR_PATH = "/api/2/cloudevents";

    private final SinkPipeline pipeline;
    private final StatusPolicy statusPolicy;
    private final SinkMetrics metrics;

    public KnativeDoorRoutes(final SinkPipeline pipeline, final StatusPolicy statusPolicy,
            final SinkMetrics metrics) {
        this.pipeline = pipeline;
        this.statusPolicy = statusPolicy;
        this.metrics = metrics;
    }

    private void countOutcome(final RoutingContext context) {
        final String door = DOORS.get(context.normalizedPath());
        if (door != null && HttpMethod.POST.equals(context.request().method())) {
            context.addEndHandler(ignored -> metrics.outcome(door, context.response().getStatusCode(),
                    context.get(ERROR_CODE)));
        }
        context.next();
    }

    void register(@Observes final Router router) {
        // First of all, so that every answer on the sink's paths is counted, refusals by the JWT guard included.
        router.route().order(OUTCOME_ORDER).handler(this::countOutcome);
        for (final String path : FUNQY_PATHS) {
            router.route(path).order(ORDER).handler(this::accept).failureHandler(this::fail);
        }
        // Quarkus' body handler refuses an oversized body before Quarkus REST sees it, with an empty 413; the
        // Ditto-path door must answer it in Ditto's error format too, as the Knative door does.
        router.route(REST_DOOR_PATH).order(ORDER).failureHandler(this::failTooLarge);
    }

    private void failTooLarge(final RoutingContext context) {
        if (context.failure() == null && context.statusCode() == 413 && !context.response().ended()) {
            write(context, statusPolicy.answer(new EventTooLargeException()));
        } else {
            context.next();
        }
    }

    private void accept(final RoutingContext context) {
        final HttpMethod method = context.request().method();
        if (HttpMethod.OPTIONS.equals(method)) {
            context.response().putHeader(HttpHeaders.ALLOW, ALLOWED_METHODS).setStatusCode(200).end();
            return;
        }
        if (!HttpMethod.POST.equals(method)) {
            context.response().putHeader(HttpHeaders.ALLOW, ALLOWED_METHODS).setStatusCode(405).end();
            return;
        }

        final AcceptedEvent accepted;
        try {
            accepted = pipeline.accept(incoming(context), DOOR);
        } catch (final RuntimeException e) {
            write(context, statusPolicy.answer(e));
            return;
        }

        context.put(ACCEPTED_EVENT, accepted);
        if (accepted.event().mode() == ContentMode.STRUCTURED) {
            // Funqy recognises structured mode by a case-sensitive prefix; the sink matched it case-insensitively.
            context.request().headers().set(HttpHeaders.CONTENT_TYPE,
                    context.request().getHeader(HttpHeaders.CONTENT_TYPE).toLowerCase(Locale.ROOT));
        }
        context.addHeadersEndHandler(ignored -> {
            if (context.get(DELIVERED) != null && context.response().getStatusCode() == 204) {
                context.response().setStatusCode(202);
            }
        });
        context.next();
    }

    private void fail(final RoutingContext context) {
        if (context.response().ended()) {
            return;
        }
        final Throwable failure = context.failure();
        if (failure != null) {
            write(context, statusPolicy.answer(failure));
        } else if (context.statusCode() == 413) {
            write(context, statusPolicy.answer(new EventTooLargeException()));
        } else {
            // Funqy's own refusals (404, 406, 409) cannot happen for an accepted event; if they do, it is a fault.
            write(context, statusPolicy.answer(new InternalSinkException(
                    new IllegalStateException("request failed with status " + context.statusCode()))));
        }
    }

    private static IncomingRequest incoming(final RoutingContext context) {
        final MultiMap headers = context.request().headers();
        final Map<String, List<String>> copy = new LinkedHashMap<>();
        for (final String name : headers.names()) {
            copy.put(name, headers.getAll(name));
        }
        final Buffer body = context.body().buffer();
        return new IncomingRequest(copy, body == null ? new byte[0] : body.getBytes());
    }

    private static void write(final RoutingContext context, final ErrorReply reply) {
        context.put(ERROR_CODE, reply.error());
        context.response().setStatusCode(reply.status());
        reply.headers().forEach((name, value) -> context.response().putHeader(name, value));
        context.response().putHeader(HttpHeaders.CONTENT_TYPE, ErrorReply.CONTENT_TYPE);
        context.response().end(Buffer.buffer(reply.body()));
    }
}
