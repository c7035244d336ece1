package org.movierec.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.movierec.app.service.Fixtures;
import org.movierec.app.service.ModelRegistry;
import org.movierec.app.service.MovieLibrary;
import java.util.Map;
import org.movierec.app.store.Account;
import org.movierec.app.store.Database;
import org.movierec.app.store.DatabaseImporter;
import org.movierec.app.store.MovieRepository;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.data.Dataset;
import org.movierec.core.util.Progress;
import org.movierec.app.store.WebAccountRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole web application over a fresh SQLite database and the two-taste fixture library with its
 * metadata (instead of the bundled data), with the fixture's trained test model as the default. One context is shared by all
 * web tests; each test makes accounts of its own.
 */
@SpringBootTest(classes = {WebApplication.class, WebTestSupport.FixtureData.class}, properties = "movierec.bootstrap=false")
@AutoConfigureMockMvc
abstract class WebTestSupport {
    static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();
    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("movierec-web-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    WebAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("movierec.data-dir", DIR::toString);
        registry.add("movierec.database", () -> DIR.resolve("test.db").toString());
    }

    /** A new account with {@link #PASSWORD}, signed in as a Spring Security principal. */
    AccountUser newUser() {
        return newAccount("USER");
    }

    AccountUser newAccount(String role) {
        Account account = accounts.create("user" + ACCOUNTS.incrementAndGet(), encoder.encode(PASSWORD), role);
        return new AccountUser(account);
    }

    /** The fixture library and model in place of the bundled data. */
    @TestConfiguration
    static class FixtureData {
        @Bean
        MovieLibrary movieLibrary(ModelRegistry models, Database database) {
            if (new MovieRepository(database).count() == 0) {
                new DatabaseImporter(database).importDataset(new Dataset("fixture", "generic-csv", Fixtures.catalog(), Fixtures.ratings(),
                        Fixtures.tags(), Map.of()), Fixtures.metadata(), "fixture", Progress.NONE);
            }
            models.put(Fixtures.trainedModel());
            return MovieLibrary.of(Fixtures.catalog(), Fixtures.ratings(), Fixtures.tags(), new MovieRepository(database).metadata());
        }

        @Bean
        AlgorithmRegistry algorithmRegistry() {
            return Fixtures.registry();
        }
    }
}
