package org.movierec.app.service;

import java.util.HashMap;
import java.util.Map;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.Profile;
import org.movierec.core.data.ProfileSampler;
import org.movierec.core.data.RatingMatrix;

/**
 * Answers sampled recommendation requests (10 real ratings of random users, 20 movies with
 * explanations) with the default model right after a start, so that the JIT compiler has compiled
 * the model's scoring code before visitors' requests arrive instead of while they wait.
 */
public final class ModelWarmup {
    private static final int PROFILE_SIZE = 10;
    private static final int PROFILES = 200;

    private ModelWarmup() {
    }

    /**
     * Sends requests until maxRequests are answered or maxMillis have passed; returns how many were
     * answered (0 when the data has no user with enough ratings).
     */
    public static int run(RecommendationService service, int maxRequests, long maxMillis) {
        RatingMatrix ratings = service.library().ratings();
        Profile[] profiles;
        try {
            profiles = ProfileSampler.sample(ratings, PROFILE_SIZE, PROFILES, 1);
        } catch (IllegalArgumentException e) {
            return 0;
        }
        IdIndex ids = ratings.items();
        long end = System.nanoTime() + maxMillis * 1_000_000;
        int answered = 0;
        while (answered < maxRequests && System.nanoTime() < end) {
            Profile profile = profiles[answered % profiles.length];
            Map<Integer, Float> byId = new HashMap<>();
            for (int k = 0; k < profile.size(); k++) {
                byId.put(ids.idAt(profile.items()[k]), profile.values()[k]);
            }
            service.recommend(byId, RecommendationService.Request.top(20));
            answered++;
        }
        return answered;
    }
}
