package org.movierec.app.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.movierec.core.data.Catalog;
import org.movierec.core.data.ItemFeatures;
import org.movierec.core.data.MovieMetadata;
import org.movierec.core.data.Tag;

/**
 * The movie facts the web app serves, live: the imported metadata (MeLU, HetRec, a metadata CSV) completed
 * by facts fetched later (TMDb), with the {@link PersonIndex} of their directors and cast. Facts that
 * arrive are merged in ({@link #add}), the imported sources' facts first, and a new snapshot replaces the
 * old one as a whole, so readers never lock and never see half an update. Thread-safe.
 */
public final class MovieFacts {
    /** How many of a movie's top-billed actors are kept and listed as its people. */
    public static final int TOP_BILLED = 10;

    private final Catalog catalog;
    private final Supplier<List<Tag>> tags;
    private volatile Snapshot snapshot;

    private record Snapshot(Map<Integer, MovieMetadata> metadata, PersonIndex people) {
        static Snapshot of(Map<Integer, MovieMetadata> metadata) {
            return new Snapshot(metadata, PersonIndex.of(metadata.values(), TOP_BILLED));
        }
    }

    /**
     * Facts of the catalogue's movies.
     *
     * @param metadata what the database holds, by movie id (movies outside the catalogue are ignored)
     * @param tags the current user tags, read when content features are built
     */
    public MovieFacts(Catalog catalog, Map<Integer, MovieMetadata> metadata, Supplier<List<Tag>> tags) {
        this.catalog = catalog;
        this.tags = tags;
        Map<Integer, MovieMetadata> known = new HashMap<>();
        metadata.forEach((id, facts) -> {
            if (catalog.contains(id)) {
                known.put(id, facts);
            }
        });
        snapshot = Snapshot.of(Map.copyOf(known));
    }

    /** The movie's facts, if any source has some. */
    public Optional<MovieMetadata> of(int movieId) {
        return Optional.ofNullable(snapshot.metadata().get(movieId));
    }

    /** Number of movies with facts. */
    public int count() {
        return snapshot.metadata().size();
    }

    /** The directors and actors of the movies with facts. */
    public PersonIndex people() {
        return snapshot.people();
    }

    /**
     * Adds facts that arrived (movies outside the catalogue are ignored): each movie's facts complete what it
     * had, whose facts come first.
     */
    public synchronized void add(Map<Integer, MovieMetadata> arrived) {
        Map<Integer, MovieMetadata> merged = new HashMap<>(snapshot.metadata());
        arrived.forEach((id, facts) -> {
            if (catalog.contains(id)) {
                merged.merge(id, facts, MovieMetadata::mergedWith);
            }
        });
        snapshot = Snapshot.of(Map.copyOf(merged));
    }

    /** The content features of every movie (genres, decade, user tags and the facts now known). */
    public ItemFeatures itemFeatures() {
        return ItemFeatures.of(catalog, tags.get(), snapshot.metadata());
    }
}
