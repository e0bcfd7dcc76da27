package dev.dittosink.security;

import java.util.HashMap;
import java.util.Map;

import dev.dittosink.cloudevent.IncomingRequest;
import dev.dittosink.ditto.DittoRequest;

/**
 * Carries the caller's own {@code Authorization} header from a door to the call to Ditto, for
 * {@code sink.ditto.auth.mode=forward}.
 *
 * <p>It travels as the sink-internal header {@value #HEADER} of the {@link DittoRequest}, which the outbound
 * authentication filter always removes and turns into {@code Authorization} only in forward mode. No event can
 * forge it: headers of a Ditto Protocol payload starting with {@code x-ditto-} never reach a {@link DittoRequest}.
 */
public final class CallerCredentials {

    /** Never sent to Ditto under this name. */
    public static final String HEADER = "x-ditto-sink-caller-authorization";

    private CallerCredentials() {
    }

    /**
     * @param request the request as it reached the door
     * @param dittoRequest the call its event became
     * @return the call, carrying the caller's {@code Authorization} if it sent one
     */
    public static DittoRequest carry(final IncomingRequest request, final DittoRequest dittoRequest) {
        return request.header("authorization")
                .map(authorization -> {
                    final Map<String, String> headers = new HashMap<>(dittoRequest.headers());
                    headers.put(HEADER, authorization);
                    return new DittoRequest(dittoRequest.method(), dittoRequest.resource(),
                            dittoRequest.pathArguments(), dittoRequest.query(), headers, dittoRequest.contentType(),
                            dittoRequest.body());
                })
                .orElse(dittoRequest);
    }
}
