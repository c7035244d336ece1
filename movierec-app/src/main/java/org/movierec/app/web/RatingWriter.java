package org.movierec.app.web;

import java.util.Map;
import java.util.Set;
import org.movierec.app.cluster.ChangeLog;
import org.movierec.app.store.WebRatingRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every write of a user's ratings from the web: the change and its {@link ChangeLog} rows are committed in
 * one transaction; then this instance's in-memory statistics are brought up to date from what the database
 * holds (listings, sorting, filters and the explore page show the rating at once), and every other instance's
 * within its change log poll interval.
 */
@Component
public class RatingWriter {
    private final WebRatingRepository ratings;
    private final ChangeLog changes;
    private final TransactionTemplate transactions;

    public RatingWriter(WebRatingRepository ratings, ChangeLog changes, TransactionTemplate transactions) {
        this.ratings = ratings;
        this.changes = changes;
        this.transactions = transactions;
    }

    /** Sets (adds or changes) the user's rating of the movie. */
    public void put(int userId, int movieId, float rating) {
        transactions.executeWithoutResult(status -> {
            ratings.put(userId, movieId, rating);
            changes.record(ChangeLog.RATING, userId, Set.of(movieId));
        });
    }

    /** Removes the user's rating of the movie; true if there was one. */
    public boolean delete(int userId, int movieId) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            boolean removed = ratings.delete(userId, movieId);
            if (removed) {
                changes.record(ChangeLog.RATING, userId, Set.of(movieId));
            }
            return removed;
        }));
    }

    /** Sets all the ratings (movie id → rating) in one transaction: all are stored or none. */
    public void putAll(int userId, Map<Integer, Float> movieRatings) {
        if (movieRatings.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            movieRatings.forEach((movie, rating) -> ratings.put(userId, movie, rating));
            changes.record(ChangeLog.RATING, userId, movieRatings.keySet());
        });
    }
}
