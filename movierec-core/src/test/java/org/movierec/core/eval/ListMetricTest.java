package org.movierec.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.movierec.core.data.Catalog;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.Movie;

class ListMetricTest {

    @Test
    void coverageCountsDistinctRecommendedItems() {
        assertThat(new CatalogCoverageMetric(5).measure(new int[][] {{0, 1}, {1, 2}})).isCloseTo(0.6, within(1e-12));
        assertThat(new CatalogCoverageMetric(5).measure(new int[0][])).isEqualTo(0.0);
    }

    @Test
    void noveltyIsMeanSelfInformationWithUnratedItemsCountedOnce() {
        NoveltyMetric novelty = new NoveltyMetric(new int[] {4, 2, 1, 0}, 4);
        assertThat(novelty.measure(new int[][] {{0, 1}, {2, 3}})).isCloseTo((0 + 1 + 2 + 2) / 4.0, within(1e-12));
        assertThat(novelty.measure(new int[][] {{}})).isNaN();
    }

    @Test
    void noveltyFromTrainingPopularity() {
        var train = Fixtures.of(new int[] {1, 10, 5}, new int[] {2, 10, 3}, new int[] {2, 20, 4});
        assertThat(NoveltyMetric.of(train).measure(new int[][] {{0}, {1}})).isCloseTo((0 + 1) / 2.0, within(1e-12));
    }

    @Test
    void diversityIsMeanPairwiseGenreJaccardDistance() {
        DiversityMetric diversity = new DiversityMetric(new int[][] {{0, 1}, {1}, {2}, {}});
        double first = (0.5 + 1 + 1) / 3;
        assertThat(diversity.measure(new int[][] {{0, 1, 2}, {3}, {1, 3}})).isCloseTo((first + 1) / 2, within(1e-12));
        assertThat(DiversityMetric.distance(new int[0], new int[0])).isZero();
        assertThat(diversity.measure(new int[][] {{0}})).isNaN();
    }

    @Test
    void diversityReadsGenresFromTheCatalogue() {
        Catalog catalog = new Catalog(List.of(new Movie(10, "A", 1990, List.of("Drama", "Comedy"), 0, 0),
                new Movie(20, "B", 1991, List.of("Comedy"), 0, 0)));
        DiversityMetric diversity = DiversityMetric.of(catalog, IdIndex.of(20, 10, 30));
        assertThat(diversity.measure(new int[][] {{0, 1}})).isCloseTo(0.5, within(1e-12));
        assertThat(diversity.measure(new int[][] {{1, 2}})).isEqualTo(1.0);
    }

    @Test
    void personalizationIsOneMinusMeanCosineOverlap() {
        int[][] lists = {{0, 1}, {2, 0}, {3, 4}};
        assertThat(new PersonalizationMetric(1, 100).measure(lists)).isCloseTo(1 - (0.5 + 0 + 0) / 3, within(1e-12));
        assertThat(new PersonalizationMetric(1, 100).measure(new int[][] {{1, 2}, {2, 1}})).isCloseTo(0.0, within(1e-12));
        assertThat(new PersonalizationMetric(1, 100).measure(new int[][] {{1}})).isNaN();
    }

    @Test
    void personalizationSamplesPairsDeterministically() {
        int[][] lists = new int[200][];
        for (int u = 0; u < lists.length; u++) {
            lists[u] = new int[] {u % 7, 10 + u % 3};
        }
        double a = new PersonalizationMetric(42, 500).measure(lists);
        assertThat(new PersonalizationMetric(42, 500).measure(lists)).isEqualTo(a);
        double exact = new PersonalizationMetric(42, 1_000_000).measure(lists);
        assertThat(a).isBetween(0.0, 1.0).isCloseTo(exact, within(0.05));
    }

    @Test
    void ratingErrorsFallBackToTheMeanForNaN() {
        RatingErrors e = RatingErrors.of(new float[] {4, 2, 5}, new double[] {3.5, Double.NaN, 5}, 3);
        assertThat(e.rmse()).isCloseTo(Math.sqrt((0.25 + 1) / 3), within(1e-12));
        assertThat(e.mae()).isCloseTo(0.5, within(1e-12));
        assertThat(e.coverage()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void summaryIsMeanAndPopulationStd() {
        MetricSummary s = MetricSummary.of(new double[] {1, 2, 3, 4});
        assertThat(s.mean()).isEqualTo(2.5);
        assertThat(s.std()).isCloseTo(Math.sqrt(1.25), within(1e-12));
        assertThat(MetricSummary.of(new double[] {0.9}).std()).isZero();
    }
}
