package org.movierec.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AccuracyMetricTest {
    private static final double LOG2_3 = Math.log(3) / Math.log(2);
    private static final double LOG2_5 = Math.log(5) / Math.log(2);
    private static final int[] RANKED = {5, 3, 9, 1};
    private static final int[] RELEVANT = {1, 3, 7};

    private static double m(AccuracyMetric metric, int[] ranked, int k, int[] relevant) {
        return metric.measure(ranked, k, relevant);
    }

    @Test
    void oneHitInTheTopThree() {
        assertThat(m(AccuracyMetric.PRECISION, RANKED, 3, RELEVANT)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(m(AccuracyMetric.RECALL, RANKED, 3, RELEVANT)).isCloseTo(1.0 / 3, within(1e-12));
        double ideal = 1 + 1 / LOG2_3 + 0.5;
        assertThat(m(AccuracyMetric.NDCG, RANKED, 3, RELEVANT)).isCloseTo((1 / LOG2_3) / ideal, within(1e-12));
        assertThat(m(AccuracyMetric.MAP, RANKED, 3, RELEVANT)).isCloseTo((1.0 / 2) / 3, within(1e-12));
        assertThat(m(AccuracyMetric.MRR, RANKED, 3, RELEVANT)).isEqualTo(0.5);
        assertThat(m(AccuracyMetric.HIT_RATE, RANKED, 3, RELEVANT)).isEqualTo(1.0);
    }

    @Test
    void kLargerThanTheListCountsMissingPositionsAsMisses() {
        assertThat(m(AccuracyMetric.PRECISION, RANKED, 10, RELEVANT)).isCloseTo(0.2, within(1e-12));
        assertThat(m(AccuracyMetric.RECALL, RANKED, 10, RELEVANT)).isCloseTo(2.0 / 3, within(1e-12));
        double ideal = 1 + 1 / LOG2_3 + 0.5;
        assertThat(m(AccuracyMetric.NDCG, RANKED, 10, RELEVANT)).isCloseTo((1 / LOG2_3 + 1 / LOG2_5) / ideal, within(1e-12));
        assertThat(m(AccuracyMetric.MAP, RANKED, 10, RELEVANT)).isCloseTo((1.0 / 2 + 2.0 / 4) / 3, within(1e-12));
        assertThat(m(AccuracyMetric.MRR, RANKED, 10, RELEVANT)).isEqualTo(0.5);
    }

    @Test
    void mapAndNdcgNormaliseByAtMostK() {
        int[] relevant = {1, 2, 3, 4, 5};
        assertThat(m(AccuracyMetric.MAP, new int[] {1, 2}, 2, relevant)).isEqualTo(1.0);
        assertThat(m(AccuracyMetric.NDCG, new int[] {1, 2}, 2, relevant)).isEqualTo(1.0);
        assertThat(m(AccuracyMetric.RECALL, new int[] {1, 2}, 2, relevant)).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void perfectAndEmptyLists() {
        for (AccuracyMetric metric : AccuracyMetric.values()) {
            assertThat(m(metric, new int[] {1, 3, 7}, 3, RELEVANT)).as(metric.key()).isCloseTo(1.0, within(1e-12));
            assertThat(m(metric, new int[0], 3, RELEVANT)).as(metric.key()).isEqualTo(0.0);
            assertThat(m(metric, new int[] {2, 4, 6}, 3, RELEVANT)).as(metric.key()).isEqualTo(0.0);
        }
    }

    @Test
    void itemsBeyondKAreIgnored() {
        assertThat(m(AccuracyMetric.HIT_RATE, new int[] {2, 4, 1}, 2, RELEVANT)).isEqualTo(0.0);
        assertThat(m(AccuracyMetric.MRR, new int[] {2, 4, 1}, 3, RELEVANT)).isCloseTo(1.0 / 3, within(1e-12));
    }
}
