package dev.dittosink;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The body limit in the packaged app, where it comes from the configuration recorded at build time. */
@QuarkusIntegrationTest
class BodyLimitIT extends BodyLimitTest {
}
