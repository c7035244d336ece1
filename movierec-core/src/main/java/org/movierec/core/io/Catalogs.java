package org.movierec.core.io;

import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import java.util.ArrayList;
import java.util.List;
import org.movierec.core.data.Catalog;
import org.movierec.core.data.Movie;

/** Collects a movies file into a catalogue, refusing a movie listed twice with the line named. */
final class Catalogs {
    private final List<Movie> movies = new ArrayList<>();
    private final IntOpenHashSet ids = new IntOpenHashSet();

    void add(Movie movie, TextLines lines) throws DataFormatException {
        if (!ids.add(movie.id())) {
            throw lines.error("movie " + movie.id() + " is listed twice");
        }
        movies.add(movie);
    }

    Catalog catalog() {
        return new Catalog(movies);
    }
}
