/**
 * Stacked generalisation of rating predictors: {@code blend} learns a ridge regression on the
 * out-of-fold predictions of its base models, obtained by cross-validation inside the training
 * data only (Wolpert, "Stacked Generalization", Neural Networks 1992; Breiman, "Stacked
 * Regressions", Machine Learning 1996), then refits every base on all the training data. Linear
 * blends of a few diverse models were the final step of the Netflix Prize solutions (Töscher,
 * Jahrer and Bell, "The BigChaos Solution to the Netflix Grand Prize", 2009); the support features
 * (predictions times 1/√(1+n) of user and item) follow their idea of letting the weights depend on
 * how much data stands behind a prediction.
 *
 * <p>Evidence for the defaults (bmf+itemknn, 3 internal folds, support on; RMSE, mean over 5 folds):
 * ml-100k u1..u5 0.8827 (bmf alone 0.8866), ml-latest-small kfold:5 seed 42 0.8145 (bmf alone
 * 0.8261). On ml-100k u1: support features 0.8902 against 0.8911 without; adding svd, svdpp or
 * baseline to bmf+itemknn gained nothing measurable while multiplying the fit time.
 */
package org.movierec.core.algo.blend;
