package org.movierec.core.data;

import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The content facts of the catalogue's movies as sparse terms, keyed by MovieLens movie id (so they
 * are independent of any rating matrix's index): genres, release decade, tags (the data set's user
 * tags and weighted metadata tags), and where metadata is given directors, writers, cast in billing
 * order and plot keywords. Each term has a {@link Kind} and a name; a movie's terms carry a raw value
 * (how often a tag was applied, the billing position of an actor, 1 otherwise). Weighting (TF-IDF,
 * per-kind weights) is the content algorithm's business. Immutable and thread-safe.
 */
public final class ItemFeatures {
    /** What a term describes. */
    public enum Kind {
        GENRE, DECADE, TAG, DIRECTOR, WRITER, CAST, KEYWORD
    }

    private static final Terms NONE = new Terms(new int[0], new float[0]);

    private final String[] names;
    private final Kind[] kinds;
    private final Int2ObjectOpenHashMap<Terms> byMovie;

    /**
     * One movie's terms: ascending term ids with their raw values.
     *
     * @param values a tag's application count (or metadata weight), an actor's 1-based billing
     *     position, 1 for every other kind
     */
    public record Terms(int[] terms, float[] values) {
        public Terms {
            if (terms.length != values.length) {
                throw new IllegalArgumentException(terms.length + " terms but " + values.length + " values");
            }
        }

        public int size() {
            return terms.length;
        }
    }

    private ItemFeatures(String[] names, Kind[] kinds, Int2ObjectOpenHashMap<Terms> byMovie) {
        this.names = names;
        this.kinds = kinds;
        this.byMovie = byMovie;
    }

    /** No features for any movie. */
    public static ItemFeatures empty() {
        return new Builder().build();
    }

    /** The features of a data set's catalogue and tags, without metadata. */
    public static ItemFeatures of(Dataset dataset) {
        return of(dataset.catalog(), dataset.tags(), Map.of());
    }

    /** The features of a data set's catalogue and tags, joined with metadata by movie id (may be empty). */
    public static ItemFeatures of(Dataset dataset, Map<Integer, MovieMetadata> metadata) {
        return of(dataset.catalog(), dataset.tags(), metadata);
    }

    /**
     * The features of the catalogue's movies: genres ("(no genres listed)" and "unknown" are left out),
     * the decade of the year (or of the metadata's release date when the year is unknown), user tags
     * (lower-cased, counted per movie), and from the metadata directors, writers, cast, keywords and
     * weighted tags. Tags and metadata of movies outside the catalogue are ignored.
     */
    public static ItemFeatures of(Catalog catalog, List<Tag> tags, Map<Integer, MovieMetadata> metadata) {
        Builder builder = new Builder();
        Map<Integer, List<Tag>> tagsByMovie = new HashMap<>();
        for (Tag tag : tags) {
            tagsByMovie.computeIfAbsent(tag.movieId(), id -> new ArrayList<>()).add(tag);
        }
        for (Movie movie : catalog.movies()) {
            MovieMetadata meta = metadata.get(movie.id());
            builder.startMovie(movie.id());
            for (String genre : movie.genres()) {
                if (!genre.equalsIgnoreCase("(no genres listed)") && !genre.equalsIgnoreCase("unknown")) {
                    builder.add(Kind.GENRE, genre, 1);
                }
            }
            int year = movie.year();
            if (year <= 0 && meta != null) {
                year = meta.year() > 0 ? meta.year() : meta.releaseDate() != null ? meta.releaseDate().getYear() : 0;
            }
            if (year > 0) {
                builder.add(Kind.DECADE, (year / 10 * 10) + "s", 1);
            }
            for (Tag tag : tagsByMovie.getOrDefault(movie.id(), List.of())) {
                builder.add(Kind.TAG, normalTag(tag.tag()), 1);
            }
            if (meta != null) {
                meta.tags().forEach((tag, weight) -> builder.add(Kind.TAG, normalTag(tag), weight.floatValue()));
                meta.directors().forEach(name -> builder.add(Kind.DIRECTOR, name.trim(), 1));
                meta.writers().forEach(name -> builder.add(Kind.WRITER, name.trim(), 1));
                for (int k = 0; k < meta.cast().size(); k++) {
                    builder.addFirst(Kind.CAST, meta.cast().get(k).trim(), k + 1);
                }
                meta.keywords().forEach(word -> builder.add(Kind.KEYWORD, normalTag(word), 1));
            }
            builder.endMovie();
        }
        return builder.build();
    }

