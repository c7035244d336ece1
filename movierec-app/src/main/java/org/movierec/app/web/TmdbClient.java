package org.movierec.app.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.movierec.app.service.MovieFacts;
import org.movierec.core.data.MovieMetadata;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls of the TMDb API (v3) at its configured address: the API key as {@code api_key} parameter, or a v4
 * read access token ("eyJ...") as bearer token. Movie facts come from one call per movie
 * ({@code movie/ID?append_to_response=credits,keywords}). Calls are spaced to the configured rate; an
 * answer 429 waits for its Retry-After seconds (or a second) and asks again, as TMDb asks clients to.
 * Thread-safe (calls are serialised by the spacing).
 */
final class TmdbClient {
    /** How often one movie is asked again after 429 or a server error before the call fails. */
    private static final int ATTEMPTS = 6;

    private final TmdbProperties properties;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();
    private final long spacingNanos;
    private long nextCall = System.nanoTime();

    /** A refusal that asking again will not change (an invalid API key). */
    static final class RefusedException extends IOException {
        RefusedException(String message) {
            super(message);
        }
    }

    TmdbClient(TmdbProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.tmdbTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.spacingNanos = (long) (1e9 / properties.tmdbRequestsPerSecond());
    }

    /** A GET request of the API path (relative, e.g. "movie/603") with the extra query (may be empty). */
    static HttpRequest.Builder request(TmdbProperties properties, String path, String query) {
        String key = properties.tmdbApiKey();
        boolean token = key.startsWith("eyJ");
        URI base = properties.tmdbApiUrl().toString().endsWith("/") ? properties.tmdbApiUrl()
                : URI.create(properties.tmdbApiUrl() + "/");
        String parameters = token ? query : (query.isEmpty() ? "" : query + "&") + "api_key="
                + URLEncoder.encode(key, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path + (parameters.isEmpty() ? "" : "?" + parameters)))
                .timeout(properties.tmdbTimeout()).header("Accept", "application/json").GET();
        if (token) {
            request.header("Authorization", "Bearer " + key);
        }
        return request;
    }

    /**
     * The facts TMDb has on the movie: directors, the top-billed cast, keywords, overview, runtime and
     * original language; null when TMDb does not know the id.
     *
     * @throws RefusedException when TMDb refuses the API key
     * @throws IOException when TMDb cannot be reached or keeps failing
     */
    MovieMetadata movie(int movieId, int tmdbId) throws IOException, InterruptedException {
        HttpRequest request = request(properties, "movie/" + tmdbId, "append_to_response=credits,keywords").build();
        for (int attempt = 1; ; attempt++) {
            pace();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status == 200) {
                return facts(movieId, tmdbId, json.readTree(response.body()));
            }
            if (status == 404) {
                return null;
            }
            if (status == 401 || status == 403) {
                throw new RefusedException("TMDb refused the API key (HTTP " + status + ")");
            }
            if ((status != 429 && status < 500) || attempt == ATTEMPTS) {
                throw new IOException("TMDb answered HTTP " + status + " for movie " + tmdbId);
            }
            long waitSeconds = status == 429 ? response.headers().firstValueAsLong("Retry-After").orElse(1) : attempt;
            Thread.sleep(Math.max(1, Math.min(waitSeconds, 60)) * 1000);
        }
    }

    private synchronized void pace() throws InterruptedException {
        long now = System.nanoTime();
        if (nextCall > now) {
            Thread.sleep((nextCall - now) / 1_000_000, (int) ((nextCall - now) % 1_000_000));
        }
        nextCall = Math.max(now, nextCall) + spacingNanos;
    }

    private static MovieMetadata facts(int movieId, int tmdbId, JsonNode movie) {
        List<String> directors = new ArrayList<>();
        for (JsonNode crew : movie.path("credits").path("crew")) {
            if ("Director".equals(crew.path("job").asString("")) && !crew.path("name").asString("").isBlank()) {
                directors.add(crew.path("name").asString().strip());
            }
        }
        List<JsonNode> cast = new ArrayList<>();
        movie.path("credits").path("cast").forEach(cast::add);
        cast.sort(Comparator.comparingInt(actor -> actor.path("order").asInt(Integer.MAX_VALUE)));
        List<String> billed = cast.stream().map(actor -> actor.path("name").asString("").strip()).filter(name -> !name.isEmpty())
                .distinct().limit(MovieFacts.TOP_BILLED).toList();
        List<String> keywords = new ArrayList<>();
        for (JsonNode keyword : movie.path("keywords").path("keywords")) {
            if (!keyword.path("name").asString("").isBlank()) {
                keywords.add(keyword.path("name").asString().strip());
            }
        }
        String overview = movie.path("overview").asString("").strip();
        String language = movie.path("original_language").asString("").strip();
        return new MovieMetadata(movieId, directors.stream().distinct().toList(), List.of(), billed, keywords,
                overview.isEmpty() ? null : overview, Math.max(0, movie.path("runtime").asInt(0)),
                language.isEmpty() ? null : language, null, null, 0, List.of(), 0, tmdbId, null, null, Map.of());
    }
}
