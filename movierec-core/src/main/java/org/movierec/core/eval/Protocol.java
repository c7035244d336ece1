package org.movierec.core.eval;

import org.movierec.core.algo.Task;

/**
 * What an evaluation measured and how, so that every figure names its protocol.
 *
 * @param data the data set's name or path
 * @param split the split as written on the command line
 * @param seed the seed of the split and of any sampling
 * @param task rating prediction or ranking
 * @param k the list length of ranking metrics (ignored for rating)
 * @param relevanceThreshold ranking: the least test rating that counts as relevant; NaN: every test rating
 */
public record Protocol(String data, String split, long seed, Task task, int k, double relevanceThreshold) {

    public Protocol {
        if (task == Task.RANKING && k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
    }

    public boolean hasRelevanceThreshold() {
        return !Double.isNaN(relevanceThreshold);
    }
}
