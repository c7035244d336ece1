package org.movierec.core.algo.mf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.RatingMatrixBuilder;
import org.movierec.core.data.RatingScale;
import org.movierec.core.util.Progress;

/** Updates and solutions computed by hand on tiny matrices. */
class HandCheckedTest {

    /** One user and one item rated 4: mu = 4 and the first error is -p.q. */
    private static RatingMatrix single() {
        RatingMatrixBuilder b = new RatingMatrixBuilder(new IdIndex(), new IdIndex(), RatingScale.WHOLE_STARS, 1, false);
        b.addById(10, 20, 4f, 0);
        return b.build();
    }

    @Test
    void oneSgdStepOfSvd() {
        double lr = 0.1;
        double reg = 0.2;
        double biasReg = 0.3;
        FactorModel model = new SvdAlgorithm(2, 1, lr, reg, biasReg, 0.8, 1, 5).fit(single(), Progress.NONE);
        SplittableRandom random = new SplittableRandom(5);
        float[] p = Checks.gaussian(2, 0.8, random);
        float[] q = Checks.gaussian(2, 0.8, random);
        double err = 4 - (4 + p[0] * q[0] + p[1] * q[1]);
        double bu = lr * err;
        double bi = lr * err;
        double dot = 0;
        for (int f = 0; f < 2; f++) {
            double pf = (1 - lr * reg) * p[f] + lr * err * q[f];
            double qf = (1 - lr * reg) * q[f] + lr * err * p[f];
            dot += pf * qf;
        }
        assertThat(err).isNotZero();
        assertThat(model.predict(new Profile(0, new int[] {0}, new float[] {4}), 0))
                .isCloseTo(4 + bu + bi + dot, within(1e-5));
    }

    @Test
    void oneSgdStepOfSvdpp() {
        double lr = 0.1;
        double reg = 0.2;
        FactorModel model = new SvdppAlgorithm(2, 1, lr, reg, 0.3, 0.8, 1, 5).fit(single(), Progress.NONE);
        SplittableRandom random = new SplittableRandom(5);
        float[] p = Checks.gaussian(2, 0.8, random);
        float[] q = Checks.gaussian(2, 0.8, random);
        double err = 4 - (4 + p[0] * q[0] + p[1] * q[1]);
        double b = lr * err;
        double dot = 0;
        for (int f = 0; f < 2; f++) {
            double pf = (1 - lr * reg) * p[f] + lr * err * q[f];
            double qf = (1 - lr * reg) * q[f] + lr * err * p[f];
            double yf = lr * err * q[f];
            dot += qf * (pf + yf);
        }
        assertThat(model.predict(new Profile(0, new int[] {0}, new float[] {4}), 0))
                .isCloseTo(4 + 2 * b + dot, within(1e-5));
    }

    @Test
    void oneMultiplicativeUpdateOfNmf() {
        double reg = 0.1;
        FactorModel model = new NmfAlgorithm(1, 1, reg, false, 0.005, 0.02, 1.0, 3).fit(single(), Progress.NONE);
        SplittableRandom random = new SplittableRandom(3);
        double p = Checks.uniform(1, 0, 1, random)[0];
        double q = Checks.uniform(1, 0, 1, random)[0];
        p = p * (q * 4) / (q * (p * q) + reg * p);
        q = q * (p * 4) / (p * (p * q) + reg * q);
        assertThat(model.predict(new Profile(0, new int[] {0}, new float[] {4}), 0)).isCloseTo(p * q, within(1e-5));
    }

    @Test
    void normalEquationsWithOneFactor() {
        NormalEquations ne = new NormalEquations(1, false);
        ne.add(new float[] {1, 2}, 0, 2);
        ne.add(new float[] {1, 2}, 1, 4);
        float[] out = new float[1];
        ne.solve(new NormalEquations.Penalty(0, 0.5, 0, 0), false, out, 0);
        // (1*2 + 2*4) / (1 + 4 + 2 rows * 0.5)
        assertThat(out[0]).isCloseTo(10f / 6f, within(1e-6f));
    }

    @Test
    void normalEquationsWithBiasAndNonNegativity() {
        NormalEquations ne = new NormalEquations(1, true);
        ne.add(new float[] {1}, 0, -1);
        ne.add(new float[] {2}, 0, -2);
        float[] out = new float[2];
        ne.solve(new NormalEquations.Penalty(0.5, 0.5, 0, 0), false, out, 0);
        // [[2 + 1, 3], [3, 5 + 1]] (b, p) = (-3, -5): b = -1/3, p = -2/3
        assertThat(out[0]).isCloseTo(-1f / 3f, within(1e-6f));
        assertThat(out[1]).isCloseTo(-2f / 3f, within(1e-6f));
        ne.reset();
        ne.add(new float[] {1}, 0, -1);
        ne.add(new float[] {2}, 0, -2);
        ne.solve(new NormalEquations.Penalty(0.5, 0.5, 0, 0), true, out, 0);
        // with p >= 0: p = 0 and b = -3 / 3
        assertThat(out[1]).isZero();
        assertThat(out[0]).isCloseTo(-1f, within(1e-6f));
    }

    @Test
    void alsRecoversACompleteRankOneMatrix() {
        RatingMatrixBuilder b = new RatingMatrixBuilder(new IdIndex(), new IdIndex(), new RatingScale(0, 10, 0), 9, false);
        float[] a = {1, 2, 3};
        float[] c = {1, 1.5f, 3};
        for (int u = 0; u < 3; u++) {
            for (int i = 0; i < 3; i++) {
                b.addById(u, i, a[u] * c[i], 0);
            }
        }
        RatingMatrix m = b.build();
        FactorModel model = new AlsAlgorithm(1, 200, 1e-7, 1e-7, true, 0.5, 1).fit(m, Progress.NONE);
        for (int u = 0; u < 3; u++) {
            for (int i = 0; i < 3; i++) {
                assertThat(model.predict(m.profile(u), i)).isCloseTo(a[u] * c[i], within(1e-3));
            }
        }
    }
}
