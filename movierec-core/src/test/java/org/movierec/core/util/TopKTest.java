package org.movierec.core.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.movierec.core.algo.ScoredItem;

class TopKTest {

    @Test
    void keepsTheBestInOrderBreakingTiesByItem() {
        List<ScoredItem> top = TopK.select(new int[] {4, 8, 1, 3, 9}, new float[] {0.5f, 2f, 2f, Float.NaN, 1f}, 3);
        assertThat(top).containsExactly(new ScoredItem(1, 2), new ScoredItem(8, 2), new ScoredItem(9, 1));
    }

    @Test
    void kLargerThanInputReturnsAllButNaN() {
        List<ScoredItem> top = TopK.select(new int[] {1, 2}, new float[] {Float.NaN, 3f}, 10);
        assertThat(top).containsExactly(new ScoredItem(2, 3));
        assertThat(TopK.select(new int[] {1}, new float[] {1f}, 0)).isEmpty();
    }

    @Test
    void matchesAFullSortOnRandomScores() {
        Random random = new Random(3);
        float[] scores = new float[1000];
        for (int j = 0; j < scores.length; j++) {
            scores[j] = random.nextInt(50);
        }
        List<ScoredItem> top = TopK.selectIndices(scores, 25, item -> item % 3 != 0);
        List<ScoredItem> expected = IntStream.range(0, scores.length).filter(i -> i % 3 != 0)
                .mapToObj(i -> new ScoredItem(i, scores[i])).sorted().limit(25).toList();
        assertThat(top).isEqualTo(expected);
    }

    @Test
    void asksTheFilterOnlyAboutItemsThatWouldEnterTheTop() {
        float[] scores = {5, 4, Float.NaN, 3, 6, 1, 2};
        List<Integer> asked = new java.util.ArrayList<>();
        List<ScoredItem> top = TopK.selectIndices(scores, 2, item -> {
            asked.add(item);
            return item != 4;
        });
        assertThat(top).containsExactly(new ScoredItem(0, 5), new ScoredItem(1, 4));
        assertThat(asked).containsExactly(0, 1, 4);
    }
}
