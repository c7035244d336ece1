package org.movierec.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movierec.core.data.Movie;

/** TMDb posters against a local fake TMDb on 127.0.0.1: never the network. */
class TmdbPostersTest {
    private static final Movie TOY_STORY = new Movie(1, "Toy Story", 1995, List.of("Animation"), 114709, 862);
    private static final Movie MATRIX = new Movie(2, "Matrix, The", 1999, List.of("Sci-Fi"), 133093, 603);
    private static final Movie NO_POSTER = new Movie(3, "Lost Film", 1920, List.of("Drama"), 0, 777);
    private static final Movie UNKNOWN = new Movie(4, "Unknown", 1930, List.of("Drama"), 0, 999);
    private static final Movie NO_LINK = new Movie(5, "Unlinked", 1940, List.of("Drama"), 0, 0);

    @TempDir
    Path dataDir;

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile long delayMillis;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/3/movie/", exchange -> {
            requests.add(exchange.getRequestURI().toString() + " " + exchange.getRequestHeaders().getFirst("Authorization"));
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String id = exchange.getRequestURI().getPath().substring("/3/movie/".length());
            String body = switch (id) {
                case "862" -> "{\"id\":862,\"title\":\"Toy Story\",\"poster_path\":\"/uXDfjJbdP4ijW5hWSBrPrlKpxab.jpg\"}";
                case "603" -> "{\"id\":603,\"poster_path\":\"/f89U3ADr1oiB1s9GkdPOEpXUk5H.jpg\"}";
                case "777" -> "{\"id\":777,\"poster_path\":null}";
                default -> null;
            };
            byte[] bytes = (body == null ? "{\"status_code\":34}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private TmdbPosters posters(String key, Clock clock) {
        URI api = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/3/");
        return new TmdbPosters(new TmdbProperties(key, api, "https://images.example/w342", Duration.ofMillis(1500), null, null), dataDir, clock);
    }

    @Test
    void withoutAKeyNothingIsFetched() {
        TmdbPosters posters = posters(null, Clock.systemUTC());
        assertThat(posters.enabled()).isFalse();
        assertThat(posters.imageUrl(TOY_STORY)).isEmpty();
        assertThat(posters(" ", Clock.systemUTC()).imageUrl(TOY_STORY)).isEmpty();
        assertThat(requests).isEmpty();
        assertThat(dataDir.resolve(TmdbPosters.CACHE_FILE)).doesNotExist();
    }

    @Test
    void posterPathsAreFetchedByTmdbIdOnceAndCachedAcrossRestarts() {
        TmdbPosters posters = posters("secret-key", Clock.systemUTC());
        assertThat(posters.imageUrl(TOY_STORY)).contains("https://images.example/w342/uXDfjJbdP4ijW5hWSBrPrlKpxab.jpg");
        assertThat(posters.imageUrl(TOY_STORY)).contains("https://images.example/w342/uXDfjJbdP4ijW5hWSBrPrlKpxab.jpg");
        assertThat(posters.imageUrl(NO_POSTER)).isEmpty();
        assertThat(posters.imageUrl(UNKNOWN)).isEmpty();
        assertThat(posters.imageUrl(NO_LINK)).isEmpty();
        assertThat(requests).containsExactly("/3/movie/862?api_key=secret-key null", "/3/movie/777?api_key=secret-key null",
                "/3/movie/999?api_key=secret-key null");

        TmdbPosters restarted = posters("secret-key", Clock.systemUTC());
        assertThat(restarted.imageUrl(TOY_STORY)).contains("https://images.example/w342/uXDfjJbdP4ijW5hWSBrPrlKpxab.jpg");
        assertThat(restarted.imageUrl(NO_POSTER)).isEmpty();
        assertThat(requests).hasSize(3);
    }

    @Test
    void aReadAccessTokenIsSentAsBearer() {
        String token = "eyJhbGciOiJIUzI1NiJ9.e30.signature";
        assertThat(posters(token, Clock.systemUTC()).imageUrl(MATRIX)).contains("https://images.example/w342/f89U3ADr1oiB1s9GkdPOEpXUk5H.jpg");
        assertThat(requests).containsExactly("/3/movie/603 Bearer " + token);
    }

    @Test
    void aSlowTmdbGivesTheGeneratedPosterFastAndIsNotAskedAgainForAWhile() throws IOException {
        delayMillis = 3000;
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T12:00:00Z"));
        TmdbPosters posters = posters("secret-key", clock);
        long start = System.nanoTime();
        assertThat(posters.imageUrl(TOY_STORY)).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
        assertThat(posters.imageUrl(MATRIX)).isEmpty();
        assertThat(requests).hasSize(1);
        assertThat(dataDir.resolve(TmdbPosters.CACHE_FILE)).doesNotExist();

        delayMillis = 0;
        clock.now = clock.now.plusSeconds(61);
        assertThat(posters.imageUrl(MATRIX)).contains("https://images.example/w342/f89U3ADr1oiB1s9GkdPOEpXUk5H.jpg");
        assertThat(Files.readString(dataDir.resolve(TmdbPosters.CACHE_FILE))).startsWith("603\t/f89U3ADr1oiB1s9GkdPOEpXUk5H.jpg\t");
    }

    @Test
    void anUnreachableTmdbGivesNoPoster() throws IOException {
        server.stop(0);
        assertThat(posters("secret-key", Clock.systemUTC()).imageUrl(TOY_STORY)).isEmpty();
    }

    @Test
    void theKeyIsReadFromTheEnvironmentVariable() {
        org.springframework.core.env.StandardEnvironment environment = new org.springframework.core.env.StandardEnvironment();
        environment.getPropertySources().addFirst(new org.springframework.core.env.SystemEnvironmentPropertySource("env",
                java.util.Map.of("MOVIEREC_TMDB_API_KEY", "from-env", "MOVIEREC_TMDB_TIMEOUT", "750ms")));
        TmdbProperties properties = org.springframework.boot.context.properties.bind.Binder.get(environment)
                .bindOrCreate("movierec", TmdbProperties.class);
        assertThat(properties.tmdbApiKey()).isEqualTo("from-env");
        assertThat(properties.tmdbTimeout()).isEqualTo(Duration.ofMillis(750));
        assertThat(properties.tmdbApiUrl()).isEqualTo(URI.create("https://api.themoviedb.org/3/"));
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {
        volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
