package dev.dittosink.observe;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The sink's metrics, exposed in Prometheus format on {@code /q/metrics}. Tag values come from small fixed sets or
 * pass through {@link #bounded(String)}, so that no sender can grow the number of series without limit: ids never
 * become tags, and event types beyond the first {@value #MAX_DISTINCT_VALUES} count as {@code other}.
 * Thread-safe.
 */
@ApplicationScoped
public class SinkMetrics {

    static final int MAX_DISTINCT_VALUES = 50;
    private static final int MAX_VALUE_LENGTH = 64;
    private static final String OTHER = "other";

    private final MeterRegistry registry;
    private final Set<String> seenValues = ConcurrentHashMap.newKeySet();
    private final Timer.Builder relayTimer = Timer.builder("sink.relay.duration")
            .description("Time from sending a command to Ditto to judging its answer")
            .serviceLevelObjectives(Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
                    Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
                    Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10),
                    Duration.ofSeconds(30), Duration.ofSeconds(60));

    public SinkMetrics(final MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counts an event that reached a door, whatever becomes of it. */
    public void received(final String door, final String mode, final String type) {
        Counter.builder("sink.events.received")
                .description("Events received, per door, content mode and CloudEvent type")
                .tag("door", door).tag("mode", mode).tag("type", bounded(type))
                .register(registry).increment();
    }

    /** Counts the answer given for an event. */
    public void outcome(final String door, final int status, final String error) {
        Counter.builder("sink.events.outcome")
                .description("Answers given, per door, status and error code")
                .tag("door", door).tag("status", String.valueOf(status)).tag("error", bounded(error))
                .register(registry).increment();
    }

    /** Records one call to Ditto: its duration and Ditto's status, or {@code none} when Ditto gave no answer. */
    public void dittoResponse(final Duration duration, final String status) {
        relayTimer.tag("status", status).register(registry).record(duration);
        Counter.builder("sink.ditto.responses")
                .description("Answers from Ditto, per status")
                .tag("status", status)
                .register(registry).increment();
    }

    /** Counts one of the sink's optional paths: {@code reply}, {@code duplicate}, {@code batch}, {@code dry-run}. */
    public void feature(final String feature) {
        Counter.builder("sink.features.used")
                .description("Replies sent, duplicates answered, batches and dry runs handled")
                .tag("feature", feature)
                .register(registry).increment();
    }

    /** Publishes the number of relays in flight. */
    public void inFlight(final Supplier<Number> inFlight) {
        Gauge.builder("sink.relays.in.flight", inFlight)
                .description("Relays waiting for Ditto's answer")
                .register(registry);
    }

    /**
     * @param value a value a sender chose, may be {@code null}
     * @return the value as a tag: shortened, and {@code other} once too many distinct values were seen
     */
    String bounded(final String value) {
        if (value == null || value.isEmpty()) {
            return "none";
        }
        final String shortened = value.length() > MAX_VALUE_LENGTH
                ? value.substring(0, MAX_VALUE_LENGTH) : value;
        final String tag = shortened.toLowerCase(Locale.ROOT);
        if (seenValues.contains(tag)) {
            return tag;
        }
        if (seenValues.size() >= MAX_DISTINCT_VALUES) {
            return OTHER;
        }
        seenValues.add(tag);
        return tag;
    }
}
