/**
 * Top-N recommendation from implicit feedback, and what the top-N algorithms share.
 *
 * <p>Ratings become interactions by one documented rule, {@link org.movierec.core.algo.implicit.ImplicitSignal}
 * (every rating, or those at or above a threshold; strength 1 or the rating). Models extend
 * {@link org.movierec.core.algo.implicit.RankingModel}: they score the whole catalogue for a
 * profile, predict no ratings (NaN) and are registered with task RANKING by
 * {@link org.movierec.core.algo.implicit.TopNAlgorithms}.
 *
 * <ul>
 *   <li>{@code itemknn-implicit}: item-based kNN on binarised interactions. Neighbours are chosen
 *       by the asymmetric cosine of F. Aiolli, "Efficient top-N recommendation for very large scale
 *       binary rated datasets", RecSys 2013, with the random-walk normalisations of RP3beta (B.
 *       Paudel et al., "Updatable, accurate, diverse, and scalable recommendations for interactive
 *       applications", ACM TiiS 2016). Plain cosine reaches nDCG@10 ≈ 0.38 on the Microsoft
 *       Recommenders ml-100k protocol (like SAR's 0.382); dividing each user's co-occurrences by
 *       the user's activity and similarities by the target's popularity^0.7, damped by a shrinkage
 *       of 10 common users, lifts it to ≈ 0.44, and scaling each item's kept similarities to sum
 *       to 1 to 0.458 (without the shrinkage a penalty of 0.7 falls to 0.38: items with one or two
 *       users then dominate). Weighting the neighbours jointly instead, by the interpolation weights
 *       of R. Bell and Y. Koren, "Scalable collaborative filtering with jointly derived neighborhood
 *       interpolation weights", ICDM 2007 (a ridge regression of each item on its 200 neighbours,
 *       λ = 500), gives 0.479: similarity sums count the evidence of similar profile items many
 *       times over.</li>
 *   <li>{@code ials}: Y. Hu, Y. Koren and C. Volinsky, "Collaborative Filtering for Implicit
 *       Feedback Datasets", ICDM 2008, with the conjugate-gradient row updates of G. Takács,
 *       I. Pilászy and D. Tikk, "Applications of the conjugate gradient method for implicit
 *       feedback collaborative filtering", RecSys 2011 (three steps from the previous value per
 *       pass match an exact solve in ranking quality at a fraction of the cost). Tuned on ml-100k
 *       (per-user 75/25, seed 42): binary interactions reach nDCG@10 0.484 (α = 0.7, λ = 20);
 *       confidence from the rating, c = 1 + α·ln(1 + r), reaches 0.489 with α = 1.5, λ = 30 and
 *       the same with α = 2.5, λ = 40 (nDCG@10 0.495, P@10 0.431 on the evaluate command's split).
 *       The optimum in λ is sharp (binary, α = 1: λ = 20 gives 0.483, λ = 30 0.455; larger λ
 *       collapses the factors towards popularity). Scaling λ by (n / mean n)^0.5 for a row with n
 *       interactions, after S. Rendle, W. Krichene, L. Zhang and Y. Koren, "Revisiting the
 *       performance of iALS on item recommendation benchmarks", RecSys 2022, with α = 4 (the
 *       default) gives nDCG@10 0.497, P@10 0.435 there and 0.432 with split seed 7.</li>
 *   <li>{@code bpr}: S. Rendle, C. Freudenthaler, Z. Gantner and L. Schmidt-Thieme, "BPR: Bayesian
 *       Personalized Ranking from Implicit Feedback", UAI 2009; uniform sampling of interactions
 *       and negatives, item biases. Sequential SGD: a seed gives one model on every machine. A
 *       deterministic two-core variant (users and items in two blocks, each sub-epoch pairing
 *       every user block with one item block, as in Gemulla et al.'s distributed SGD) was 1.7×
 *       faster but lost 0.007 nDCG@10 on ml-100k: negatives drawn in the positive's block never
 *       contrast items across blocks. 400 epochs at learning rate 0.01 beat 100 at 0.02 by 0.011 (0.467 on the evaluate split);
 *       128 factors and 600 epochs (the default) reach 0.473.</li>
 * </ul>
 */
package org.movierec.core.algo.implicit;
