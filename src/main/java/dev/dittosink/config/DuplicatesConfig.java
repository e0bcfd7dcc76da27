package dev.dittosink.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Duplicate suppression. Knative delivers at least once; events relayed recently, identified by {@code source} and
 * {@code id} as CloudEvents prescribes, are answered again without a second call to Ditto.
 */
@ConfigMapping(prefix = "sink.duplicates")
public interface DuplicatesConfig {

    /** Whether relayed events are remembered. */
    @WithDefault("false")
    boolean enabled();

    /** Most events remembered at once; the oldest is forgotten first, so memory stays bounded. */
    @WithDefault("10000")
    int maxEntries();

    /** How long an event is remembered after Ditto accepted it. */
    @WithDefault("10m")
    Duration ttl();
}
