/**
 * Stacked generalisation of rating predictors: {@code blend} learns a ridge regression on the
 * out-of-fold predictions of its base models, obtained by cross-validation inside the training
 * data only (Wolpert, "Stacked Generalization", Neural Networks 1992; Breiman, "Stacked
 * Regressions", Machine Learning 1996), then refits every base on all the training data. Linear
 * blends of a few diverse models were the final step of the Netflix Prize solutions (Töscher,
 * Jahrer and Bell, "The BigChaos Solution to the Netflix Grand Prize", 2009).
 */
package org.movierec.core.algo.blend;
