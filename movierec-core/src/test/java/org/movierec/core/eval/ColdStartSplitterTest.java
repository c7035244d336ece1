package org.movierec.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.Task;
import org.movierec.core.data.RatingMatrix;

class ColdStartSplitterTest {
    private final RatingMatrix data = Fixtures.random(60, 40, 25, 3);

    @Test
    void userColdKeepsExactlyNRatingsOfAFifthOfTheEligibleUsers() {
        FoldMask fold = new UserColdSplitter(3, 42).split(data).get(0);
        RatingMatrix train = fold.trainOf(data);
        RatingMatrix test = fold.testOf(data);
        assertThat(fold.trainSize() + fold.testSize()).isEqualTo(data.size());
        int eligible = 0;
        int cold = 0;
        for (int u = 0; u < data.userCount(); u++) {
            if (data.userRatingCount(u) > 3) {
                eligible++;
            }
            if (test.userRatingCount(u) > 0) {
                cold++;
                assertThat(train.userRatingCount(u)).isEqualTo(3);
                assertThat(test.userRatingCount(u)).isEqualTo(data.userRatingCount(u) - 3);
            } else {
                assertThat(train.userRatingCount(u)).isEqualTo(data.userRatingCount(u));
            }
        }
        assertThat(cold).isEqualTo((int) Math.round(eligible * UserColdSplitter.USER_FRACTION)).isPositive();
        assertThat(new UserColdSplitter(3, 42).split(data).get(0).test()).isEqualTo(fold.test())
                .isNotEqualTo(new UserColdSplitter(3, 43).split(data).get(0).test());
    }

    @Test
    void itemColdHoldsOutEveryRatingOfTheChosenItems() {
        ItemColdSplitter splitter = new ItemColdSplitter(0.25, 42);
        FoldMask fold = splitter.split(data).get(0);
        RatingMatrix train = fold.trainOf(data);
        RatingMatrix test = fold.testOf(data);
        int held = 0;
        int rated = 0;
        for (int i = 0; i < data.itemCount(); i++) {
            if (data.itemRatingCount(i) == 0) {
                continue;
            }
            rated++;
            if (test.itemRatingCount(i) > 0) {
                held++;
                assertThat(train.itemRatingCount(i)).isZero();
                assertThat(test.itemRatingCount(i)).isEqualTo(data.itemRatingCount(i));
            }
        }
        assertThat(held).isEqualTo((int) Math.round(rated * 0.25));
        assertThat(splitter.rankNewItemsOnly()).isTrue();
        assertThat(new UserColdSplitter(1, 1).rankNewItemsOnly()).isFalse();
    }

    @Test
    void parsesTheColdStartSplits() {
        assertThat(SplitSpec.parse("user-cold:5").splitter(42, null)).isEqualTo(new UserColdSplitter(5, 42));
        assertThat(SplitSpec.parse("item-cold:0.2").splitter(42, null)).isEqualTo(new ItemColdSplitter(0.2, 42));
        assertThatThrownBy(() -> SplitSpec.parse("user-cold:-1")).hasMessageContaining("user-cold");
        assertThatThrownBy(() -> SplitSpec.parse("item-cold:1.5")).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> SplitSpec.parse("user-cold")).hasMessageContaining("whole number");
    }

    @Test
    void newItemListsHoldOnlyNewItemsAndTiesDoNotFollowTheIndexOrder() throws Exception {
        ItemColdSplitter splitter = new ItemColdSplitter(0.25, 42);
        FoldMask fold = splitter.split(data).get(0);
        RatingMatrix train = fold.trainOf(data);
        Evaluator evaluator = new Evaluator(new Protocol("random", "item-cold:0.25", 42, Task.RANKING, 40, Double.NaN), null);
        Map<String, Double> popular = evaluator.evaluateFold(AlgorithmRegistry.standard().parse("popular"), train,
                fold.testOf(data), true);
        int newItems = 0;
        for (int i = 0; i < train.itemCount(); i++) {
            if (train.itemRatingCount(i) == 0) {
                newItems++;
            }
        }
        assertThat(popular.get("coverage")).as("all new items, and only they, are listed")
                .isCloseTo((double) newItems / train.itemCount(), offset(1e-9));
        Evaluator shortLists = new Evaluator(new Protocol("random", "item-cold:0.25", 42, Task.RANKING, 2, Double.NaN), null);
        assertThat(shortLists.evaluateFold(AlgorithmRegistry.standard().parse("popular"), train, fold.testOf(data), true)
                .get("personalization")).as("equal scores are ordered differently per user").isPositive();
    }
}
