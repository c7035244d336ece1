package org.movierec.app.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says where the app is once it is up, and prints the one-time admin setup link when needed. */
@Component
public class StartupReport {
    private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);
    private final AdminSetup adminSetup;
    private final MovierecProperties properties;
    private final Environment environment;

    public StartupReport(AdminSetup adminSetup, MovierecProperties properties, Environment environment) {
        this.adminSetup = adminSetup;
        this.properties = properties;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void ready() {
        String base = "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String link = adminSetup.prepare(properties.adminPassword());
        if (link != null) {
            LOG.info("No admin account yet: open {}{} to choose the admin password (the link works once, for {} minutes)", base, link,
                    AdminSetup.LINK_LIFETIME.toMinutes());
        }
        LOG.info("movierec is up at {}", base);
    }
}
