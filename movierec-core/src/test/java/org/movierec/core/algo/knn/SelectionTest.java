package org.movierec.core.algo.knn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SelectionTest {
    @Test
    void keepsTheLargestInOriginalOrderWithEarlierTiesFirst() {
        float[] values = {0.5f, 0.9f, 0.5f, 0.1f, 0.9f, 0.5f};
        int[] payload = {10, 11, 12, 13, 14, 15};
        float[] more = {1, 2, 3, 4, 5, 6};
        int n = Selection.keepLargest(values, payload, more, 6, 3, new float[6]);
        assertThat(n).isEqualTo(3);
        assertThat(Arrays.copyOf(payload, n)).containsExactly(10, 11, 14);
        assertThat(Arrays.copyOf(more, n)).containsExactly(1f, 2f, 5f);
    }

    @Test
    void agreesWithSortingOnRandomInputsWithManyTies() {
        Random random = new Random(3);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(60);
            int k = random.nextInt(n + 3);
            float[] values = new float[n];
            for (int j = 0; j < n; j++) {
                values[j] = random.nextInt(8);
            }
            float[] sorted = values.clone();
            Arrays.sort(sorted);
            float[] copy = values.clone();
            int kept = Selection.keepLargest(copy, null, null, n, k, new float[n]);
            assertThat(kept).isEqualTo(Math.min(n, k));
            float[] keptSorted = Arrays.copyOf(copy, kept);
            Arrays.sort(keptSorted);
            assertThat(keptSorted).containsExactly(Arrays.copyOfRange(sorted, n - kept, n));
        }
    }

    @Test
    void agreesWithSortingOnLargeInputs() {
        Random random = new Random(5);
        for (int trial = 0; trial < 40; trial++) {
            int n = 1000 + random.nextInt(3000);
            int k = random.nextInt(n + 3);
            float[] values = new float[n];
            for (int j = 0; j < n; j++) {
                values[j] = trial % 2 == 0 ? (float) random.nextGaussian() : random.nextInt(20) / 16f;
            }
            float[] sorted = values.clone();
            Arrays.sort(sorted);
            int[] payload = new int[n];
            for (int j = 0; j < n; j++) {
                payload[j] = j;
            }
            float[] copy = values.clone();
            int kept = Selection.keepLargest(copy, payload, null, n, k, new float[n]);
            assertThat(kept).isEqualTo(Math.min(n, k));
            float[] keptSorted = Arrays.copyOf(copy, kept);
            Arrays.sort(keptSorted);
            assertThat(keptSorted).containsExactly(Arrays.copyOfRange(sorted, n - kept, n));
            for (int c = 0; c < kept; c++) {
                assertThat(values[payload[c]]).isEqualTo(copy[c]);
            }
        }
    }
}
