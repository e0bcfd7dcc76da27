package dev.dittosink.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Batch content mode ({@code application/cloudevents-batch+json}), accepted on the REST door only. */
@ConfigMapping(prefix = "sink.batch")
public interface BatchConfig {

    /** Most events in one batch; a larger batch is refused with 413 before any is relayed. */
    @WithDefault("100")
    int maxEvents();
}
