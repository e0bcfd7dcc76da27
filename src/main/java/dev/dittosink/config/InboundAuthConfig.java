package dev.dittosink.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Who may post events to the sink. Off by default: Knative delivers over the cluster network, and many setups
 * guard it with network policies instead.
 */
@ConfigMapping(prefix = "sink.auth")
public interface InboundAuthConfig {

    /** JWT bearer tokens, checked by SmallRye JWT against the keys, issuer and audience of {@code mp.jwt.verify.*}. */
    Jwt jwt();

    /** Inbound JWT bearer tokens. */
    interface Jwt {

        /**
         * Whether every request, except to the health endpoints under {@code /q/health}, must carry a valid JWT.
         * When {@code true}, {@code mp.jwt.verify.publickey.location} (or {@code mp.jwt.verify.publickey}),
         * {@code mp.jwt.verify.issuer} and {@code mp.jwt.verify.audiences} must be set, or the sink refuses to
         * start: a token accepted for any audience would let every workload of the issuer in.
         */
        @WithDefault("false")
        boolean enabled();
    }
}
