package org.movierec.app.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The movierec web application and REST API, started by {@code movierec serve}. Spring lives in this
 * module only: controllers here, services built in {@link ServiceConfiguration}, repositories in
 * {@code org.movierec.app.store}, several instances on one database in {@code org.movierec.app.cluster}.
 */
@SpringBootApplication(scanBasePackages = {"org.movierec.app.web", "org.movierec.app.store", "org.movierec.app.behaviour",
        "org.movierec.app.cluster"})
@ConfigurationPropertiesScan
public class WebApplication {
}
