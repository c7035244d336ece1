package org.movierec.app.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.movierec.core.data.Catalog;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.ItemFeatures;
import org.movierec.core.data.Movie;
import org.movierec.core.data.MovieMetadata;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.RatingScale;
import org.movierec.core.data.Tag;

/**
 * The catalogue and the community's ratings in memory: per-movie rating statistics, title search,
 * filtered browsing and data set statistics. Built at start from the ratings then in the database; the
 * rating statistics stay current through {@link #refresh}, which the web app calls after every committed
 * rating write. Safe to share between threads: every read works on one immutable statistics snapshot,
 * which a refresh replaces as a whole (copy on write).
 */
public final class MovieLibrary {
    /** Ratings a movie needs before it counts as "highly rated". */
    static final int HIGHLY_RATED_MIN_COUNT = 20;
    /** Weight of the global mean in the damped average used to rank by rating. */
    private static final double DAMPING = 10;
    private static final int BINS = 10;
    /** How many of the most popular and highly rated movies are kept ready. */
    private static final int CACHED = 100;
    /** The share of the rating scale's top from which a rating counts as "liked" (4 of 5 stars). */
    private static final double LIKED_SHARE = 0.8;
    /** How many people must like two movies before one is listed as "also liked" with the other. */
    private static final int MIN_CO_LIKERS = 2;
    /** How many of a movie's first-billed actors count as its content features. */
    private static final int CAST_FEATURES = 5;

    private final List<Movie> movies;
    private final IdIndex index;
    private final RatingMatrix ratings;
    private volatile Statistics statistics;
    private volatile int[] likedCounts;
    /** Every distinct word of the normalised titles (and years), sorted, with the movies having it. */
    private final String[] words;
    private final int[][] moviesWithWord;
    /** For the sorts that do not depend on ratings (newest, oldest, title), every movie in that order. */
    private final int[][] orders;
    private final Map<Integer, List<String>> tags;
    /** Each movie's content features (ids into {@link #moviesWithFeature}), ascending, for similarity by content. */
    private final int[][] featuresOf;
    private final int[][] moviesWithFeature;
    private final Map<Integer, MovieMetadata> metadata;
    private final ItemFeatures itemFeatures;
    private final List<String> genres;
    private final List<Integer> decades;
    /** Ratings per calendar year (UTC) of the loaded ratings' timestamps; empty without timestamps. */
    private final Map<Integer, Integer> ratingsPerYear;
    private final Map<Integer, Integer> byImdb = new HashMap<>();
    private final Map<String, List<Integer>> byTitle = new HashMap<>();

