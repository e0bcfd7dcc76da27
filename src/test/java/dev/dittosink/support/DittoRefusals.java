package dev.dittosink.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;

/** Makes the Ditto stand-in refuse credentials, as Ditto's gateway does. */
public final class DittoRefusals {

    public static final String UNAUTHORIZED_JSON = "{\"status\":401,\"error\":\"gateway:authentication.failed\","
            + "\"message\":\"Unauthorized.\",\"description\":\"Check the credentials.\"}";

    private DittoRefusals() {
    }

    /** Every call of Ditto's API is answered with 401. */
    public static void refuseCredentials(final WireMockServer ditto) {
        ditto.stubFor(any(urlPathMatching("/api/2/.*")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody(UNAUTHORIZED_JSON)));
    }
}
