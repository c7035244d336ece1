package org.movierec.app.cluster;

import org.movierec.app.service.ModelRegistry;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health contributor {@code models}, part of the readiness group: up once the default model serves (the
 * data is loaded before any model is), so a load balancer sends requests only to an instance that answers them.
 */
@Component("models")
public class ModelsHealthIndicator implements HealthIndicator {
    private final ModelRegistry registry;

    public ModelsHealthIndicator(ModelRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Health health() {
        return registry.defaultName().map(name -> Health.up().withDetail("default", name).build())
                .orElseGet(() -> Health.outOfService().withDetail("default", "none yet").build());
    }
}
