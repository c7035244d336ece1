package org.movierec.core.algo.bayes;

import java.util.LinkedHashMap;
import java.util.Map;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;

/**
 * Bayesian matrix factorisation with biases and implicit feedback, fitted by Gibbs sampling
 * (registry name {@code bmf}). See {@link GibbsSampler} for the model and the sweep.
 *
 * @param factors latent dimensions k
 * @param burnin sweeps discarded before the first stored sample
 * @param samples posterior samples stored in the model and averaged by predictions
 * @param thin sweeps between two stored samples
 * @param implicit whether users carry SVD++ implicit feedback (the items they rated)
 * @param flipped whether items carry the mirrored implicit feedback (the users who rated them)
 * @param seed random seed; equal seeds and data give identical models
 */
public record BayesianMfAlgorithm(int factors, int burnin, int samples, int thin, boolean implicit, boolean flipped,
        long seed) implements Algorithm {

    public static final String NAME = "bmf";

    public BayesianMfAlgorithm {
        if (factors < 1 || factors > 500) {
            throw new IllegalArgumentException("factors of bmf must be between 1 and 500, not " + factors);
        }
        if (burnin < 0) {
            throw new IllegalArgumentException("burnin of bmf must not be negative, not " + burnin);
        }
        if (samples < 1) {
            throw new IllegalArgumentException("samples of bmf must be at least 1, not " + samples);
        }
        if (thin < 1) {
            throw new IllegalArgumentException("thin of bmf must be at least 1, not " + thin);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("factors", factors);
        p.put("burnin", burnin);
        p.put("samples", samples);
        p.put("thin", thin);
        p.put("implicit", implicit);
        p.put("flipped", flipped);
        p.put("seed", seed);
        return p;
    }

    @Override
    public BayesianMfModel fit(RatingMatrix train, Progress progress) {
        return new GibbsSampler(this, train).run(progress);
    }
}
