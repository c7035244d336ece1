package org.movierec.core.algo;

/** What an algorithm is made for, and so which evaluation it joins by default. */
public enum Task {
    /** Predicts ratings on the data's scale (evaluated by RMSE/MAE; also ranks by predicted rating). */
    RATING,
    /** Ranks items from implicit feedback (evaluated by precision, nDCG and the other ranking metrics). */
    RANKING
}
