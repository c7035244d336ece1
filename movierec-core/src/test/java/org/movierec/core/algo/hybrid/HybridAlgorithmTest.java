package org.movierec.core.algo.hybrid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.ContractData;
import org.movierec.core.algo.ScoredItem;
import org.movierec.core.algo.content.ContentModel;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;

/** How the hybrid's weights follow what is known, on {@link ContractData} (item 39 has no rating). */
class HybridAlgorithmTest {
    private final RatingMatrix train = ContractData.small();
    private final HybridModel model = (HybridModel) AlgorithmRegistry.standard().parse("hybrid")
            .withItemFeatures(ContractData.features()).fit(train, Progress.NONE);

    @Test
    void anEmptyProfileGetsThePopularItems() {
        List<ScoredItem> top = model.recommend(Profile.empty(), 5, i -> true);
        Integer[] byCount = new Integer[train.itemCount()];
        Arrays.setAll(byCount, i -> i);
        Arrays.sort(byCount, (a, b) -> train.itemRatingCount(a) != train.itemRatingCount(b)
                ? Integer.compare(train.itemRatingCount(b), train.itemRatingCount(a)) : Integer.compare(a, b));
        assertThat(top).extracting(ScoredItem::item).containsExactly(Arrays.copyOf(byCount, 5));
        assertThat(model.explain(Profile.empty(), top.get(0).item()).kind()).isEqualTo("popularity");
    }

    @Test
    void aNewMovieIsScoredByContentAlone() {
        Profile user = train.profile(4);
        ContentModel content = model.content();
        float[] contentScores = new float[train.itemCount()];
        content.scoreAll(user, contentScores);
        float[] scores = new float[train.itemCount()];
        model.scoreAll(user, scores);
        assertThat(scores[ContractData.UNRATED_ITEM]).isFinite();
        assertThat(model.explain(user, ContractData.UNRATED_ITEM).kind()).isIn("content", "popularity");
        float[] contentOnly = new float[train.itemCount()];
        HybridModel allContent = (HybridModel) AlgorithmRegistry.standard().parse("hybrid:content-share=1")
                .withItemFeatures(ContractData.features()).fit(train, Progress.NONE);
        allContent.scoreAll(user, contentOnly);
        double mean = 0;
        double squares = 0;
        int n = 0;
        for (float s : contentScores) {
            if (!Float.isNaN(s)) {
                mean += s;
                squares += (double) s * s;
                n++;
            }
        }
        mean /= n;
        double std = Math.sqrt(squares / n - mean * mean);
        assertThat((double) contentOnly[ContractData.UNRATED_ITEM]).as("z-score of the content score")
                .isCloseTo((contentScores[ContractData.UNRATED_ITEM] - mean) / std, org.assertj.core.api.Assertions.offset(1e-4));
    }

    @Test
    void aUserWithManyRatingsGetsMostlyTheCollaborativeRanking() {
        HybridModel trusting = (HybridModel) AlgorithmRegistry.standard().parse("hybrid:user-shrink=0,item-shrink=0")
                .withItemFeatures(ContractData.features()).fit(train, Progress.NONE);
        var ials = AlgorithmRegistry.standard().parse("ials").fit(train, Progress.NONE);
        Profile user = train.profile(2);
        List<ScoredItem> hybridTop = trusting.recommend(user, 10, i -> !user.contains(i) && i != ContractData.UNRATED_ITEM);
        List<ScoredItem> ialsTop = ials.recommend(user, 10, i -> !user.contains(i) && i != ContractData.UNRATED_ITEM);
        assertThat(hybridTop).extracting(ScoredItem::item).containsExactlyElementsOf(ialsTop.stream().map(ScoredItem::item).toList());
    }

    @Test
    void refusesBadParameters() {
        assertThatThrownBy(() -> HybridAlgorithm.spec().create(Map.of("content-share", "1.5"))).hasMessageContaining("content-share");
        assertThatThrownBy(() -> HybridAlgorithm.spec().create(Map.of("cf", "svd"))).hasMessageContaining("cf");
        assertThatThrownBy(() -> AlgorithmRegistry.standard().parse("hybrid").fit(train, Progress.NONE))
                .hasMessageContaining("item features");
    }
}
