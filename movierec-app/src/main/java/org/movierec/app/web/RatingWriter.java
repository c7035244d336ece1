package org.movierec.app.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.movierec.app.service.MovieLibrary;
import org.movierec.app.store.WebRatingRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every write of a user's ratings from the web: the change is committed to the database first, then the
 * in-memory statistics ({@link MovieLibrary#refresh}) are brought up to date from what the database
 * holds, so listings, sorting, filters and the explore page show the rating at once. Refreshes are
 * serialized, so concurrent writes leave the statistics equal to the database.
 */
@Component
public class RatingWriter {
    private final WebRatingRepository ratings;
    private final MovieLibrary library;
    private final TransactionTemplate transactions;

    public RatingWriter(WebRatingRepository ratings, MovieLibrary library, TransactionTemplate transactions) {
        this.ratings = ratings;
        this.library = library;
        this.transactions = transactions;
    }

    /** Sets (adds or changes) the user's rating of the movie. */
    public void put(int userId, int movieId, float rating) {
        ratings.put(userId, movieId, rating);
        afterCommit(userId, Set.of(movieId));
    }

    /** Removes the user's rating of the movie; true if there was one. */
    public boolean delete(int userId, int movieId) {
        boolean removed = ratings.delete(userId, movieId);
        if (removed) {
            afterCommit(userId, Set.of(movieId));
        }
        return removed;
    }

    /** Sets all the ratings (movie id → rating) in one transaction: all are stored or none. */
    public void putAll(int userId, Map<Integer, Float> movieRatings) {
        if (movieRatings.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> movieRatings.forEach((movie, rating) -> ratings.put(userId, movie, rating)));
        afterCommit(userId, Set.copyOf(movieRatings.keySet()));
    }

    private void afterCommit(int userId, Set<Integer> movies) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    refresh(userId, movies);
                }
            });
        } else {
            refresh(userId, movies);
        }
    }

    private synchronized void refresh(int userId, Set<Integer> movies) {
        Map<Integer, Map<Float, Integer>> counts = new HashMap<>();
        for (int movie : movies) {
            counts.put(movie, ratings.ratingCounts(movie));
        }
        library.refresh(counts, userId, ratings.timestamps(userId));
    }
}
