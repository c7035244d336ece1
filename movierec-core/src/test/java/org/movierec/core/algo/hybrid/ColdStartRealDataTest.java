package org.movierec.core.algo.hybrid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.Task;
import org.movierec.core.data.Dataset;
import org.movierec.core.data.ItemFeatures;
import org.movierec.core.eval.AlgorithmResult;
import org.movierec.core.eval.Evaluator;
import org.movierec.core.eval.Protocol;
import org.movierec.core.eval.SplitSpec;
import org.movierec.core.io.RealDatasets;
import org.movierec.core.io.Releases;
import org.movierec.core.util.Progress;

/**
 * On ml-100k (features: genres and decade only), top-10: for new users with one training rating the hybrid
 * beats both popularity and iALS on held-out split seeds, and among new movies (seed 42) content beats iALS
 * and popularity (whose equal scores are ranked at random), in nDCG@10.
 */
class ColdStartRealDataTest {
    private static Dataset ml100k;
    private static ItemFeatures features;

    @BeforeAll
    static void load() throws IOException {
        ml100k = Releases.read(RealDatasets.folder("ml-100k"), Progress.NONE);
        features = ItemFeatures.of(ml100k);
    }

    private static Map<String, Double> ndcg(String split, long seed, String algorithms) throws IOException {
        Evaluator evaluator = new Evaluator(new Protocol("ml-100k", split, seed, Task.RANKING, 10, Double.NaN), null, features);
        List<Algorithm> list = AlgorithmRegistry.standard().parseList(algorithms, null);
        return evaluator.evaluate(ml100k.ratings(), SplitSpec.parse(split).splitter(seed, null), list, Progress.NONE).results()
                .stream().collect(java.util.stream.Collectors.toMap(AlgorithmResult::algorithm, r -> r.mean("ndcg")));
    }

    /** On split seeds the hybrid's weights were not chosen on (they were chosen on seed 1). */
    @ParameterizedTest
    @ValueSource(longs = {101, 102})
    void hybridBeatsPopularityAndIalsForNewUsers(long seed) throws IOException {
        Map<String, Double> ndcg = ndcg("user-cold:1", seed, "popular,ials,hybrid");
        assertThat(ndcg.get("hybrid")).as(ndcg.toString()).isGreaterThan(ndcg.get("popular"))
                .isGreaterThan(ndcg.get("ials") * 1.1);
    }

    @Test
    void contentBeatsIalsAndPopularityForNewMovies() throws IOException {
        Map<String, Double> ndcg = ndcg("item-cold:0.2", 42, "popular,ials,content,hybrid");
        assertThat(ndcg.get("content")).as(ndcg.toString()).isGreaterThan(ndcg.get("popular") * 1.2)
                .isGreaterThan(ndcg.get("ials") * 1.2);
        assertThat(ndcg.get("hybrid")).isEqualTo(ndcg.get("content"));
    }
}
