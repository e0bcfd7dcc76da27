package dev.dittosink.ingress;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while the sink takes events; not ready once it is shutting down, so Knative routes new events elsewhere.
 * Ditto's own health is deliberately not part of it: a Ditto outage must not take every replica out of the route.
 */
@Readiness
@ApplicationScoped
public class SinkReadiness implements HealthCheck {

    private final RelayGate gate;

    public SinkReadiness(final RelayGate gate) {
        this.gate = gate;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("sink")
                .status(gate.isOpen())
                .withData("relaysInFlight", gate.inFlight())
                .build();
    }
}
