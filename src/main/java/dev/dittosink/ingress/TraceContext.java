package dev.dittosink.ingress;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.dittosink.cloudevent.IncomingRequest;
import dev.dittosink.cloudevent.SinkCloudEvent;
import dev.dittosink.ditto.DittoRequest;

/**
 * Continues the sender's W3C trace into Ditto: the {@code traceparent} (and {@code tracestate}) of the HTTP request,
 * or else of the event's distributed-tracing extension, goes on to Ditto. With OpenTelemetry switched on, its REST
 * client instrumentation replaces the header with the relay span's own, a child of the same trace.
 */
final class TraceContext {

    private static final String TRACEPARENT = "traceparent";
    private static final String TRACESTATE = "tracestate";
    /** W3C Trace Context, version 00: version, trace id, parent id, flags. */
    private static final Pattern VALID_TRACEPARENT =
            Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final Pattern VALID_TRACESTATE = Pattern.compile("[\\x20-\\x7e]{0,512}");

    private TraceContext() {
    }

    static DittoRequest carry(final IncomingRequest request, final SinkCloudEvent event, final DittoRequest ditto) {
        final Optional<String> httpParent = request.header(TRACEPARENT).filter(TraceContext::isValidParent);
        final Optional<String> parent = httpParent.or(() -> event.extension(TRACEPARENT)
                .filter(TraceContext::isValidParent));
        if (parent.isEmpty()) {
            return ditto;
        }
        final Optional<String> state = httpParent.isPresent()
                ? request.header(TRACESTATE) : event.extension(TRACESTATE);

        final Map<String, String> headers = new LinkedHashMap<>(ditto.headers());
        headers.put(TRACEPARENT, parent.get());
        state.filter(value -> VALID_TRACESTATE.matcher(value).matches())
                .ifPresent(value -> headers.put(TRACESTATE, value));
        return new DittoRequest(ditto.method(), ditto.resource(), ditto.pathArguments(), ditto.query(), headers,
                ditto.contentType(), ditto.body());
    }

    private static boolean isValidParent(final String value) {
        // Only a well-formed value goes on: the header reaches Ditto, and this is the sender's text.
        return VALID_TRACEPARENT.matcher(value).matches();
    }
}
