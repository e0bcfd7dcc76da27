package dev.dittosink.security;

import java.util.concurrent.CompletableFuture;

/** An OAuth2 token endpoint, asked for one token per call; an interface so that the cache can be tested alone. */
@FunctionalInterface
interface TokenEndpoint {

    /**
     * @return the token issued, or a failure that is a {@link DittoCredentialsRefusedException} or a
     *         {@link DittoCredentialsUnavailableException}
     */
    CompletableFuture<IssuedToken> request();
}
