/**
 * Neighbourhood rating predictors: user-based and item-based k-nearest neighbours ({@code userknn},
 * {@code itemknn}) and weighted Slope One ({@code slopeone}).
 *
 * <p>kNN: Herlocker et al., "An Algorithmic Framework for Performing Collaborative Filtering", SIGIR
 * 1999 (user-based, mean-centred and z-score aggregation); Sarwar et al., "Item-based Collaborative
 * Filtering Recommendation Algorithms", WWW 2001 (item-based, adjusted cosine); Koren, "Factor in the
 * Neighbors", ACM TKDD 4(1), 2010 (baseline-adjusted predictions, Pearson on baseline residuals,
 * shrinkage s·(n−1)/(n−1+λ)). The measures are in {@link org.movierec.core.algo.knn.Similarity}, the
 * aggregations in {@link org.movierec.core.algo.knn.PredictionMode}. Item-item similarities are
 * computed once per pair at fit, in parallel over items, and kept as sparse lists of the
 * {@code model-size} most similar items (positive similarities only, as only those are used);
 * user-user similarities are computed per request from the training ratings by item, so any profile,
 * including a visitor's, is answered without a user-user matrix.
 *
 * <p>Item kNN defaults (baseline-cosine, shrinkage 20, min-support 5, k = 40, baseline-adjusted,
 * damping 0.3; 300 neighbours kept per item) and user kNN defaults (pearson-baseline, shrinkage 100,
 * k = 40, baseline-adjusted, damping 0.3) were chosen on the ml-100k u1..u5 folds and 5 random folds
 * of ml-latest-small (seed 42): item-based RMSE 0.9107 and 0.8388, user-based 0.9185 and 0.8482,
 * against 0.9323 and 0.8748 for Surprise's best kNN (KNNBaseline). Damping the neighbour correction
 * (a virtual neighbour at the baseline) is what brings the gain on the sparser ml-latest-small, where
 * undamped neighbours did worse than the bias baseline alone. For items, the cosine of the baseline
 * residuals with the norms of the items' whole vectors beats Surprise's pearson-baseline (norms of the
 * co-rated entries only; 0.9141 and 0.8421 with its best shrinkage, 100) and accumulates two sums per
 * pair instead of four. A similarity counts only from 5 co-raters (0.9101 and 0.8377 with 3, at more
 * cost), which lets the fit skip every item with fewer raters: on ml-latest-small it runs on a third of
 * the items. Keeping 300 neighbours per item is as accurate as keeping all of them.
 *
 * <p>Serving: a recommendation scores the whole catalogue, so both kNN models score it at once rather
 * than item by item, with the same neighbours and the same sums in the same order as one prediction
 * (the scores are bit for bit those of {@code predict}). Item kNN reads the profile's columns of the
 * neighbour lists (the items that keep a rated item as a neighbour; transposed when the model is
 * built, 8 more bytes per kept similarity), not every item's row. User kNN reads the ratings of the
 * users similar to the profile once, by user in order of similarity, keeping each item's first k
 * raters, instead of every rater of every item (a copy of the ratings by user, 8 more bytes per
 * rating). Its floor is those users' ratings: about 420,000 of 1M for a 10-rating profile on a
 * synthetic ml-1m-sized set; reading the items' own raters for the less popular items, after the
 * most similar users, read as many. {@code bench recommend} (10 ratings, top 20 with explanations,
 * one thread, p50): item kNN 3.23 to 0.07 ms on that set and 1.13 to 0.15 ms on ml-latest-small,
 * user kNN 11.4 to 2.1 ms and 0.81 to 0.37 ms.
 *
 * <p>Slope One: Lemire and Maclachlan, "Slope One Predictors for Online Rating-Based Collaborative
 * Filtering", SDM 2005 (the weighted scheme). Deviations are precomputed per item pair; those of a
 * single co-rater are dropped ({@code min-support} 2, which is also more accurate: RMSE 0.9400 and
 * 0.8694 against 0.9404 and 0.8778 with 1, and a model file of 55 MB instead of 102 MB for all of
 * ml-latest-small), and the {@code model-size} best-supported ones kept per item (1000). As for
 * item kNN, each pair is computed once, by the item of higher index, and mirrored.
 */
package org.movierec.core.algo.knn;
