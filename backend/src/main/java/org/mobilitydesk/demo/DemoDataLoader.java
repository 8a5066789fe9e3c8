package org.mobilitydesk.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the demo data of `make run` (profile demo) after Flyway migrated the schema. Never part of the migrations,
 * so production databases never see it; every script is idempotent, so restarts change nothing.
 */
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    private static final List<String> SCRIPTS = List.of("db/demo/010-institutions.sql", "db/demo/020-agreements.sql", "db/demo/040-projects.sql");

    @ConfigProperty(name = "mobility.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    EntityManager entityManager;

    @Transactional
    void load(@Observes StartupEvent event) throws IOException {
        if (!enabled) {
            return;
        }
        for (String script : SCRIPTS) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(script)) {
                if (in == null) {
                    throw new IllegalStateException("Demo script missing: " + script);
                }
                int rows = entityManager.createNativeQuery(new String(in.readAllBytes(), StandardCharsets.UTF_8)).executeUpdate();
                LOG.infof("Demo data %s: %d new rows", script, rows);
            }
        }
    }
}
