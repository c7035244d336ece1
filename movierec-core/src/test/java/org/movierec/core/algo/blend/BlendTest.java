package org.movierec.core.algo.blend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.Explanation;
import org.movierec.core.algo.Model;
import org.movierec.core.algo.ModelFile;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.RatingMatrixBuilder;
import org.movierec.core.data.RatingScale;
import org.movierec.core.util.Progress;

class BlendTest {
    private static final String SMALL_BMF = "bmf/factors=2/burnin=4/samples=3/thin=1";
    private static final String MODELS = SMALL_BMF + "+" + SMALL_BMF + "/implicit=false/flipped=false/seed=5";

    /** A base model answering from a fixed table per item (NaN: no prediction). */
    private record TableModel(double[] table) implements Model {
        @Override
        public int itemCount() {
            return table.length;
        }

        @Override
        public double predict(Profile user, int item) {
            return table[item];
        }

        @Override
        public void score(Profile user, int[] items, float[] out) {
            for (int j = 0; j < items.length; j++) {
                out[j] = (float) table[items[j]];
            }
        }

        @Override
        public Explanation explain(Profile user, int item) {
            return new Explanation("table", List.of(Explanation.Reason.item(item, table[item])));
        }

        @Override
        public void write(DataOutput out) {
            throw new UnsupportedOperationException("test model");
        }
    }

    private static BlendModel handModel(boolean support, double[] weights) {
        Model a = new TableModel(new double[] {3, 4, 5});
        Model b = new TableModel(new double[] {2, Double.NaN, 4});
        return new BlendModel(RatingScale.WHOLE_STARS, 3.5, new String[] {"a", "b"}, new Model[] {a, b},
                new BlendFeatures(2, support), weights, new float[] {3, 0, 8});
    }

    @Test
    void plainBlendIsTheWeightedSumWithTheMeanForMissingPredictions() {
        BlendModel model = handModel(false, new double[] {0.5, 0.6, 0.3});
        Profile user = Profile.anonymous(new int[] {0, 1, 2}, new float[] {1, 2, 3});
        assertThat(model.predict(user, 0)).isCloseTo(0.5 + 0.6 * 3 + 0.3 * 2, within(1e-5));
        assertThat(model.predict(user, 1)).isCloseTo(0.5 + 0.6 * 4 + 0.3 * 3.5, within(1e-5));
        assertThat(model.predict(user, 2)).isCloseTo(0.5 + 0.6 * 5 + 0.3 * 4, within(1e-5));
        BlendModel high = handModel(false, new double[] {1, 1, 0});
        assertThat(high.predict(user, 2)).isEqualTo(5); // 6 clamped to the scale
    }

    @Test
    void supportFeaturesUseTheProfileSizeAndTheItemCount() {
        double[] w = {0.1, 0.5, 0.2, 0.4, -0.2, 0.2, 0.1, 0.0, 0.3};
        BlendModel model = handModel(true, w);
        Profile user = Profile.anonymous(new int[] {0, 1, 2}, new float[] {1, 2, 3});
        // s_u = 1/sqrt(1+3) = 0.5; item 0 has 3 ratings: s_i = 0.5; predictions a = 3, b = 2
        double expected = 0.1 + 0.5 * 3 + 0.2 * 2 + 0.4 * 0.5 - 0.2 * 0.5 + 0.2 * 3 * 0.5 + 0.1 * 2 * 0.5 + 0.3 * 2 * 0.5;
        assertThat(expected).isCloseTo(2.8, within(1e-12));
        assertThat(model.predict(user, 0)).isCloseTo(2.8, within(1e-5));
        float[] out = new float[3];
        model.score(user, new int[] {0, 1, 2}, out);
        for (int i = 0; i < 3; i++) {
            assertThat((double) out[i]).isCloseTo(model.predict(user, i), within(1e-6));
        }
        assertThat(model.explain(user, 2).kind()).isEqualTo("table");
    }

