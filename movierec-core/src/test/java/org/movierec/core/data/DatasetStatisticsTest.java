package org.movierec.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatasetStatisticsTest {
    @Test
    void figuresOfATinyMatrixByHand() {
        // user 1 rates 3 movies, user 2 rates 1, user 3 is in the index without ratings; movie 30 rated by both.
        IdIndex users = IdIndex.of(1, 2, 3);
        IdIndex items = IdIndex.of(10, 20, 30, 40);
        RatingMatrixBuilder b = new RatingMatrixBuilder(users, items, RatingScale.HALF_STARS, 4, false);
        b.add(0, 0, 4f, 0);
        b.add(0, 1, 3.5f, 0);
        b.add(0, 2, 4f, 0);
        b.add(1, 2, 1f, 0);
        DatasetStatistics s = DatasetStatistics.of(5, b.build());
        assertThat(s.users()).isEqualTo(2);
        assertThat(s.movies()).isEqualTo(5);
        assertThat(s.ratedMovies()).isEqualTo(3);
        assertThat(s.ratings()).isEqualTo(4);
        assertThat(s.density()).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(s.meanRating()).isCloseTo(12.5 / 4, within(1e-12));
        assertThat(s.distribution()).containsExactly(Map.entry(1f, 1L), Map.entry(3.5f, 1L), Map.entry(4f, 2L));
        assertThat(s.ratingsPerUser()).isEqualTo(new Quantiles(1, 1, 1, 1, 3, 3, 3, 3));
        assertThat(s.ratingsPerMovie()).isEqualTo(new Quantiles(1, 1, 1, 1, 2, 2, 2, 2));
    }

    @Test
    void nearestRankQuantiles() {
        int[] values = new int[100];
        for (int k = 0; k < 100; k++) {
            values[k] = 100 - k;
        }
        assertThat(Quantiles.of(values))
                .isEqualTo(new Quantiles(1, 10, 25, 50, 75, 90, 99, 100));
    }
}
