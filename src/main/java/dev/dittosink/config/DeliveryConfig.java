package dev.dittosink.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How the sink answers Knative: which Ditto refusals are worth a retry, how hard the sink protects itself, and
 * whether it relays at all.
 */
@ConfigMapping(prefix = "sink.delivery")
public interface DeliveryConfig {

    /**
     * What to do when Ditto answers 404: {@code retry} passes the 404 on, which Knative retries (the thing may be
     * created by a later event); {@code dead-letter} answers 422 with Ditto's error so the event goes to the
     * dead-letter sink at once.
     */
    @WithDefault("retry")
    Policy notFound();

    /**
     * What to do when Ditto answers 409: {@code dead-letter} (422, not retried: a conflict rarely resolves itself)
     * or {@code retry} (409 passed on, retried by Knative).
     */
    @WithDefault("dead-letter")
    Policy conflict();

    /**
     * {@code Retry-After} sent with the sink's own 503s and with Ditto's 429 and 503 when Ditto sent none.
     * Knative honours it when the delivery spec sets {@code retryAfterMax}.
     */
    @WithDefault("5s")
    Duration retryAfter();

    /** Relays in flight at once; one more is refused with 503 instead of queueing without limit. */
    @WithDefault("256")
    int maxInFlight();

    /**
     * On shutdown, how long relays in flight may take to finish (Quarkus' {@code quarkus.shutdown.timeout} follows
     * it). Keep it below the pod's termination grace period, 30 s by default.
     */
    @WithDefault("20s")
    Duration shutdownGrace();

    /**
     * On shutdown, how long the sink stays up with readiness down, refusing new events with 503, before it waits
     * for relays in flight (Quarkus' {@code quarkus.shutdown.delay} follows it).
     */
    @WithDefault("3s")
    Duration shutdownDelay();

    /**
     * Validate and translate every event but send nothing to Ditto; each would-be request is logged. Dev mode
     * without a Ditto URL turns this on by itself.
     */
    @WithDefault("false")
    boolean dryRun();

    /** Whether a Ditto refusal is passed on for Knative to retry or turned into a dead-letter answer. */
    enum Policy {
        RETRY,
        DEAD_LETTER
    }
}
