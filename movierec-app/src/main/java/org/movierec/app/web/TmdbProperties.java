package org.movierec.app.web;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Real posters from TMDb ({@code movierec.tmdb-*} properties or MOVIEREC_TMDB_* environment variables).
 *
 * @param tmdbApiKey a TMDb API key (v3) or API read access token (v4); null or blank: no real posters, TMDb is never called
 * @param tmdbApiUrl the TMDb API's base address (default https://api.themoviedb.org/3/)
 * @param tmdbImageUrl the base address poster paths are appended to (default https://image.tmdb.org/t/p/w342)
 * @param tmdbTimeout how long one call to TMDb may take before the generated poster is used (default 2 s)
 */
@ConfigurationProperties(prefix = "movierec")
public record TmdbProperties(String tmdbApiKey, URI tmdbApiUrl, String tmdbImageUrl, Duration tmdbTimeout) {
    public TmdbProperties {
        tmdbApiKey = tmdbApiKey == null || tmdbApiKey.isBlank() ? null : tmdbApiKey.trim();
        tmdbApiUrl = tmdbApiUrl == null ? URI.create("https://api.themoviedb.org/3/") : tmdbApiUrl;
        tmdbImageUrl = tmdbImageUrl == null || tmdbImageUrl.isBlank() ? "https://image.tmdb.org/t/p/w342" : tmdbImageUrl;
        tmdbTimeout = tmdbTimeout == null ? Duration.ofSeconds(2) : tmdbTimeout;
    }
}
