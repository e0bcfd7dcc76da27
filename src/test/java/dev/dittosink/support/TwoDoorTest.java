package dev.dittosink.support;

import java.net.URI;

import io.quarkus.test.common.http.TestHTTPResource;

/** Base of tests that post raw requests to both doors of the running sink while WireMock stands in for Ditto. */
public abstract class TwoDoorTest extends DittoStandIn {

    /** The sink's root, on the random test port. */
    @TestHTTPResource("/")
    protected URI root;

    /** Posts the case's request to the door and asserts the answer and what Ditto received. */
    protected WireResponse check(final Door door, final Case testCase) {
        return testCase.check(root, door, ditto);
    }
}
