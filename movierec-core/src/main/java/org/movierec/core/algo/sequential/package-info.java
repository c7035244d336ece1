/**
 * Sequence-aware top-N recommendation: what a person rated last says most about what they rate next.
 *
 * <p>The model blends two parts, in the spirit of SLIST (M. Choi, J. Kim, J. Lee, H. Shim, J. Lee,
 * "Session-aware Linear Item-Item Models for Session-based Recommendation", WWW 2021), which combines an
 * item-similarity model of the whole session with an item-transition model of its order: here the item
 * part is EASE (H. Steck, WWW 2019) over the whole profile and the transition part a first-order Markov
 * chain with a decaying window (as in the FPMC family, S. Rendle, C. Freudenthaler, L. Schmidt-Thieme,
 * "Factorizing Personalized Markov Chains for Next-Basket Recommendation", WWW 2010), estimated by
 * counting. Each part is scaled by its largest score for the profile before blending.
 *
 * <p>Ties: MovieLens stores seconds, and people rate many movies in the same second while signing up.
 * Ratings of the same second form one time step; in training they are sources of each other in both
 * directions, and at scoring time they weigh the same, so the model never learns from the (item index)
 * order that {@code temporal-last} uses to break ties deterministically. Evidence for the defaults
 * (window 10, decay 0.8, blend 0.7) is in docs/TOPN.md.
 */
package org.movierec.core.algo.sequential;
