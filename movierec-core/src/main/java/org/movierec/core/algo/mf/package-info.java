/**
 * Matrix factorisation for rating prediction. All four algorithms train a {@link
 * org.movierec.core.algo.mf.FactorModel}, r(u, i) = mu + b_u + b_i + q_i . p_u (plus the implicit
 * term of SVD++), which folds in any profile by regularised least squares against the fixed item
 * factors.
 * <ul>
 *   <li>{@code svd}: biased MF by SGD, S. Funk, "Netflix Update: Try This at Home" (2006); Y. Koren,
 *       R. Bell, C. Volinsky, "Matrix Factorization Techniques for Recommender Systems", IEEE
 *       Computer 42(8), 2009.</li>
 *   <li>{@code svdpp}: Y. Koren, "Factorization Meets the Neighborhood: a Multifaceted Collaborative
 *       Filtering Model", KDD 2008.</li>
 *   <li>{@code als}: Y. Zhou, D. Wilkinson, R. Schreiber, R. Pan, "Large-Scale Parallel Collaborative
 *       Filtering for the Netflix Prize" (ALS-WR), AAIM 2008.</li>
 *   <li>{@code nmf}: X. Luo, Y. Xia, Q. Zhu, Y. Zhu, "An Efficient Non-Negative Matrix-Factorization-Based
 *       Approach to Collaborative Filtering for Recommender Systems", IEEE TII 10(2), 2014.</li>
 * </ul>
 * SGD epochs run on both cores as stratified SGD (R. Gemulla, E. Nijkamp, P. Haas, Y. Sismanis,
 * "Large-Scale Matrix Factorization with Distributed Stochastic Gradient Descent", KDD 2011) over a
 * fixed 2 x 2 grid of user and item groups, so results depend on the seed only.
 *
 * <p>Defaults were tuned on the ml-100k canonical folds u1..u5 and checked on 5 random folds of
 * ml-latest-small. Surprise's defaults (svd: lr 0.005, reg 0.02, 20 epochs; svdpp: 20 factors,
 * lr 0.007, reg 0.02) underfit on both: with them this implementation matches Surprise (svd 0.938,
 * svdpp 0.921 on ml-100k). A higher learning rate with a per-epoch decay, more epochs and a stronger
 * factor regularisation gave the largest gains (`movierec evaluate`, ml100k-u / kfold:5 seed 42:
 * svdpp 0.909 / 0.846, als 0.916 / 0.852, nmf 0.938 / 0.884). Biased NMF is far
 * more accurate than unbiased NMF there (0.938 against 0.972 on ml-100k).
 *
 * <p>svd's default schedule is chosen for accuracy per unit of fit time: 50 factors and 25 epochs
 * (lr 0.03, decay 0.92) reach 0.9106 / 0.8511, against 0.9092 / 0.8471 for 100 factors and 40
 * epochs at a third of the work; 50 factors with 20 epochs give 0.9114 / 0.8526.
 */
package org.movierec.core.algo.mf;