    private MovieLibrary(Catalog catalog, RatingMatrix ratings, Collection<Tag> tagList, Map<Integer, MovieMetadata> metadata) {
        this.metadata = Map.copyOf(metadata);
        this.movies = List.copyOf(catalog.movies());
        this.ratings = ratings.withCatalog(catalog);
        itemFeatures = ItemFeatures.of(catalog, List.copyOf(tagList), metadata);
        index = new IdIndex(movies.size());
        for (Movie movie : movies) {
            index.add(movie.id());
        }
        int[] counts = new int[movies.size()];
        double[] sums = new double[movies.size()];
        int[] histograms = new int[movies.size() * BINS];
        int[] itemPtr = ratings.itemPointers();
        float[] values = ratings.itemValues();
        for (int item = 0; item < ratings.itemCount(); item++) {
            int m = index.indexOf(ratings.items().idAt(item));
            if (m < 0) {
                continue;
            }
            for (int p = itemPtr[item]; p < itemPtr[item + 1]; p++) {
                counts[m]++;
                sums[m] += values[p];
                histograms[m * BINS + bin(values[p])]++;
            }
        }
        statistics = new Statistics(counts, sums, histograms, Map.of());
        TreeMap<String, List<Integer>> wordIndex = new TreeMap<>();
        TreeSet<String> genreSet = new TreeSet<>();
        for (int m = 0; m < movies.size(); m++) {
            Movie movie = movies.get(m);
            String text = normalize(searchableTitle(movie.title())) + (movie.year() > 0 ? " " + movie.year() : "");
            for (String word : new TreeSet<>(Arrays.asList(text.split(" ")))) {
                if (!word.isEmpty()) {
                    wordIndex.computeIfAbsent(word, w -> new ArrayList<>()).add(m);
                }
            }
            for (String genre : movie.genres()) {
                if (!genre.startsWith("(")) {
                    genreSet.add(genre);
                }
            }
        }
        genres = List.copyOf(genreSet);
        decades = movies.stream().filter(movie -> movie.year() > 0).map(movie -> movie.year() / 10 * 10).distinct().sorted().toList();
        ratingsPerYear = ratingsPerYear(ratings);
        words = wordIndex.keySet().toArray(new String[0]);
        moviesWithWord = wordIndex.values().stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        this.tags = topTags(tagList);
        Map<String, Integer> featureIds = new HashMap<>();
        List<List<Integer>> featureMovies = new ArrayList<>();
        featuresOf = new int[movies.size()][];
        for (int m = 0; m < movies.size(); m++) {
            int mm = m;
            featuresOf[m] = features(movies.get(m)).stream().mapToInt(f -> featureIds.computeIfAbsent(f, k -> {
                featureMovies.add(new ArrayList<>());
                return featureMovies.size() - 1;
            })).sorted().toArray();
            for (int f : featuresOf[m]) {
                featureMovies.get(f).add(mm);
            }
        }
        moviesWithFeature = featureMovies.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        for (int m = 0; m < movies.size(); m++) {
            Movie movie = movies.get(m);
            if (movie.imdbId() > 0) {
                byImdb.putIfAbsent(movie.imdbId(), movie.id());
            }
            byTitle.computeIfAbsent(normalize(canonicalTitle(movie.title())), k -> new ArrayList<>()).add(m);
        }
        String[] sortTitles = movies.stream().map(movie -> normalize(movie.title())).toArray(String[]::new);
        orders = new int[MovieQuery.Sort.values().length][];
        for (MovieQuery.Sort sort : MovieQuery.Sort.values()) {
            Comparator<Integer> order = switch (sort) {
                case POPULAR, RATING -> null;
                case NEWEST -> Comparator.comparingInt(m -> -movies.get(m).year());
                case OLDEST -> Comparator.comparingInt(m -> movies.get(m).year() == 0 ? Integer.MAX_VALUE : movies.get(m).year());
                case TITLE -> Comparator.comparing(m -> sortTitles[m]);
            };
            if (order != null) {
                orders[sort.ordinal()] = java.util.stream.IntStream.range(0, movies.size()).boxed()
                        .sorted(order.thenComparingInt(m -> m)).mapToInt(Integer::intValue).toArray();
            }
        }
    }

    /** A library of the catalogue, the ratings (over any item ids; those not in the catalogue are ignored) and tags. */
    public static MovieLibrary of(Catalog catalog, RatingMatrix ratings, Collection<Tag> tags) {
        return new MovieLibrary(catalog, ratings, tags, Map.of());
    }

    /** A library as {@link #of(Catalog, RatingMatrix, Collection)}, with movie metadata by movie id. */
    public static MovieLibrary of(Catalog catalog, RatingMatrix ratings, Collection<Tag> tags, Map<Integer, MovieMetadata> metadata) {
        return new MovieLibrary(catalog, ratings, tags, metadata);
    }

    private static int bin(float rating) {
        return Math.max(0, Math.min(BINS - 1, Math.round(rating * 2) - 1));
    }