    private static String normalTag(String tag) {
        return tag.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Number of distinct terms (term ids are 0..termCount-1). */
    public int termCount() {
        return names.length;
    }

    /** Number of movies with at least one term. */
    public int movieCount() {
        return byMovie.size();
    }

    public String name(int term) {
        return names[term];
    }

    public Kind kind(int term) {
        return kinds[term];
    }

    /** The movie's terms; empty for a movie without features or unknown here. */
    public Terms of(int movieId) {
        return byMovie.getOrDefault(movieId, NONE);
    }

    /**
     * Builds features term by term, movie by movie; terms are identified by kind and name. A term
     * added twice to a movie adds its values ({@link #addFirst} keeps the first value instead).
     */
    public static final class Builder {
        private final Object2IntOpenHashMap<String> ids = new Object2IntOpenHashMap<>();
        private final List<String> names = new ArrayList<>();
        private final List<Kind> kinds = new ArrayList<>();
        private final Int2ObjectOpenHashMap<Terms> byMovie = new Int2ObjectOpenHashMap<>();
        private int movie = -1;
        private boolean open;
        private int[] terms = new int[16];
        private float[] values = new float[16];
        private int size;

        public Builder() {
            ids.defaultReturnValue(-1);
        }

        /** Starts the terms of a movie (a movie started twice keeps only its last terms). */
        public Builder startMovie(int movieId) {
            if (open) {
                throw new IllegalStateException("movie " + movie + " was not ended");
            }
            movie = movieId;
            open = true;
            size = 0;
            return this;
        }

        /** Adds a term to the current movie; values of a repeated term add up. Blank names are skipped. */
        public Builder add(Kind kind, String name, float value) {
            return add(kind, name, value, true);
        }

        /** Adds a term to the current movie unless it has it already (an actor billed twice keeps the first position). */
        public Builder addFirst(Kind kind, String name, float value) {
            return add(kind, name, value, false);
        }

        private Builder add(Kind kind, String name, float value, boolean sum) {
            if (!open) {
                throw new IllegalStateException("add a term after startMovie");
            }
            if (name == null || name.isBlank()) {
                return this;
            }
            if (!(value > 0) || !Float.isFinite(value)) {
                throw new IllegalArgumentException("the value of " + kind + " term '" + name + "' of movie " + movie
                        + " must be positive and finite, was " + value);
            }
            String key = kind.ordinal() + "\u0000" + name;
            int id = ids.getInt(key);
            if (id < 0) {
                id = names.size();
                ids.put(key, id);
                names.add(name);
                kinds.add(kind);
            }
            for (int k = 0; k < size; k++) {
                if (terms[k] == id) {
                    if (sum) {
                        values[k] += value;
                    }
                    return this;
                }
            }
            if (size == terms.length) {
                terms = Arrays.copyOf(terms, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            terms[size] = id;
            values[size++] = value;
            return this;
        }

        /** Ends the current movie; a movie without terms is not stored. */
        public Builder endMovie() {
            if (!open) {
                throw new IllegalStateException("endMovie without startMovie");
            }
            open = false;
            if (size == 0) {
                byMovie.remove(movie);
                return this;
            }
            long[] packed = new long[size];
            for (int k = 0; k < size; k++) {
                packed[k] = ((long) terms[k] << 32) | k;
            }
            Arrays.sort(packed);
            int[] t = new int[size];
            float[] v = new float[size];
            for (int k = 0; k < size; k++) {
                t[k] = (int) (packed[k] >>> 32);
                v[k] = values[(int) packed[k]];
            }
            byMovie.put(movie, new Terms(t, v));
            return this;
        }

        public ItemFeatures build() {
            if (open) {
                throw new IllegalStateException("movie " + movie + " was not ended");
            }
            return new ItemFeatures(names.toArray(new String[0]), kinds.toArray(new Kind[0]), byMovie.clone());
        }
    }
}
