package org.movierec.core.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Facts about a movie beyond its MovieLens title, year and genres, keyed by MovieLens movie id
 * (stable across ml-1m, ml-10m and ml-latest). Absent facts are empty lists or maps, null strings and
 * dates, and 0 numbers. Immutable.
 *
 * @param directors in credit order
 * @param writers in credit order, without their roles ("screenplay", "novel")
 * @param cast main actors in billing order
 * @param keywords plot keywords
 * @param overview a plot summary
 * @param runtimeMinutes running time, 0 when unknown
 * @param language main language (a name or ISO code, as the source gives it)
 * @param mpaaRating the MPAA rating ("PG-13", "R", ...)
 * @param releaseDate the first release date
 * @param year the release year, 0 when unknown (a catalogue without years takes it from here)
 * @param countries countries of origin
 * @param imdbId IMDb id without "tt", 0 when unknown
 * @param tmdbId TMDb id, 0 when unknown
 * @param posterUrl an address of a poster image
 * @param critics Rotten Tomatoes scores, or null
 * @param tags tag to weight (how often people put the tag on the movie), by descending weight
 */
public record MovieMetadata(int movieId, List<String> directors, List<String> writers, List<String> cast,
        List<String> keywords, String overview, int runtimeMinutes, String language, String mpaaRating,
        LocalDate releaseDate, int year, List<String> countries, int imdbId, int tmdbId, String posterUrl,
        CriticScores critics, Map<String, Double> tags) {

    public MovieMetadata {
        directors = List.copyOf(directors);
        writers = List.copyOf(writers);
        cast = List.copyOf(cast);
        keywords = List.copyOf(keywords);
        countries = List.copyOf(countries);
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    /** Metadata of a movie that holds no fact yet. */
    public static MovieMetadata empty(int movieId) {
        return new MovieMetadata(movieId, List.of(), List.of(), List.of(), List.of(), null, 0, null, null, null, 0,
                List.of(), 0, 0, null, null, Map.of());
    }

    /**
     * Rotten Tomatoes figures (HetRec 2011): critics' mean rating (0-10), number of reviews and the
     * "Tomatometer" score (% fresh), for all critics and top critics; audience mean rating (0-5),
     * number of ratings and score (%). NaN or -1 where unknown.
     */
    public record CriticScores(String rottenTomatoesId, double allCriticsRating, int allCriticsReviews,
            int allCriticsScore, double topCriticsRating, int topCriticsReviews, int topCriticsScore,
            double audienceRating, int audienceRatings, int audienceScore) {
    }

    /**
     * This movie's facts completed by another source's: each fact is taken from this metadata when it
     * has it, from the other otherwise; keywords, countries and tags are united (this one's first).
     */
    public MovieMetadata mergedWith(MovieMetadata other) {
        if (other.movieId != movieId) {
            throw new IllegalArgumentException("cannot merge metadata of movies " + movieId + " and " + other.movieId);
        }
        Map<String, Double> allTags = new LinkedHashMap<>(other.tags);
        allTags.putAll(tags);
        Map<String, Double> sortedTags = new LinkedHashMap<>();
        allTags.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> sortedTags.put(e.getKey(), e.getValue()));
        return new MovieMetadata(movieId, or(directors, other.directors), or(writers, other.writers),
                or(cast, other.cast), union(keywords, other.keywords), or(overview, other.overview),
                runtimeMinutes > 0 ? runtimeMinutes : other.runtimeMinutes, or(language, other.language),
                or(mpaaRating, other.mpaaRating), or(releaseDate, other.releaseDate), year > 0 ? year : other.year,
                union(countries, other.countries),
                imdbId > 0 ? imdbId : other.imdbId, tmdbId > 0 ? tmdbId : other.tmdbId, or(posterUrl, other.posterUrl),
                or(critics, other.critics), sortedTags);
    }

    private static <T> List<T> or(List<T> first, List<T> second) {
        return first.isEmpty() ? second : first;
    }

    private static <T> T or(T first, T second) {
        return first != null ? first : second;
    }

    private static List<String> union(List<String> first, List<String> second) {
        LinkedHashSet<String> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return new ArrayList<>(all);
    }

    /** Merges several sources' metadata by movie id, the earlier sources' facts first. */
    public static Map<Integer, MovieMetadata> merge(List<Map<Integer, MovieMetadata>> sources) {
        Map<Integer, MovieMetadata> merged = new LinkedHashMap<>();
        for (Map<Integer, MovieMetadata> source : sources) {
            for (MovieMetadata m : source.values()) {
                merged.merge(m.movieId(), m, MovieMetadata::mergedWith);
            }
        }
        return merged;
    }
}
