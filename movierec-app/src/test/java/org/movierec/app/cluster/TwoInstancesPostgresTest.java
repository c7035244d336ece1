package org.movierec.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movierec.app.service.ModelRegistry;
import org.movierec.app.service.MovieLibrary;
import org.movierec.app.web.ModelJobs;
import org.movierec.app.web.WebApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application contexts (two instances with their own data folders) on one PostgreSQL database, at the
 * server named by {@code MOVIEREC_TEST_POSTGRES_URL} (skipped when unset), in a schema of their own: a page
 * session made on one is signed in on the other, ratings through one reach the other's statistics, a model
 * trained by one is served by the other, and a restarted instance has every rating written while it was down.
 */
class TwoInstancesPostgresTest {
    private static final Duration WITHIN = Duration.ofSeconds(5);
    private static final int MATRIX = 2571;
    private static final String PASSWORD = "two-instances-pass";

    @TempDir
    Path folder;
    private String server;
    private String schema;
    private String url;
    private ConfigurableApplicationContext a;
    private ConfigurableApplicationContext b;

    @BeforeEach
    void schema() throws SQLException {
        server = System.getenv("MOVIEREC_TEST_POSTGRES_URL");
        assumeTrue(server != null && !server.isBlank(), "MOVIEREC_TEST_POSTGRES_URL is not set: PostgreSQL tests skipped");
        schema = "two_" + UUID.randomUUID().toString().replace("-", "");
        execute("CREATE SCHEMA " + schema);
        url = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @AfterEach
    void drop() throws SQLException {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {a, b}) {
            if (context != null) {
                context.close();
            }
        }
        if (schema != null) {
            execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Test
    void twoInstancesServeAsOneSite() throws Exception {
        a = start("a");
        b = start("b");
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String csrf = csrf(browser, base(a) + "/signup");
        HttpResponse<String> signup = browser.send(form(base(a) + "/signup", "_csrf", csrf, "username", "spreader",
                "password", PASSWORD, "confirm", PASSWORD), HttpResponse.BodyHandlers.ofString());
        assertThat(signup.statusCode()).as("sign-up on A").isEqualTo(302);
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base(b) + "/ratings")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as("A's page session on B").isEqualTo(200);
        assertThat(page.body()).contains("spreader");

        MovieLibrary onB = b.getBean(MovieLibrary.class);
        int before = onB.stats(MATRIX).count();
        assertThat(rate(a, MATRIX, 5).statusCode()).isEqualTo(200);
        assertThat(within(() -> onB.stats(MATRIX).count() == before + 1)).as("A's rating in B's statistics within 5 s").isTrue();
        assertThat(onB.search("matrix", 20)).filteredOn(s -> s.movie().id() == MATRIX).singleElement()
                .satisfies(s -> assertThat(s.count()).isEqualTo(before + 1));

        ServedVersions servedOnB = b.getBean(ServedVersions.class);
        long version = servedOnB.of("popular").orElseThrow();
        assertThat(a.getBean(ServedVersions.class).of("popular")).as("B serves the version A trained").contains(version);
        assertThat(b.getBean(ModelJobs.class).jobs().get("popular").message()).as("B's models page says it loaded A's version")
                .isEqualTo("loaded version " + version + " published in the database");
        a.getBean(ModelJobs.class).retrain("popular");
        assertThat(within(() -> servedOnB.of("popular").orElseThrow() > version)).as("A's retrained model served by B").isTrue();
        assertThat(b.getBean(ModelRegistry.class).get("popular")).isPresent();

        b.close();
        b = null;
        assertThat(rate(a, 260, 4).statusCode()).isEqualTo(200);
        assertThat(rate(a, MATRIX, 3).statusCode()).isEqualTo(200);
        b = start("b");
        assertThat(b.getBean(MovieLibrary.class).stats(MATRIX)).as("restarted B has what A wrote meanwhile")
                .satisfies(s -> assertThat(s.count()).isEqualTo(a.getBean(MovieLibrary.class).stats(MATRIX).count()))
                .satisfies(s -> assertThat(s.average()).isEqualTo(a.getBean(MovieLibrary.class).stats(MATRIX).average()));
    }

    private ConfigurableApplicationContext start(String name) throws IOException {
        return new SpringApplicationBuilder(WebApplication.class).run(
                "--server.port=0",
                "--movierec.database=" + url,
                "--movierec.data=" + release(),
                "--movierec.data-dir=" + folder.resolve(name),
                "--movierec.metadata-dir=" + folder.resolve("no-metadata"),
                "--movierec.models=popular",
                "--movierec.cluster.poll-interval=200ms");
    }

    /** A small release in ml-latest-small's format: 40 movies (2571 among them), 30 users rating 15 movies each. */
    private Path release() throws IOException {
        Path release = folder.resolve("release");
        if (Files.isDirectory(release)) {
            return release;
        }
        Files.createDirectories(release);
        StringBuilder movies = new StringBuilder("movieId,title,genres\n");
        for (int m = 1; m < 40; m++) {
            movies.append(m == 1 ? 260 : m).append(",Movie ").append(m).append(" (2000),Drama\n");
        }
        movies.append(MATRIX).append(",\"Matrix, The (1999)\",Action|Sci-Fi\n");
        StringBuilder ratings = new StringBuilder("userId,movieId,rating,timestamp\n");
        for (int u = 1; u <= 30; u++) {
            for (int k = 0; k < 15; k++) {
                int m = (u * 7 + k * 3) % 40;
                int id = m == 0 ? MATRIX : m == 1 ? 260 : m;
                if (ratings.indexOf("\n" + u + "," + id + ",") < 0) {
                    ratings.append(u).append(',').append(id).append(',').append(1 + (u + k) % 5).append(",1000000000\n");
                }
            }
        }
        Files.writeString(release.resolve("movies.csv"), movies);
        Files.writeString(release.resolve("ratings.csv"), ratings);
        return release;
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    private static HttpResponse<String> rate(ConfigurableApplicationContext on, int movie, int rating) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString(("spreader:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base(on) + "/api/me/ratings/" + movie))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"rating\":" + rating + "}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(HttpClient browser, String page) throws IOException, InterruptedException {
        String body = browser.send(HttpRequest.newBuilder(URI.create(page)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(body);
        assertThat(token.find()).as("a CSRF token on " + page).isTrue();
        return token.group(1);
    }

    private static HttpRequest form(String target, String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int k = 0; k < pairs.length; k += 2) {
            body.append(k == 0 ? "" : "&").append(pairs[k]).append('=').append(URLEncoder.encode(pairs[k + 1], StandardCharsets.UTF_8));
        }
        return HttpRequest.newBuilder(URI.create(target)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    private static boolean within(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
