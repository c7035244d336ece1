/**
 * Content-based filtering (Pazzani and Billsus, "Content-Based Recommendation Systems", The Adaptive
 * Web, 2007; Lops, de Gemmis and Semeraro, "Content-based Recommender Systems: State of the Art and
 * Trends", Recommender Systems Handbook, 2011): items are TF-IDF vectors of their catalogue features
 * ({@link org.movierec.core.data.ItemFeatures}: genres, release decade, tags, and from metadata
 * directors, writers, first-billed cast and plot keywords), a user is the rating-weighted sum of the
 * vectors of the movies they rated (mean-centred, so disliked movies push their features away), and
 * the score is the cosine of the two (the vector-space model of Salton, Wong and Yang, 1975). Each
 * feature kind's part of a vector is normalised and weighted before the whole vector is, so one kind
 * with many terms (tags, keywords) cannot drown the others. The model needs no rating of an item to
 * score it, which makes it the cold-start part of {@link org.movierec.core.algo.hybrid}; it also
 * gives item-to-item content similarity ({@link org.movierec.core.algo.content.ContentModel#similarItems}).
 * Evidence for the defaults and the figures: docs/TOPN.md ("Content and hybrid").
 */
package org.movierec.core.algo.content;
