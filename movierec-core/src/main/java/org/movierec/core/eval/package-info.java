/**
 * Offline evaluation: splitters ({@link org.movierec.core.eval.SplitSpec} parses the command-line
 * forms), rating metrics ({@link org.movierec.core.eval.RatingErrors}), top-N metrics
 * ({@link org.movierec.core.eval.AccuracyMetric} per user, {@link org.movierec.core.eval.ListMetric}
 * over all lists), the {@link org.movierec.core.eval.Evaluator} that fits algorithms per fold, its
 * report model, and hyper-parameter search. Protocols and metric definitions follow Microsoft
 * Recommenders (stratified split, map_at_k) and Surprise (folds, mean ± population std); see
 * docs/EVALUATION.md. Ranking is over the full catalogue, never sampled negatives (Krichene and
 * Rendle, "On Sampled Metrics for Item Recommendation", KDD 2020).
 */
package org.movierec.core.eval;