    private static Map<Integer, List<String>> topTags(Collection<Tag> tagList) {
        Map<Integer, Map<String, Integer>> byMovie = new HashMap<>();
        Map<String, String> display = new HashMap<>();
        for (Tag tag : tagList) {
            String key = tag.tag().trim().toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                continue;
            }
            display.putIfAbsent(key, tag.tag().trim());
            byMovie.computeIfAbsent(tag.movieId(), id -> new HashMap<>()).merge(key, 1, Integer::sum);
        }
        Map<Integer, List<String>> out = new HashMap<>();
        byMovie.forEach((movie, freq) -> out.put(movie, freq.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(12).map(e -> display.get(e.getKey())).toList()));
        return out;
    }

    /** "Matrix, The" → "The Matrix", as MovieLens writes some titles with the article at the end. */
    static String searchableTitle(String title) {
        String t = title;
        for (String article : new String[] {", The", ", A", ", An", ", Les", ", La", ", Le", ", Il", ", Das", ", Die", ", Der", ", El"}) {
            int at = t.indexOf(article);
            if (at > 0 && (at + article.length() == t.length() || t.charAt(at + article.length()) == ' ')) {
                return article.substring(2) + " " + t.substring(0, at) + t.substring(at + article.length()) + " " + t;
            }
        }
        return t;
    }

    /** "Matrix, The" → "The Matrix"; other titles unchanged. */
    static String canonicalTitle(String title) {
        String searchable = searchableTitle(title);
        return searchable.equals(title) ? title : searchable.substring(0, searchable.length() - title.length() - 1);
    }

    /** The movie with the IMDb id, if the catalogue links it. */
    public Optional<Integer> byImdb(int imdbId) {
        return Optional.ofNullable(byImdb.get(imdbId));
    }

    /**
     * The movie of the title (case, accents, punctuation and a trailing article as in "Matrix, The"
     * ignored) and year (0: any; else the same year, or one off when no movie has the exact year);
     * the most rated one when several match.
     */
    public Optional<Integer> byTitle(String title, int year) {
        List<Integer> candidates = byTitle.getOrDefault(normalize(canonicalTitle(title)), List.of());
        int[] counts = statistics.counts;
        for (int tolerance = 0; tolerance <= (year == 0 ? 0 : 1); tolerance++) {
            final int t = tolerance;
            Optional<Integer> best = candidates.stream()
                    .filter(m -> year == 0 || Math.abs(movies.get(m).year() - year) <= t)
                    .max(Comparator.<Integer>comparingInt(m -> counts[m]).thenComparingInt(m -> -m))
                    .map(m -> movies.get(m).id());
            if (best.isPresent()) {
                return best;
            }
        }
        return Optional.empty();
    }

    /** The content features of every movie (genres, decade, tags, metadata), for content-based and hybrid models. */
    public ItemFeatures itemFeatures() {
        return itemFeatures;
    }

    /** Lower case, accents removed, everything but letters and digits turned into single spaces. */
    static String normalize(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    public RatingMatrix ratings() {
        return ratings;
    }

    public RatingScale scale() {
        return ratings.scale();
    }

    public int movieCount() {
        return movies.size();
    }

    public List<String> genres() {
        return genres;
    }

    /** The decades of the catalogue's movies (1990 for the 1990s), ascending. */
    public List<Integer> decades() {
        return decades;
    }

    public Optional<Movie> movie(int id) {
        int m = index.indexOf(id);
        return m < 0 ? Optional.empty() : Optional.of(movies.get(m));
    }

    public boolean contains(int id) {
        return index.contains(id);
    }

    /** The movie's community statistics (zero counts when nobody rated it); the id must be in the catalogue. */
    public MovieStats stats(int id) {
        int m = index.indexOf(id);
        if (m < 0) {
            throw new IllegalArgumentException("no movie with id " + id);
        }
        return statistics.stats(m);
    }

    /**
     * The movie's statistics from current rating counts (rating value → number of ratings, e.g. from
     * the database), rather than from the snapshot taken when the library was built.
     */
    public MovieStats stats(int id, Map<Float, Integer> countsByRating) {
        int m = index.indexOf(id);
        if (m < 0) {
            throw new IllegalArgumentException("no movie with id " + id);
        }
        int[] histogram = new int[BINS];
        int count = 0;
        double sum = 0;
        for (Map.Entry<Float, Integer> e : countsByRating.entrySet()) {
            histogram[bin(e.getKey())] += e.getValue();
            count += e.getValue();
            sum += (double) e.getKey() * e.getValue();
        }
        return new MovieStats(movies.get(m), count, count == 0 ? Double.NaN : sum / count, histogram);
    }

    /** The movie's metadata (directors, cast, overview, ...), if any was imported. */
    public Optional<MovieMetadata> metadata(int id) {
        return Optional.ofNullable(metadata.get(id));
    }

    /** Number of movies with metadata. */
    public int metadataCount() {
        return metadata.size();
    }

    /** The movie's most frequent tags, most frequent first. */
    public List<String> tags(int id) {
        return tags.getOrDefault(id, List.of());
    }

    /**
     * Movies whose title (or year) matches every word of the query as a word prefix, most rated first.
     * Case, accents and punctuation are ignored; an empty query matches nothing.
     */
    public List<MovieStats> search(String query, int limit) {
        long[] hits = matching(query);
        if (hits == null || limit <= 0) {
            return List.of();
        }
        Statistics now = statistics;
        List<MovieStats> out = new ArrayList<>();
        for (int m : now.order(MovieQuery.Sort.POPULAR)) {
            if (out.size() == limit) {
                break;
            }
            if ((hits[m >>> 6] & 1L << m) != 0) {
                out.add(now.stats(m));
            }
        }
        return out;
    }

    /**
     * The movies (a bit set over movie indices) whose title words or year start with every word of
     * the normalised query; null when the query has no words.
     */
    private long[] matching(String query) {
        String[] queryWords = query == null ? new String[0] : normalize(query).split(" ");
        if (queryWords.length == 0 || queryWords[0].isEmpty()) {
            return null;
        }
        long[] all = null;
        for (String prefix : queryWords) {
            long[] any = new long[(movies.size() + 63) >>> 6];
            int from = Arrays.binarySearch(words, prefix);
            for (int w = from >= 0 ? from : -from - 1; w < words.length && words[w].startsWith(prefix); w++) {
                for (int m : moviesWithWord[w]) {
                    any[m >>> 6] |= 1L << m;
                }
            }
            if (all == null) {
                all = any;
            } else {
                for (int j = 0; j < all.length; j++) {
                    all[j] &= any[j];
                }
            }
        }
        return all;
    }

    /** One page of the movies that pass the query's filters, in its order. */
    public PageResult<MovieStats> browse(MovieQuery query) {
        return browse(query, statistics);
    }

    private PageResult<MovieStats> browse(MovieQuery query, Statistics now) {
        int[] counts = now.counts;
        double[] sums = now.sums;
        long[] text = matching(query.q());
        int from = (int) Math.min(Integer.MAX_VALUE, (long) query.page() * query.size());
        int to = (int) Math.min(Integer.MAX_VALUE, (long) from + query.size());
        List<MovieStats> items = new ArrayList<>();
        int total = 0;
        for (int m : now.order(query.sort())) {
            Movie movie = movies.get(m);
            if (text != null && (text[m >>> 6] & 1L << m) == 0
                    || query.movieIds() != null && Arrays.binarySearch(query.movieIds(), movie.id()) < 0
                    || query.genre() != null && !movie.genres().contains(query.genre())
                    || query.yearFrom() != null && (movie.year() == 0 || movie.year() < query.yearFrom())
                    || query.yearTo() != null && (movie.year() == 0 || movie.year() > query.yearTo())
                    || query.minRatings() != null && counts[m] < query.minRatings()
                    || query.minAverage() != null && (counts[m] == 0 || sums[m] / counts[m] < query.minAverage())) {
                continue;
            }
            if (total >= from && total < to) {
                items.add(now.stats(m));
            }
            total++;
        }
        return new PageResult<>(items, query.page(), query.size(), total);
    }

    /** The most rated movies. */
    public List<MovieStats> popular(int n) {
        Statistics now = statistics;
        List<MovieStats> popular = now.popular;
        if (popular == null) {
            popular = browse(new MovieQuery(null, null, null, null, null, null, MovieQuery.Sort.POPULAR, 0, CACHED), now).items();
            now.popular = popular;
        }
        return n <= popular.size() ? popular.subList(0, n)
                : browse(new MovieQuery(null, null, null, null, null, null, MovieQuery.Sort.POPULAR, 0, n), now).items();
    }

    /** The best rated movies with at least {@value #HIGHLY_RATED_MIN_COUNT} ratings (by damped average). */
    public List<MovieStats> highlyRated(int n) {
        Statistics now = statistics;
        List<MovieStats> highlyRated = now.highlyRated;
        if (highlyRated == null) {
            highlyRated = browse(new MovieQuery(null, null, null, null, HIGHLY_RATED_MIN_COUNT, null, MovieQuery.Sort.RATING, 0, CACHED), now).items();
            now.highlyRated = highlyRated;
        }
        return n <= highlyRated.size() ? highlyRated.subList(0, n)
                : browse(new MovieQuery(null, null, null, null, HIGHLY_RATED_MIN_COUNT, null, MovieQuery.Sort.RATING, 0, n), now).items();
    }

    /**
     * The rated movies by damped average rating (the average pulled toward the global mean for few
     * ratings), best first, as a lazily mapped view.
     */
    public List<MovieStats> bestRated(int n) {
        Statistics now = statistics;
        int[] order = now.bestRatedOrder;
        if (order == null) {
            order = java.util.stream.IntStream.range(0, movies.size()).filter(m -> now.counts[m] > 0).boxed()
                    .sorted(Comparator.<Integer>comparingDouble(m -> -now.damped(m)).thenComparingInt(m -> m))
                    .mapToInt(Integer::intValue).toArray();
            now.bestRatedOrder = order;
        }
        int[] bestRatedOrder = order;
        int size = Math.min(n, bestRatedOrder.length);
        return new java.util.AbstractList<>() {
            @Override
            public MovieStats get(int k) {
                return now.stats(bestRatedOrder[k]);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /**
     * Movies like this one by content: most shared genres, tags and, where metadata exists, directors,
     * writers, the first {@value #CAST_FEATURES} cast members and plot keywords (Jaccard similarity of the
     * two sets), ties broken by number of ratings. Empty for a movie without any of them.
     */
    public List<MovieStats> similarByContent(int id, int n) {
        int self = index.indexOf(id);
        if (self < 0) {
            throw new IllegalArgumentException("no movie with id " + id);
        }
        int[] mine = featuresOf[self];
        int[] counts = statistics.counts;
        int[] shared = new int[movies.size()];
        for (int f : mine) {
            for (int m : moviesWithFeature[f]) {
                shared[m]++;
            }
        }
        shared[self] = 0;
        // the n best by (Jaccard similarity desc, ratings desc, index asc), kept sorted by insertion
        int[] best = new int[Math.max(0, n)];
        double[] bestScore = new double[best.length];
        int size = 0;
        for (int m = 0; m < shared.length; m++) {
            if (shared[m] == 0) {
                continue;
            }
            double score = (double) shared[m] / (mine.length + featuresOf[m].length - shared[m]);
            int at = size;
            while (at > 0 && (score > bestScore[at - 1] || score == bestScore[at - 1] && counts[m] > counts[best[at - 1]])) {
                at--;
            }
            if (at >= best.length) {
                continue;
            }
            int moved = Math.min(size, best.length - 1) - at;
            System.arraycopy(best, at, best, at + 1, moved);
            System.arraycopy(bestScore, at, bestScore, at + 1, moved);
            best[at] = m;
            bestScore[at] = score;
            size = Math.min(size + 1, best.length);
        }
        List<MovieStats> out = new ArrayList<>(size);
        Statistics now = statistics;
        for (int k = 0; k < size; k++) {
            out.add(now.stats(best[k]));
        }
        return out;
    }

    private java.util.Set<String> features(Movie movie) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String genre : movie.genres()) {
            if (!genre.startsWith("(")) {
                out.add("g:" + genre);
            }
        }
        for (String tag : tags.getOrDefault(movie.id(), List.of())) {
            out.add("t:" + tag.toLowerCase(Locale.ROOT));
        }
        MovieMetadata facts = metadata.get(movie.id());
        if (facts != null) {
            facts.directors().forEach(d -> out.add("d:" + d));
            facts.writers().forEach(w -> out.add("w:" + w));
            facts.cast().stream().limit(CAST_FEATURES).forEach(c -> out.add("c:" + c));
            facts.keywords().forEach(k -> out.add("k:" + k.toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    /**
     * "People who liked this also liked": the movies most often liked (rated at least {@value #LIKED_SHARE} of
     * the scale's top) by the people who liked this one, by the cosine of the two sets of people (so that
     * movies everybody likes do not win by size alone), at least {@value #MIN_CO_LIKERS} people in common;
     * ties by number of ratings. From the ratings loaded at start; empty when too few people liked it.
     */
    public List<MovieStats> alsoLiked(int id, int n) {
        int item = ratings.items().indexOf(id);
        if (!index.contains(id)) {
            throw new IllegalArgumentException("no movie with id " + id);
        }
        if (item < 0 || item >= ratings.itemCount() || n <= 0) {
            return List.of();
        }
        float liked = (float) (LIKED_SHARE * ratings.scale().max());
        int[] itemPtr = ratings.itemPointers();
        int[] itemUsers = ratings.itemUsers();
        float[] itemValues = ratings.itemValues();
        int[] userPtr = ratings.userPointers();
        int[] userItems = ratings.userItems();
        float[] userValues = ratings.userValues();
        int[] together = new int[ratings.itemCount()];
        int likers = 0;
        for (int p = itemPtr[item]; p < itemPtr[item + 1]; p++) {
            if (itemValues[p] < liked) {
                continue;
            }
            likers++;
            int u = itemUsers[p];
            for (int q = userPtr[u]; q < userPtr[u + 1]; q++) {
                if (userValues[q] >= liked) {
                    together[userItems[q]]++;
                }
            }
        }
        together[item] = 0;
        double[] score = new double[together.length];
        List<Integer> candidates = new ArrayList<>();
        for (int j = 0; j < together.length; j++) {
            if (together[j] >= MIN_CO_LIKERS && index.contains(ratings.items().idAt(j))) {
                score[j] = together[j] / Math.sqrt((double) likers * likedCounts()[j]);
                candidates.add(j);
            }
        }
        Statistics now = statistics;
        return candidates.stream()
                .sorted(Comparator.<Integer>comparingDouble(j -> -score[j]).thenComparingInt(j -> -together[j]).thenComparingInt(j -> j))
                .limit(n).map(j -> now.stats(index.indexOf(ratings.items().idAt(j)))).toList();
    }

    /** How many people liked each item of the rating matrix, computed on first use. */
    private int[] likedCounts() {
        int[] counts = likedCounts;
        if (counts == null) {
            float liked = (float) (LIKED_SHARE * ratings.scale().max());
            counts = new int[ratings.itemCount()];
            int[] itemPtr = ratings.itemPointers();
            float[] itemValues = ratings.itemValues();
            for (int j = 0; j < counts.length; j++) {
                for (int p = itemPtr[j]; p < itemPtr[j + 1]; p++) {
                    if (itemValues[p] >= liked) {
                        counts[j]++;
                    }
                }
            }
            likedCounts = counts;
        }
        return counts;
    }

    /** The most rated movies of each genre, for onboarding: up to perGenre each, in genre order, no repeats. */
    public List<MovieStats> wellKnown(Collection<String> genres, int perGenre) {
        Map<Integer, MovieStats> picked = new LinkedHashMap<>();
        Statistics now = statistics;
        for (String genre : genres) {
            browse(new MovieQuery(null, genre, null, null, null, null, MovieQuery.Sort.POPULAR, 0, perGenre * 3), now).items().stream()
                    .filter(s -> !picked.containsKey(s.movie().id())).limit(perGenre)
                    .forEach(s -> picked.put(s.movie().id(), s));
        }
        return List.copyOf(picked.values());
    }

    /**
     * Makes the statistics current after ratings were written: the movies' complete rating counts (movie id
     * → rating value → number of ratings, e.g. read from the database once the write committed) replace what
     * the library knew of them, and the times of all of the user's current ratings replace the user's part
     * of the per-user and per-year statistics. Readers see the old or the new statistics, never a mix;
     * callers serialize their database reads with their calls so that the last state read is the last applied.
     *
     * @param movieCounts current counts of the movies whose ratings changed; ids not in the catalogue are ignored
     * @param userId the user whose ratings changed
     * @param userTimestamps the times (epoch seconds, 0 when unknown) of all the user's current ratings
     */
    public synchronized void refresh(Map<Integer, Map<Float, Integer>> movieCounts, int userId, long[] userTimestamps) {
        Statistics old = statistics;
        int[] counts = old.counts.clone();
        double[] sums = old.sums.clone();
        int[] histograms = old.histograms.clone();
        movieCounts.forEach((id, byRating) -> {
            int m = index.indexOf(id);
            if (m < 0) {
                return;
            }
            Arrays.fill(histograms, m * BINS, (m + 1) * BINS, 0);
            counts[m] = 0;
            sums[m] = 0;
            byRating.forEach((rating, n) -> {
                histograms[m * BINS + bin(rating)] += n;
                counts[m] += n;
                sums[m] += (double) rating * n;
            });
        });
        Map<Integer, Integer> years = new TreeMap<>();
        if (ratings.hasTimestamps()) {
            for (long t : userTimestamps) {
                if (t > 0) {
                    years.merge(year(t), 1, Integer::sum);
                }
            }
        }
        Map<Integer, UserActivity> users = new HashMap<>(old.users);
        users.put(userId, new UserActivity(userTimestamps.length, Map.copyOf(years)));
        statistics = new Statistics(counts, sums, histograms, Map.copyOf(users));
    }

    private static int year(long epochSecond) {
        return java.time.Instant.ofEpochSecond(epochSecond).atZone(java.time.ZoneOffset.UTC).getYear();
    }

    /** Summary statistics and distributions of the whole data set, for the explore page (current, see {@link #refresh}). */
    public DatasetStats datasetStats() {
        Statistics now = statistics;
        int[] ratingBins = new int[BINS];
        for (int m = 0; m < movies.size(); m++) {
            for (int b = 0; b < BINS; b++) {
                ratingBins[b] += now.histograms[m * BINS + b];
            }
        }
        int[] perUser = new int[ratings.userCount() + now.users.size()];
        for (int u = 0; u < ratings.userCount(); u++) {
            perUser[u] = ratings.userRatingCount(u);
        }
        Map<Integer, Integer> perYear = new TreeMap<>(ratingsPerYear);
        int extra = ratings.userCount();
        long[] times = ratings.hasTimestamps() ? ratings.userTimestamps() : null;
        int[] ptr = ratings.userPointers();
        for (Map.Entry<Integer, UserActivity> e : now.users.entrySet()) {
            int u = ratings.users().indexOf(e.getKey());
            if (u >= 0 && u < ratings.userCount()) {
                perUser[u] = e.getValue().count();
                for (int p = ptr[u]; times != null && p < ptr[u + 1]; p++) {
                    perYear.merge(year(times[p]), -1, Integer::sum);
                }
            } else {
                perUser[extra++] = e.getValue().count();
            }
            e.getValue().perYear().forEach((year, n) -> perYear.merge(year, n, Integer::sum));
        }
        perYear.values().removeIf(n -> n <= 0);
        perUser = Arrays.copyOf(perUser, extra);
        int activeUsers = (int) Arrays.stream(perUser).filter(n -> n > 0).count();
        Map<String, Integer> genreCounts = new TreeMap<>();
        for (int m = 0; m < movies.size(); m++) {
            for (String genre : movies.get(m).genres()) {
                genreCounts.merge(genre, now.counts[m], Integer::sum);
            }
        }
        return new DatasetStats(movies.size(), activeUsers, (int) now.rated, now.globalMean, ratingBins,
                DatasetStats.logHistogram(perUser), DatasetStats.logHistogram(now.counts), genreCounts, perYear);
    }

    /** Ratings per calendar year (UTC); the year is worked out again only when the day changes. */
    private static Map<Integer, Integer> ratingsPerYear(RatingMatrix ratings) {
        Map<Integer, Integer> perYear = new TreeMap<>();
        if (!ratings.hasTimestamps()) {
            return perYear;
        }
        long lastDay = Long.MIN_VALUE;
        int year = 0;
        int run = 0;
        for (long t : ratings.userTimestamps()) {
            long day = Math.floorDiv(t, 86_400L);
            if (day != lastDay) {
                lastDay = day;
                int y = java.time.LocalDate.ofEpochDay(day).getYear();
                if (y != year && run > 0) {
                    perYear.merge(year, run, Integer::sum);
                    run = 0;
                }
                year = y;
            }
            run++;
        }
        if (run > 0) {
            perYear.merge(year, run, Integer::sum);
        }
        return java.util.Collections.unmodifiableMap(perYear);
    }

    /** How many ratings a user has now and in which years they were given. */
    private record UserActivity(int count, Map<Integer, Integer> perYear) {
    }

    /**
     * One immutable state of the rating statistics: per movie (library index) the count, the sum and the
     * histogram of its ratings, and the users whose ratings changed since start. The orders derived from
     * it are computed on first use and kept with it.
     */
    private final class Statistics {
        final int[] counts;
        final double[] sums;
        final int[] histograms;
        final Map<Integer, UserActivity> users;
        final long rated;
        final double globalMean;
        volatile int[] bestRatedOrder;
        volatile int[] popularOrder;
        volatile int[] ratingOrder;
        volatile List<MovieStats> popular;
        volatile List<MovieStats> highlyRated;

        Statistics(int[] counts, double[] sums, int[] histograms, Map<Integer, UserActivity> users) {
            this.counts = counts;
            this.sums = sums;
            this.histograms = histograms;
            this.users = users;
            long n = 0;
            double total = 0;
            for (int m = 0; m < counts.length; m++) {
                n += counts[m];
                total += sums[m];
            }
            rated = n;
            globalMean = n == 0 ? 0 : total / n;
        }

        MovieStats stats(int m) {
            return new MovieStats(movies.get(m), counts[m], counts[m] == 0 ? Double.NaN : sums[m] / counts[m],
                    Arrays.copyOfRange(histograms, m * BINS, (m + 1) * BINS));
        }

        double damped(int m) {
            return (sums[m] + DAMPING * globalMean) / (counts[m] + DAMPING);
        }

        /** Every movie in the sort's order (ties by library index); the orders by ratings are computed on first use. */
        int[] order(MovieQuery.Sort sort) {
            switch (sort) {
                case POPULAR -> {
                    int[] order = popularOrder;
                    if (order == null) {
                        long[] keys = new long[counts.length];
                        for (int m = 0; m < keys.length; m++) {
                            keys[m] = (long) (Integer.MAX_VALUE - counts[m]) << 32 | m;
                        }
                        Arrays.sort(keys);
                        order = new int[keys.length];
                        for (int k = 0; k < keys.length; k++) {
                            order[k] = (int) keys[k];
                        }
                        popularOrder = order;
                    }
                    return order;
                }
                case RATING -> {
                    int[] order = ratingOrder;
                    if (order == null) {
                        order = java.util.stream.IntStream.range(0, counts.length).boxed()
                                .sorted(Comparator.<Integer>comparingDouble(m -> -damped(m)).thenComparingInt(m -> m))
                                .mapToInt(Integer::intValue).toArray();
                        ratingOrder = order;
                    }
                    return order;
                }
                default -> {
                    return orders[sort.ordinal()];
                }
            }
        }
    }
}
