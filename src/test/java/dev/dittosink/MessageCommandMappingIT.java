package dev.dittosink;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same rows against the packaged app in the prod profile: the jar, or with -Dnative the executable. */
@QuarkusIntegrationTest
class MessageCommandMappingIT extends MessageCommandMappingTest {
}
