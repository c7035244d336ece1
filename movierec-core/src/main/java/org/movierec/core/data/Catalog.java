package org.movierec.core.data;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The movies of a data set by MovieLens id, in the release's order. Immutable. */
public final class Catalog {
    private final Map<Integer, Movie> movies;

    public Catalog(Collection<Movie> movies) {
        Map<Integer, Movie> byId = new LinkedHashMap<>();
        for (Movie movie : movies) {
            if (byId.put(movie.id(), movie) != null) {
                throw new IllegalArgumentException("movie " + movie.id() + " listed twice");
            }
        }
        this.movies = Collections.unmodifiableMap(byId);
    }

    public Optional<Movie> movie(int id) {
        return Optional.ofNullable(movies.get(id));
    }

    public boolean contains(int id) {
        return movies.containsKey(id);
    }

    public Collection<Movie> movies() {
        return movies.values();
    }

    public int size() {
        return movies.size();
    }
}
