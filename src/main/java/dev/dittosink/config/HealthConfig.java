package dev.dittosink.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the sink's readiness depends on besides itself. */
@ConfigMapping(prefix = "sink.health")
public interface HealthConfig {

    /**
     * Whether readiness also requires Ditto to answer its health endpoint. Off by default: with it on, a Ditto
     * outage takes every sink replica out of the route, and events wait in Knative instead of being retried.
     */
    @WithDefault("false")
    boolean dittoCheckEnabled();

    /** Ditto's health path below its base URL. */
    @WithDefault("/health")
    String dittoCheckPath();

    /** How long the check waits for Ditto. */
    @WithDefault("2s")
    Duration dittoCheckTimeout();
}
