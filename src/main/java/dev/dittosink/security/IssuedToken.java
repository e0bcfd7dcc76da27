package dev.dittosink.security;

import java.time.Duration;
import java.util.Optional;

/**
 * An access token as the token endpoint issued it.
 *
 * @param value the token itself; secret
 * @param lifetime how long it is valid from issuance ({@code expires_in}), empty if the endpoint did not say
 */
record IssuedToken(String value, Optional<Duration> lifetime) {

    @Override
    public String toString() {
        return "IssuedToken[lifetime=" + lifetime.map(Duration::toString).orElse("unknown") + "]";
    }
}
