package dev.dittosink.config;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How strictly incoming CloudEvents are checked before their data is read as Ditto Protocol.
 *
 * <p>The defaults reproduce Ditto's own {@code POST /api/2/cloudevents} endpoint.
 */
@ConfigMapping(prefix = "sink.cloudevents")
public interface CloudEventsConfig {

    /**
     * Media types accepted as the event's {@code datacontenttype}. Parameters such as {@code charset} are ignored
     * and the comparison is case-insensitive.
     */
    @WithDefault("application/json,application/vnd.eclipse.ditto+json")
    List<String> dataTypes();

    /**
     * Whether an event without {@code dataschema} is accepted. When {@code false}, every event must name a
     * {@code ditto:} schema.
     */
    @WithDefault("true")
    boolean emptySchemaAllowed();

    /**
     * Whether structured content mode ({@code application/cloudevents+json}) is accepted. Knative senders may use
     * it; Ditto's endpoint rejects it in practice, so switching it off gives strict parity.
     */
    @WithDefault("true")
    boolean structuredModeEnabled();
}
