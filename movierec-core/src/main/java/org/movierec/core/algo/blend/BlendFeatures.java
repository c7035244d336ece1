package org.movierec.core.algo.blend;

/**
 * The blend's regression features for one rating: [1, p_1..p_m] and, with support,
 * [s_u, s_i, p_1·s_u..p_m·s_u, p_1·s_i..p_m·s_i], where p are the base predictions and
 * s = 1/√(1 + n) the support of the user (n ratings) and of the item.
 */
record BlendFeatures(int models, boolean withSupport) {

    static double support(int count) {
        return 1 / Math.sqrt(1.0 + count);
    }

    int size() {
        return withSupport ? 3 + 3 * models : 1 + models;
    }

    void fill(double[] predictions, double userSupport, double itemSupport, double[] out) {
        out[0] = 1;
        System.arraycopy(predictions, 0, out, 1, models);
        if (withSupport) {
            int at = 1 + models;
            out[at++] = userSupport;
            out[at++] = itemSupport;
            for (int b = 0; b < models; b++) {
                out[at + b] = predictions[b] * userSupport;
                out[at + models + b] = predictions[b] * itemSupport;
            }
        }
    }
}
