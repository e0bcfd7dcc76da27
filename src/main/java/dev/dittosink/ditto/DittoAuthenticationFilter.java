package dev.dittosink.ditto;

import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;

import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientRequestContext;
import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientRequestFilter;

import dev.dittosink.security.DittoCredentials;

/**
 * Adds the sink's own credentials to every call to Ditto. The credential headers are set here and nowhere else, so
 * that no credential can come from an event and none is ever logged; which ones is decided by
 * {@link DittoCredentials}.
 */
public class DittoAuthenticationFilter implements ResteasyReactiveClientRequestFilter, ClientResponseFilter {

    private static final int UNAUTHORIZED = 401;

    @Inject
    DittoCredentials credentials;

    @Override
    public void filter(final ResteasyReactiveClientRequestContext request) {
        credentials.authenticate(request);
    }

    @Override
    public void filter(final ClientRequestContext request, final ClientResponseContext response) {
        // The 401 itself passes through to the sender (Knative dead-letters it); the log says what to fix.
        if (response.getStatus() == UNAUTHORIZED) {
            credentials.onDittoRefused();
        }
    }
}
