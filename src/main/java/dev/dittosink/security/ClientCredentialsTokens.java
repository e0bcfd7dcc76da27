package dev.dittosink.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Caches the token of the client credentials grant and replaces it {@code refreshMargin} before it expires, so that
 * a burst of events costs one request to the token endpoint. Callers that need a token while one is being fetched
 * share that fetch. Thread-safe.
 */
final class ClientCredentialsTokens {

    private final TokenEndpoint endpoint;
    private final Duration refreshMargin;
    private final Clock clock;

    // Guarded by this.
    private String token;
    private Instant refreshAt = Instant.MIN;
    private CompletableFuture<String> inFlight;

    ClientCredentialsTokens(final TokenEndpoint endpoint, final Duration refreshMargin, final Clock clock) {
        this.endpoint = endpoint;
        this.refreshMargin = refreshMargin;
        this.clock = clock;
    }

    /** @return the cached token while it is not due for refresh */
    synchronized Optional<String> cached() {
        return token != null && clock.instant().isBefore(refreshAt) ? Optional.of(token) : Optional.empty();
    }

    /** @return the cached token, or a fresh one once the token endpoint issued it */
    CompletableFuture<String> token() {
        final CompletableFuture<String> fetch;
        final Instant requestedAt;
        synchronized (this) {
            final Optional<String> cached = cached();
            if (cached.isPresent()) {
                return CompletableFuture.completedFuture(cached.get());
            }
            if (inFlight != null) {
                return inFlight;
            }
            fetch = new CompletableFuture<>();
            inFlight = fetch;
            // Counted from the request, not the answer: the token's lifetime started at the endpoint.
            requestedAt = clock.instant();
        }
        endpoint.request().whenComplete((issued, failure) -> {
            synchronized (this) {
                inFlight = null;
                if (failure == null) {
                    token = issued.value();
                    refreshAt = issued.lifetime().map(lifetime -> requestedAt.plus(lifetime).minus(refreshMargin))
                            // Without expires_in the token is kept until Ditto refuses it.
                            .orElse(Instant.MAX);
                }
            }
            if (failure == null) {
                fetch.complete(issued.value());
            } else {
                fetch.completeExceptionally(failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure);
            }
        });
        return fetch;
    }

    /** Drops the cached token, for example because Ditto refused it; the next caller fetches a new one. */
    synchronized void invalidate() {
        token = null;
        refreshAt = Instant.MIN;
    }
}
