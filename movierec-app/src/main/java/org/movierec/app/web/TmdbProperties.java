package org.movierec.app.web;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Real posters and movie facts from TMDb ({@code movierec.tmdb-*} properties or MOVIEREC_TMDB_* environment variables).
 *
 * @param tmdbApiKey a TMDb API key (v3) or API read access token (v4); null or blank: no real posters nor facts, TMDb is
 *     never called
 * @param tmdbApiUrl the TMDb API's base address (default https://api.themoviedb.org/3/)
 * @param tmdbImageUrl the base address poster paths are appended to (default https://image.tmdb.org/t/p/w342)
 * @param tmdbTimeout how long one call to TMDb may take before the generated poster is used (default 2 s)
 * @param tmdbRequestsPerSecond the pace of the background fetching of movie facts (default 20; TMDb allows about 40)
 * @param tmdbRetrainFraction the content and hybrid models are retrained each time the movies with TMDb facts grow by
 *     this fraction of the movies linked to TMDb, and once at the end (default 0.1)
 */
@ConfigurationProperties(prefix = "movierec")
public record TmdbProperties(String tmdbApiKey, URI tmdbApiUrl, String tmdbImageUrl, Duration tmdbTimeout,
        Double tmdbRequestsPerSecond, Double tmdbRetrainFraction) {
    public TmdbProperties {
        tmdbRequestsPerSecond = tmdbRequestsPerSecond == null ? 20 : tmdbRequestsPerSecond;
        tmdbRetrainFraction = tmdbRetrainFraction == null ? 0.1 : tmdbRetrainFraction;
        if (!(tmdbRequestsPerSecond > 0) || !(tmdbRetrainFraction > 0 && tmdbRetrainFraction <= 1)) {
            throw new IllegalArgumentException("movierec.tmdb-requests-per-second must be above 0 and movierec.tmdb-retrain-fraction"
                    + " in (0, 1], were " + tmdbRequestsPerSecond + " and " + tmdbRetrainFraction);
        }
        tmdbApiKey = tmdbApiKey == null || tmdbApiKey.isBlank() ? null : tmdbApiKey.trim();
        tmdbApiUrl = tmdbApiUrl == null ? URI.create("https://api.themoviedb.org/3/") : tmdbApiUrl;
        tmdbImageUrl = tmdbImageUrl == null || tmdbImageUrl.isBlank() ? "https://image.tmdb.org/t/p/w342" : tmdbImageUrl;
        tmdbTimeout = tmdbTimeout == null ? Duration.ofSeconds(2) : tmdbTimeout;
    }
}
