/**
 * Bayesian factorisation models fitted by Markov chain Monte Carlo.
 *
 * <p>{@code bmf}: Bayesian probabilistic matrix factorisation (Salakhutdinov and Mnih, "Bayesian
 * Probabilistic Matrix Factorization using Markov Chain Monte Carlo", ICML 2008) with user and item
 * biases and SVD++ implicit feedback (Koren, "Factorization Meets the Neighborhood", KDD 2008) on
 * the user side and, mirrored, on the item side: the "Bayesian SVD++ flipped" of Rendle, Zhang and
 * Koren, "On the Difficulty of Evaluating Baselines" (2019), without the time features. Priors and
 * hyper-priors follow libFM's MCMC (Rendle, "Factorization Machines with libFM", ACM TIST 2012):
 * a Normal prior per dimension with Normal-Gamma hyper-prior, so there is no regularisation
 * constant to tune. User and item rows are drawn jointly (a (k+1)-dimensional Gaussian per row,
 * Cholesky of its precision) and in parallel; the implicit factors coordinate-wise. Predictions
 * average the stored posterior samples, which is what makes the model stronger than SGD SVD++.
 *
 * <p>Evidence for the defaults (movierec evaluate, RMSE mean over 5 folds): ml-100k u1..u5 0.8866
 * (Surprise SVD++ 0.9218), ml-latest-small kfold:5 seed 42 0.8261 (Surprise SVD++ 0.8626). On
 * ml-100k u1 and u2: without implicit feedback 0.908, users' implicit feedback only 0.901, items'
 * ("flipped") only 0.890, both 0.889. More factors do not help on these small sets: with both
 * implicit parts, 16 factors 0.892 and 20 factors (longer chain) 0.895 against 0.889 for 10, so 10
 * is the default. Longer chains gain about 0.001 (50 + 50×2 sweeps).
 */
package org.movierec.core.algo.bayes;
