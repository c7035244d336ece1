package org.movierec.app.cluster;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.movierec.app.service.MovieLibrary;
import org.movierec.app.store.WebRatingRepository;
import org.springframework.stereotype.Component;

/**
 * Rating changes into the in-memory statistics: the movies' rating counts and the user's rating times
 * are read from the database and handed to {@link MovieLibrary#refresh} (listings, sorting, filters,
 * explore). Serialized, so the last state read is the last applied.
 */
@Component
public class RatingStatisticsApplier implements ChangeApplier {
    private final WebRatingRepository ratings;
    private final MovieLibrary library;

    public RatingStatisticsApplier(WebRatingRepository ratings, MovieLibrary library) {
        this.ratings = ratings;
        this.library = library;
    }

    @Override
    public String kind() {
        return ChangeLog.RATING;
    }

    @Override
    public synchronized void apply(int userId, Set<Integer> movieIds) {
        Map<Integer, Map<Float, Integer>> counts = new HashMap<>();
        for (int movie : movieIds) {
            counts.put(movie, ratings.ratingCounts(movie));
        }
        library.refresh(counts, userId, ratings.timestamps(userId));
    }
}
