package org.movierec.app.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.movierec.core.data.Movie;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Poster images from TMDb, only when an API key is configured: the poster path of a movie's TMDb id
 * (from the release's links) is asked of the TMDb API once and kept in a cache file
 * ({@code <data-dir>/tmdb-posters.tsv}: TMDb id, path or empty for "TMDb has none", time in epoch seconds),
 * so each movie is looked up at most once. A call that fails or takes longer than the timeout gives no poster
 * (the page shows the generated one) and pauses all calls for {@value #PAUSE_SECONDS} s, so an offline
 * server does not wait on every poster. Thread-safe.
 */
public final class TmdbPosters {
    static final String CACHE_FILE = "tmdb-posters.tsv";
    private static final long PAUSE_SECONDS = 60;
    private static final Logger LOG = LoggerFactory.getLogger(TmdbPosters.class);

    private final TmdbProperties properties;
    private final Path cacheFile;
    private final Clock clock;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<Integer, String> paths = new ConcurrentHashMap<>();
    private volatile Instant pausedUntil = Instant.MIN;

    /** Posters for the properties, cached in the data folder; reads the cache file when there is one. */
    public TmdbPosters(TmdbProperties properties, Path dataDir, Clock clock) {
        this.properties = properties;
        this.cacheFile = dataDir.resolve(CACHE_FILE);
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.tmdbTimeout()).followRedirects(HttpClient.Redirect.NORMAL).build();
        if (enabled()) {
            readCache();
        }
    }

    /** Whether an API key is configured (without one, nothing is ever fetched). */
    public boolean enabled() {
        return properties.tmdbApiKey() != null;
    }

    /** The address of the movie's poster image, if TMDb has one and could be asked (or was asked before). */
    public Optional<String> imageUrl(Movie movie) {
        if (!enabled() || movie.tmdbId() <= 0) {
            return Optional.empty();
        }
        String path = paths.get(movie.tmdbId());
        if (path == null) {
            if (clock.instant().isBefore(pausedUntil)) {
                return Optional.empty();
            }
            Optional<String> fetched = fetch(movie.tmdbId());
            if (fetched.isEmpty()) {
                return Optional.empty();
            }
            path = fetched.get();
            if (paths.putIfAbsent(movie.tmdbId(), path) == null) {
                append(movie.tmdbId(), path);
            }
        }
        return path.isEmpty() ? Optional.empty() : Optional.of(properties.tmdbImageUrl() + path);
    }

    /** The poster path TMDb gives for the id ("" when it has none), or empty when TMDb could not answer. */
    private Optional<String> fetch(int tmdbId) {
        HttpRequest.Builder request = TmdbClient.request(properties, "movie/" + tmdbId, "");
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return Optional.of("");
            }
            if (response.statusCode() != 200) {
                return pause("TMDb answered HTTP " + response.statusCode() + " for movie " + tmdbId);
            }
            JsonNode poster = json.readTree(response.body()).path("poster_path");
            String path = poster.isString() ? poster.asString() : "";
            return Optional.of(path.startsWith("/") && path.matches("[/A-Za-z0-9._-]+") ? path : "");
        } catch (IOException | RuntimeException e) {
            return pause("cannot ask TMDb for the poster of movie " + tmdbId + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private Optional<String> pause(String why) {
        pausedUntil = clock.instant().plusSeconds(PAUSE_SECONDS);
        LOG.warn("{}; generated posters for the next {} s", why, PAUSE_SECONDS);
        return Optional.empty();
    }

    private void readCache() {
        if (!Files.isRegularFile(cacheFile)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(cacheFile, StandardCharsets.UTF_8)) {
                String[] fields = line.split("\t", -1);
                if (fields.length == 3 && fields[0].matches("[0-9]{1,9}")) {
                    paths.put(Integer.parseInt(fields[0]), fields[1]);
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot read the poster cache {}: {}", cacheFile, e.getMessage());
        }
    }

    private synchronized void append(int tmdbId, String path) {
        try {
            Files.createDirectories(cacheFile.getParent());
            try (BufferedWriter out = Files.newBufferedWriter(cacheFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND)) {
                out.write(tmdbId + "\t" + path + "\t" + clock.instant().getEpochSecond() + "\n");
            }
        } catch (IOException e) {
            LOG.warn("Cannot write the poster cache {}: {}", cacheFile, e.getMessage());
        }
    }
}