    private static RatingMatrix[] synthetic() {
        RatingScale scale = new RatingScale(1, 5, 0);
        RatingMatrixBuilder train = new RatingMatrixBuilder(new IdIndex(), new IdIndex(), scale, 2000, false);
        for (int u = 0; u < 60; u++) {
            train.users().add(u);
        }
        for (int i = 0; i < 40; i++) {
            train.items().add(i);
        }
        RatingMatrixBuilder test = new RatingMatrixBuilder(train.users(), train.items(), scale, 2000, false);
        SplittableRandom random = new SplittableRandom(4);
        for (int u = 0; u < 60; u++) {
            for (int i = 0; i < 40; i++) {
                double truth = 3 + 0.5 * Math.sin(u) + 0.5 * Math.cos(i) + 0.7 * Math.sin(u * 0.3 + i * 0.8);
                if (random.nextDouble() < 0.6) {
                    train.add(u, i, (float) scale.clamp(truth + 0.2 * random.nextGaussian()), 0);
                } else {
                    test.add(u, i, (float) scale.clamp(truth), 0);
                }
            }
        }
        return new RatingMatrix[] {train.build(), test.build()};
    }

    private static double rmse(Model model, RatingMatrix train, RatingMatrix test) {
        double sse = 0;
        for (int u = 0; u < test.userCount(); u++) {
            for (int p = test.userPointers()[u]; p < test.userPointers()[u + 1]; p++) {
                double e = model.predict(train.profile(u), test.userItems()[p]) - test.userValues()[p];
                sse += e * e;
            }
        }
        return Math.sqrt(sse / test.size());
    }

    @Test
    void blendIsAtLeastAsAccurateAsItsBestBase() {
        RatingMatrix[] data = synthetic();
        BlendAlgorithm blend = new BlendAlgorithm(MODELS, 3, 0.001, true, 1);
        double best = Double.MAX_VALUE;
        for (var base : blend.bases()) {
            best = Math.min(best, rmse(base.fit(data[0], Progress.NONE), data[0], data[1]));
        }
        BlendModel model = blend.fit(data[0], Progress.NONE);
        assertThat(rmse(model, data[0], data[1])).isLessThan(best + 0.01);
        assertThat(model.weights()).hasSize(3 + 3 * 2);
    }

    private static float[] scores(Model model, RatingMatrix train) {
        int[] items = new int[train.itemCount()];
        for (int i = 0; i < items.length; i++) {
            items[i] = i;
        }
        float[] all = new float[train.userCount() * items.length];
        float[] out = new float[items.length];
        for (int u = 0; u < train.userCount(); u++) {
            model.score(train.profile(u), items, out);
            System.arraycopy(out, 0, all, u * items.length, items.length);
        }
        return all;
    }

    @Test
    void savedAndLoadedBlendPredictsIdentically(@TempDir Path dir) throws IOException {
        RatingMatrix train = synthetic()[0];
        BlendAlgorithm blend = new BlendAlgorithm(MODELS, 2, 0.001, true, 1);
        BlendModel model = blend.fit(train, Progress.NONE);
        Path file = dir.resolve("blend.model");
        ModelFile.save(file, blend, model, train.users(), train.items(), train.scale());
        Model loaded = ModelFile.load(file, AlgorithmRegistry.standard()).model();
        assertThat(scores(loaded, train)).containsExactly(scores(model, train));
        Profile visitor = Profile.anonymous(new int[] {1, 5, 9}, new float[] {5, 1, 4});
        assertThat(loaded.predict(visitor, 3)).isEqualTo(model.predict(visitor, 3));
        assertThat(loaded.explain(train.profile(2), 4)).isEqualTo(model.explain(train.profile(2), 4));
    }

    @Test
    void invalidParametersAreRefusedWithAPlainMessage() {
        assertThatThrownBy(() -> new BlendAlgorithm("bmf+nosuch", 5, 0.001, true, 1)).hasMessageContaining("nosuch");
        assertThatThrownBy(() -> new BlendAlgorithm("bmf+blend", 5, 0.001, true, 1)).hasMessageContaining("own base");
        assertThatThrownBy(() -> new BlendAlgorithm("bmf++bmf", 5, 0.001, true, 1)).hasMessageContaining("empty entry");
        assertThatThrownBy(() -> new BlendAlgorithm("bmf/factors=x", 5, 0.001, true, 1)).hasMessageContaining("factors");
        assertThatThrownBy(() -> new BlendAlgorithm("bmf", 1, 0.001, true, 1)).hasMessageContaining("folds");
        assertThatThrownBy(() -> new BlendAlgorithm("bmf", 5, -1, true, 1)).hasMessageContaining("reg");
    }
}
