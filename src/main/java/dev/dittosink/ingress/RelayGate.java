package dev.dittosink.ingress;

import java.time.Duration;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.dittosink.config.DeliveryConfig;
import dev.dittosink.observe.SinkMetrics;
import dev.dittosink.outcome.SinkOverloadedException;
import dev.dittosink.outcome.SinkShuttingDownException;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;

/**
 * Counts relays in flight, refuses one more than {@code sink.delivery.max-in-flight}, and on shutdown refuses new
 * ones while those in flight finish within {@code sink.delivery.shutdown-grace}. Thread-safe.
 */
@ApplicationScoped
public class RelayGate {

    private static final Logger LOG = Logger.getLogger(RelayGate.class);

    private final int maxInFlight;
    private final Duration shutdownGrace;
    private int inFlight;
    private boolean open = true;

    public RelayGate(final DeliveryConfig config, final SinkMetrics metrics) {
        this.maxInFlight = config.maxInFlight();
        this.shutdownGrace = config.shutdownGrace();
        metrics.inFlight(this::inFlight);
    }

    /**
     * Lets one relay in; it must call {@link #leave()} when done, however it ends.
     *
     * @throws SinkShuttingDownException when shutting down
     * @throws SinkOverloadedException when the bound is reached
     */
    public synchronized void enter() {
        if (!open) {
            throw new SinkShuttingDownException();
        }
        if (inFlight >= maxInFlight) {
            throw new SinkOverloadedException(maxInFlight);
        }
        inFlight++;
    }

    /** Marks one relay as done. */
    public synchronized void leave() {
        inFlight--;
        notifyAll();
    }

    public synchronized boolean isOpen() {
        return open;
    }

    public synchronized int inFlight() {
        return inFlight;
    }

    /** Opens the gate again; the application does so once at startup, tests after closing it. */
    public synchronized void open() {
        open = true;
    }

    /**
     * Refuses new relays and waits for those in flight to finish.
     *
     * @param grace the longest time to wait
     * @return whether every relay finished in time
     */
    public synchronized boolean close(final Duration grace) {
        open = false;
        final long deadline = System.nanoTime() + grace.toNanos();
        while (inFlight > 0) {
            final long leftMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (leftMillis <= 0) {
                return false;
            }
            try {
                wait(leftMillis);
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    // SIGTERM: Quarkus first delays shutdown with readiness down; from now on new events get a 503 from the sink,
    // while Quarkus' graceful shutdown lets the requests in flight, and so their relays, finish.
    void onShutdownDelay(@Observes final ShutdownDelayInitiatedEvent event) {
        synchronized (this) {
            open = false;
        }
        LOG.infof("Shutting down: refusing new events; %d relays in flight may finish", inFlight());
    }

    // The backstop, should the delay be switched off: refuse and wait here.
    void onShutdown(@Observes @Priority(1) final ShutdownEvent event) {
        final int waitingFor = inFlight();
        LOG.infof("Shutting down: refusing new events, waiting up to %d ms for %d relays in flight",
                shutdownGrace.toMillis(), waitingFor);
        if (!close(shutdownGrace)) {
            LOG.warnf("Shutdown grace period over with %d relays still in flight", inFlight());
        }
    }
}
