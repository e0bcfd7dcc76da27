package dev.dittosink;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Both doors of the packaged app, jar or native executable, started as a container would start it. */
@QuarkusIntegrationTest
class SmokeIT extends SmokeTest {
}
