package org.mobilitydesk.demo;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the demo data of `make run` (profile demo) after Flyway migrated the schema: every script in db/demo, in the
 * order of their names. Never part of the migrations, so production databases never see it; every script is
 * idempotent, so restarts change nothing.
 */
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    static final String DIRECTORY = "db/demo";

    @ConfigProperty(name = "mobility.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    EntityManager entityManager;

    @Transactional
    void load(@Observes StartupEvent event) throws IOException {
        if (!enabled) {
            return;
        }
        for (String script : scripts()) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(script)) {
                String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                // Plain JDBC: Hibernate's native queries would take the braces of JSON literals for placeholders.
                entityManager.unwrap(Session.class).doWork(connection -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.setEscapeProcessing(false);
                        statement.execute(sql);
                    }
                });
                LOG.infof("Demo data %s loaded", script);
            }
        }
    }

    /** The resource names of the demo scripts in name order, from the classes folder or from the application jar. */
    static List<String> scripts() throws IOException {
        URL directory = Thread.currentThread().getContextClassLoader().getResource(DIRECTORY);
        if (directory == null) {
            throw new IllegalStateException("Demo scripts missing: " + DIRECTORY);
        }
        URI uri;
        try {
            uri = directory.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Demo scripts at an unreadable place: " + directory, e);
        }
        if (!uri.getScheme().equals("jar")) {
            return sqlFiles(Path.of(uri));
        }
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
            return sqlFiles(jar.getPath(DIRECTORY));
        }
    }

    private static List<String> sqlFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".sql")).sorted()
                    .map(name -> DIRECTORY + "/" + name).toList();
        }
    }
}
