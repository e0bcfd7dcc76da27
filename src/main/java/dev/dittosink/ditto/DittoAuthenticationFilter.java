package dev.dittosink.ditto;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import dev.dittosink.config.DittoConfig;

/**
 * Adds the sink's own credentials to every call to Ditto. The header is built here and nowhere else, so that no
 * credential can come from an event and none is ever logged.
 */
public class DittoAuthenticationFilter implements ClientRequestFilter {

    @Inject
    DittoConfig config;

    @Override
    public void filter(final ClientRequestContext request) {
        // Whatever an event asked for, only the configured credentials may reach Ditto.
        request.getHeaders().remove(HttpHeaders.AUTHORIZATION);
        final DittoConfig.Auth auth = config.auth();
        switch (auth.mode()) {
            case BASIC -> request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
                    .encodeToString((auth.username().orElse("") + ":" + auth.password().orElse(""))
                            .getBytes(StandardCharsets.UTF_8)));
            case BEARER -> request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION,
                    "Bearer " + auth.token().orElse(""));
            case NONE -> {
                // Nothing to add: Ditto is reached without credentials, for example behind a trusted proxy.
            }
        }
    }
}
