package dev.dittosink.ingress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.dittosink.config.DuplicatesConfig;
import dev.dittosink.outcome.ReplyEvent;

/**
 * Remembers events Ditto accepted, by {@code source} and {@code id}, for a limited time and up to a limited number,
 * so that a redelivery is answered without relaying it again. An event is recorded only after Ditto accepted it: a
 * failed attempt leaves no trace and its retry is relayed. Thread-safe; memory is bounded by
 * {@code sink.duplicates.max-entries} whatever the input.
 */
@ApplicationScoped
public class DuplicateRecord {

    /** What was answered for a relayed event. */
    record Relayed(Instant expiry, ReplyEvent reply) {
    }

    private final boolean enabled;
    private final int maxEntries;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Relayed> relayed;

    @Inject
    public DuplicateRecord(final DuplicatesConfig config) {
        this(config, Clock.systemUTC());
    }

    DuplicateRecord(final DuplicatesConfig config, final Clock clock) {
        this.enabled = config.enabled();
        this.maxEntries = config.maxEntries();
        this.ttl = config.ttl();
        this.clock = clock;
        this.relayed = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(final Map.Entry<String, Relayed> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /**
     * @return what was answered when this event was relayed, if it was relayed within the time limit
     */
    synchronized Optional<Relayed> find(final String source, final String id) {
        if (!enabled) {
            return Optional.empty();
        }
        final String key = key(source, id);
        final Relayed entry = relayed.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!entry.expiry().isAfter(clock.instant())) {
            relayed.remove(key);
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    /** Records that Ditto accepted the event and what the sink answered, the reply if there was one. */
    synchronized void record(final String source, final String id, final ReplyEvent reply) {
        if (enabled) {
            relayed.put(key(source, id), new Relayed(clock.instant().plus(ttl), reply));
        }
    }

    synchronized int size() {
        return relayed.size();
    }

    private static String key(final String source, final String id) {
        // A newline cannot occur in either attribute once decoded from a header, and keeps the pair unambiguous.
        return source + '\n' + id;
    }
}
