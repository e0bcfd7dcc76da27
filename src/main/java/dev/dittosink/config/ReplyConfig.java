package dev.dittosink.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Reply events: when a request carries {@code Prefer: reply}, a successful relay can answer 200 with a CloudEvent
 * whose data is the Ditto Protocol response, for use as a Sequence step.
 */
@ConfigMapping(prefix = "sink.reply")
public interface ReplyConfig {

    /**
     * Whether replies are sent at all. Off by default: Knative brokers always send {@code Prefer: reply}, and a
     * reply re-enters the broker, where a careless filter could loop it back.
     */
    @WithDefault("false")
    boolean enabled();

    /** The reply event's {@code type}. */
    @WithDefault("org.eclipse.ditto.protocol.response")
    String type();

    /** The reply event's {@code source}. */
    @WithDefault("/ditto-knative-sink")
    String source();
}
