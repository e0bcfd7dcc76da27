package dev.dittosink.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The token cache alone, against a counting token endpoint and a clock the test moves. */
class ClientCredentialsTokensTest {

    private static final Duration MARGIN = Duration.ofSeconds(30);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final AtomicInteger requests = new AtomicInteger();
    private CompletableFuture<IssuedToken> nextAnswer;

    private final ClientCredentialsTokens underTest = new ClientCredentialsTokens(() -> {
        requests.incrementAndGet();
        return nextAnswer;
    }, MARGIN, clock);

    @Test
    void reusesATokenUntilTheRefreshMarginBeforeItsExpiry() throws Exception {
        answer("first", Optional.of(Duration.ofSeconds(300)));
        assertThat(underTest.token().get()).isEqualTo("first");

        clock.advance(Duration.ofSeconds(269));
        assertThat(underTest.token().get()).isEqualTo("first");
        assertThat(requests).hasValue(1);

        answer("second", Optional.of(Duration.ofSeconds(300)));
        clock.advance(Duration.ofSeconds(1));
        assertThat(underTest.cached()).isEmpty();
        assertThat(underTest.token().get()).isEqualTo("second");
        assertThat(requests).hasValue(2);
    }

    @Test
    void sharesOneRequestAmongCallersWhileItIsOnItsWay() throws Exception {
        nextAnswer = new CompletableFuture<>();

        final CompletableFuture<String> first = underTest.token();
        final CompletableFuture<String> second = underTest.token();
        nextAnswer.complete(new IssuedToken("shared", Optional.of(Duration.ofSeconds(300))));

        assertThat(first.get()).isEqualTo("shared");
        assertThat(second.get()).isEqualTo("shared");
        assertThat(requests).hasValue(1);
    }

    @Test
    void keepsATokenWithoutExpiryUntilInvalidated() throws Exception {
        answer("forever", Optional.empty());
        underTest.token().get();
        clock.advance(Duration.ofDays(365));
        assertThat(underTest.cached()).contains("forever");

        underTest.invalidate();

        assertThat(underTest.cached()).isEmpty();
    }

    @Test
    void passesAFailureOnUnwrappedAndCachesNothing() {
        nextAnswer = CompletableFuture.failedFuture(new DittoCredentialsRefusedException(401));

        assertThatThrownBy(() -> underTest.token().get())
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(DittoCredentialsRefusedException.class);
        assertThat(underTest.cached()).isEmpty();
    }

    @Test
    void hidesTheTokenFromToString() {
        assertThat(new IssuedToken("s3cret-token", Optional.empty()).toString()).doesNotContain("s3cret-token");
    }

    private void answer(final String token, final Optional<Duration> lifetime) {
        nextAnswer = CompletableFuture.completedFuture(new IssuedToken(token, lifetime));
    }

    /** A clock that stands still until the test moves it. */
    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(final Instant start) {
            this.now = start;
        }

        void advance(final Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(final ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
