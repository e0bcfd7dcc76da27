package dev.dittosink.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where and how the sink reaches Ditto's HTTP API v2.
 *
 * <p>The base URL itself belongs to the REST client ({@code quarkus.rest-client.ditto.url}, fed by {@code DITTO_URL});
 * this mapping holds what the sink adds on top of it.
 */
@ConfigMapping(prefix = "sink.ditto")
public interface DittoConfig {

    /**
     * Longest time one relay may take, from connecting to Ditto to reading its answer. A relay that runs out
     * answers 504, which Knative retries.
     */
    @WithDefault("60s")
    Duration requestTimeout();

    /** Credentials the sink presents to Ditto. */
    Auth auth();

    /** Outbound authentication. Secrets here are never logged or echoed. */
    interface Auth {

        /** {@code none}, {@code basic} (username and password) or {@code bearer} (a static token). */
        @WithDefault("none")
        AuthMode mode();

        /** User name for {@code basic}. */
        Optional<String> username();

        /** Password for {@code basic}. */
        Optional<String> password();

        /** Token for {@code bearer}. */
        Optional<String> token();
    }

    /** The ways the sink can authenticate to Ditto. */
    enum AuthMode {
        NONE,
        BASIC,
        BEARER
    }
}
