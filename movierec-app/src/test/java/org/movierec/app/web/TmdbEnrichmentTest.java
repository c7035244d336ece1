package org.movierec.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.movierec.app.service.MovieFacts;
import org.movierec.app.store.Account;
import org.movierec.app.store.Database;
import org.movierec.app.store.TmdbFactsRepository;
import org.movierec.app.store.WebAccountRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * TMDb enrichment end to end against a fake TMDb (a real HTTP server on 127.0.0.1, never the real one): the
 * whole app with an API key fetches the facts of the fixture's two linked movies in the background (Toy Story
 * known, after one 429 with Retry-After; the Matrix unknown), stores them, serves them on the movie and person
 * pages and shows the progress on the models page; a restart asks only about movies not asked yet.
 */
@SpringBootTest(classes = {WebApplication.class, WebTestSupport.FixtureData.class}, properties = "movierec.bootstrap=false")
@AutoConfigureMockMvc
class TmdbEnrichmentTest {
    private static final String TOY_STORY = """
            {"id": 862, "title": "Toy Story", "overview": "Toys come alive when nobody looks.", "runtime": 81,
             "original_language": "en",
             "credits": {"cast": [{"name": "Tim Allen", "order": 1}, {"name": "Tom Hanks", "order": 0}],
                         "crew": [{"name": "John Lasseter", "job": "Director"}, {"name": "Pete Docter", "job": "Story"}]},
             "keywords": {"keywords": [{"id": 1, "name": "toy"}, {"id": 2, "name": "friendship"}]}}
            """;
    private static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    private static final AtomicBoolean THROTTLED = new AtomicBoolean();
    private static HttpServer tmdb;
    private static Path dir;

    @Autowired
    MockMvc mvc;

    @Autowired
    TmdbEnrichment enrichment;

    @Autowired
    MovieFacts facts;

    @Autowired
    Database database;

    @Autowired
    ModelJobs jobs;

    @Autowired
    TmdbProperties properties;

    @Autowired
    WebAccountRepository accounts;

    @DynamicPropertySource
    static void fakeTmdb(DynamicPropertyRegistry registry) throws IOException {
        tmdb = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        tmdb.createContext("/3/movie/", TmdbEnrichmentTest::answer);
        tmdb.start();
        dir = Files.createTempDirectory("movierec-tmdb-test");
        registry.add("movierec.data-dir", dir::toString);
        registry.add("movierec.database", () -> dir.resolve("tmdb.db").toString());
        registry.add("movierec.tmdb-api-key", () -> "test-key");
        registry.add("movierec.tmdb-api-url", () -> "http://127.0.0.1:" + tmdb.getAddress().getPort() + "/3/");
        registry.add("movierec.tmdb-requests-per-second", () -> "50");
    }

    @AfterAll
    static void stopTmdb() {
        tmdb.stop(0);
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        REQUESTS.add(path + "?" + exchange.getRequestURI().getQuery());
        if (path.equals("/3/movie/862") && !THROTTLED.getAndSet(true)) {
            exchange.getResponseHeaders().add("Retry-After", "1");
            send(exchange, 429, "{\"status_code\": 25}");
        } else if (path.equals("/3/movie/862")) {
            send(exchange, 200, TOY_STORY);
        } else {
            send(exchange, 404, "{\"status_code\": 34}");
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void fetchesStoresAndServesTheFactsAndResumesAfterARestart() throws Exception {
        enrichment.awaitDone(Duration.ofSeconds(30));
        assertThat(enrichment.status().state()).isEqualTo("done");
        assertThat(REQUESTS).containsExactly(
                "/3/movie/862?append_to_response=credits,keywords&api_key=test-key",
                "/3/movie/862?append_to_response=credits,keywords&api_key=test-key",
                "/3/movie/603?append_to_response=credits,keywords&api_key=test-key");
        TmdbFactsRepository repository = new TmdbFactsRepository(database);
        assertThat(repository.coverage()).isEqualTo(new TmdbFactsRepository.Coverage(2, 2, 1));
        var toyStory = repository.all().get(13);
        assertThat(toyStory.directors()).containsExactly("John Lasseter");
        assertThat(toyStory.cast()).containsExactly("Tom Hanks", "Tim Allen");
        assertThat(toyStory.keywords()).containsExactly("toy", "friendship");
        assertThat(toyStory.runtimeMinutes()).isEqualTo(81);
        assertThat(toyStory.language()).isEqualTo("en");
        assertThat(facts.of(13).orElseThrow().overview()).isEqualTo("Toys come alive when nobody looks.");
        assertThat(facts.of(14).orElseThrow().directors()).as("the imported facts stay").containsExactly("Lana Wachowski",
                "Lilly Wachowski");
        assertThat(facts.itemFeatures().of(13).size()).as("content features include the new facts")
                .isGreaterThan(org.movierec.core.data.ItemFeatures.of(org.movierec.app.service.Fixtures.catalog(),
                        org.movierec.app.service.Fixtures.tags(), java.util.Map.of()).of(13).size());

        mvc.perform(get("/movies/13")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/people?name=John%20Lasseter\"")))
                .andExpect(content().string(containsString("Toys come alive when nobody looks.")));
        mvc.perform(get("/people").param("name", "Tom Hanks")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Toy Story (1995)")));
        mvc.perform(get("/search").param("q", "lasset")).andExpect(content().string(containsString("John Lasseter")));
        Account admin = accounts.create("tmdb-admin", "x", "ADMIN");
        mvc.perform(get("/admin/models").with(user(new AccountUser(admin)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<span class=\"tmdb-state\">done</span>")))
                .andExpect(content().string(containsString("<span class=\"tmdb-found\">1</span>")));

        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM tmdb_movies WHERE movie_id = 13");
        }
        REQUESTS.clear();
        TmdbEnrichment restarted = new TmdbEnrichment(properties, repository, facts, jobs);
        restarted.start();
        restarted.awaitDone(Duration.ofSeconds(30));
        assertThat(REQUESTS).as("only the movie without an answer is asked again")
                .containsExactly("/3/movie/862?append_to_response=credits,keywords&api_key=test-key");
        assertThat(repository.coverage()).isEqualTo(new TmdbFactsRepository.Coverage(2, 2, 1));
    }
}
