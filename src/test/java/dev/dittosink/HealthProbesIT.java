package dev.dittosink;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The probed paths in the packaged app, the one Knative actually probes. */
@QuarkusIntegrationTest
class HealthProbesIT extends HealthProbesTest {
}
