package org.movierec.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.movierec.app.service.MovieLibrary;
import org.movierec.app.service.MovieStats;
import org.movierec.app.store.WebRatingRepository;
import org.springframework.beans.factory.annotation.Autowired;

/** Rating writes keep the in-memory statistics equal to the database, also when several users write at once. */
class RatingWriterTest extends WebTestSupport {
    @Autowired
    RatingWriter writer;

    @Autowired
    WebRatingRepository ratings;

    @Autowired
    MovieLibrary library;

    private void assertLibraryMatchesDatabase(int movie) {
        MovieStats live = library.stats(movie);
        MovieStats stored = library.stats(movie, ratings.ratingCounts(movie));
        assertThat(live.count()).isEqualTo(stored.count());
        assertThat(live.histogram()).isEqualTo(stored.histogram());
        assertThat(live.average()).isEqualTo(stored.average());
    }

    @Test
    void concurrentWritesOfManyUsersLeaveTheStatisticsEqualToTheDatabase() throws Exception {
        List<AccountUser> users = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            users.add(newUser());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int k = 0; k < users.size(); k++) {
                int user = users.get(k).userId();
                int seed = k;
                done.add(pool.submit(() -> {
                    for (int round = 0; round < 20; round++) {
                        float value = 0.5f * (1 + (seed + round) % 10);
                        writer.put(user, 15, value);
                        writer.put(user, 12, value);
                        if ((seed + round) % 3 == 0) {
                            writer.delete(user, 15);
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertLibraryMatchesDatabase(15);
        assertLibraryMatchesDatabase(12);
    }

    @Test
    void anImportIsOneTransactionAndCountsOnceCommitted() {
        writer.putAll(newUser().userId(), Map.of(13, 4.5f, 14, 3f));
        assertLibraryMatchesDatabase(13);
        assertLibraryMatchesDatabase(14);
        int before = library.stats(13).count();
        int ratingsBefore = library.datasetStats().ratings();
        AccountUser me = newUser();
        writer.putAll(me.userId(), Map.of(13, 2f, 14, 2f));
        assertThat(library.stats(13).count()).isEqualTo(before + 1);
        assertThat(library.datasetStats().ratings()).isEqualTo(ratingsBefore + 2);
        assertThatThrownBy(() -> writer.putAll(me.userId(), new java.util.LinkedHashMap<>(Map.of(13, 1f, 999_999, 2f))))
                .as("the unknown movie breaks the foreign key, so nothing of the import is kept")
                .isInstanceOf(org.springframework.dao.DataAccessException.class);
        assertThat(ratings.rating(me.userId(), 13)).isEqualTo(2f);
        assertThat(library.stats(13).count()).isEqualTo(before + 1);
        assertLibraryMatchesDatabase(13);
    }
}
