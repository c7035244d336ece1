package org.movierec.app.service;

import java.util.Map;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.Model;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;

/** Test algorithm: dense item-item cosine similarity of user-mean-centred ratings (small catalogues only). */
record CosineAlgorithm(double shrink) implements Algorithm {
    @Override
    public String name() {
        return "cosine";
    }

    @Override
    public Map<String, Object> params() {
        return Map.of("shrink", shrink);
    }

    @Override
    public Model fit(RatingMatrix train, Progress progress) {
        int n = train.itemCount();
        double[][] centred = new double[n][train.userCount()];
        for (int u = 0; u < train.userCount(); u++) {
            double mean = train.profile(u).mean();
            int[] ptr = train.userPointers();
            for (int p = ptr[u]; p < ptr[u + 1]; p++) {
                centred[train.userItems()[p]][u] = train.userValues()[p] - mean;
            }
        }
        float[] sim = new float[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double dot = 0;
                double a = 0;
                double b = 0;
                for (int u = 0; u < train.userCount(); u++) {
                    dot += centred[i][u] * centred[j][u];
                    a += centred[i][u] * centred[i][u];
                    b += centred[j][u] * centred[j][u];
                }
                sim[i * n + j] = i == j || a == 0 || b == 0 ? 0f : (float) (dot / (Math.sqrt(a * b) + shrink));
            }
        }
        return new CosineModel(n, (float) train.globalMean(), sim);
    }
}
