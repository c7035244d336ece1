/**
 * Most-popular recommendation: the floor every personalised top-N model must beat. Items rank by
 * their number of interactions, or by their Bayesian-average rating (the item's mean rating shrunk
 * towards the global mean by {@code prior} pseudo-ratings, as in IMDb's top-250 formula), the same
 * list for every user. On the Microsoft Recommenders ml-100k protocol most-popular by count reaches
 * about nDCG@10 0.256 (Cremonesi, Koren and Turrin, "Performance of recommender algorithms on top-N
 * recommendation tasks", RecSys 2010, show how strong this baseline is on MovieLens).
 */
package org.movierec.core.algo.popular;
