package dev.dittosink.support;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * One row of a case table: a request that differs from a canonical valid event in one named thing, and what the
 * sink must answer to it.
 *
 * @param name what was changed, as it reads in the test report
 * @param request the request
 * @param status the expected status; 202 means accepted and relayed
 * @param error the expected error code, {@code null} when accepted
 */
public record Case(String name, WireRequest request, int status, String error) {

    public static Case accepted(final String name, final WireRequest request) {
        return new Case(name, request, 202, null);
    }

    public static Case rejected(final String name, final WireRequest request, final int status, final String error) {
        return new Case(name, request, status, error);
    }

    /**
     * Posts the request and asserts the answer. An accepted event must reach Ditto exactly once; a rejected one
     * must not reach it at all.
     *
     * @return the answer, for further assertions
     */
    public WireResponse check(final java.net.URI root, final Door door, final WireMockServer ditto) {
        final WireResponse response = request.post(root, door);
        if (error == null) {
            response.assertAccepted();
            ditto.verify(1, anyRequestedFor(anyUrl()));
        } else {
            response.assertRejected(status, error);
            ditto.verify(0, anyRequestedFor(anyUrl()));
        }
        return response;
    }

    /** @return every case paired with every door */
    public static Stream<Arguments> throughBothDoors(final Case... cases) {
        return Arrays.stream(cases).flatMap(c -> Arrays.stream(Door.values()).map(door -> Arguments.of(door, c)));
    }

    @Override
    public String toString() {
        return name + " -> " + (error == null ? "202" : status + " " + error);
    }
}
