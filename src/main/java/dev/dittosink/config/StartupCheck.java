package dev.dittosink.config;

import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start a production sink that does not know where Ditto is, and logs the effective, non-secret
 * configuration once.
 */
@Singleton
public class StartupCheck {

    static final String DITTO_URL_KEY = "quarkus.rest-client.ditto.url";

    private static final Logger LOG = Logger.getLogger(StartupCheck.class);

    void onStart(@Observes final StartupEvent event, final DittoConfig ditto, final CloudEventsConfig cloudEvents) {
        final Optional<String> dittoUrl = ConfigProvider.getConfig().getOptionalValue(DITTO_URL_KEY, String.class);
        ensureDittoUrl(dittoUrl, LaunchMode.current());

        LOG.infof("Relaying to Ditto at <%s>, timeout %d ms, outbound auth %s; data types %s, empty schema %s, "
                        + "structured mode %s", dittoUrl.orElse("(none)"), ditto.requestTimeout().toMillis(),
                ditto.auth().mode(), cloudEvents.dataTypes(),
                cloudEvents.emptySchemaAllowed() ? "allowed" : "refused",
                cloudEvents.structuredModeEnabled() ? "on" : "off");
    }

    /**
     * @param dittoUrl the configured Ditto URL
     * @param mode how the application runs
     * @throws IllegalStateException in production without a Ditto URL
     */
    static void ensureDittoUrl(final Optional<String> dittoUrl, final LaunchMode mode) {
        if (dittoUrl.filter(url -> !url.isBlank()).isPresent()) {
            return;
        }
        final String message = "No Ditto URL configured: set the environment variable DITTO_URL (or the property "
                + DITTO_URL_KEY + ") to Ditto's base URL, for example http://ditto-nginx:8080";
        if (mode == LaunchMode.NORMAL) {
            throw new IllegalStateException(message);
        }
        LOG.warn("*** DRY RUN *** " + message + ". Until then every event is checked and translated, and the "
                + "Ditto request it would become is logged, but NOTHING IS SENT TO DITTO.");
    }
}
