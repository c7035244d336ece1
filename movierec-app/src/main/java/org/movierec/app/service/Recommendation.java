package org.movierec.app.service;

import java.util.List;

/**
 * One recommended movie with the reason it was chosen.
 *
 * @param score the model's ranking score (a predicted rating for rating models; larger is better)
 * @param explanation a one-line reason for people
 * @param because the ids of the rated movies that weigh most in the score (may be empty)
 * @param source the algorithm that answered, or "popular" when no model could
 */
public record Recommendation(MovieStats stats, double score, String explanation, List<Integer> because, String source) {
    public Recommendation {
        because = List.copyOf(because);
    }
}
