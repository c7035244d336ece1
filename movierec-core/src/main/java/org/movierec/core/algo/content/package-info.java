/**
 * Content-based filtering (Pazzani and Billsus, "Content-Based Recommendation Systems", The Adaptive
 * Web, 2007; Lops, de Gemmis and Semeraro, "Content-based Recommender Systems: State of the Art and
 * Trends", Recommender Systems Handbook, 2011): items are TF-IDF vectors of their catalogue features
 * ({@link org.movierec.core.data.ItemFeatures}: genres, release decade, tags, and from metadata
 * directors, writers, first-billed cast and plot keywords), a user is the rating-weighted sum of the
 * vectors of the movies they rated (mean-centred, so disliked movies push their features away), and
 * the score is the cosine of the two (the vector-space model of Salton, Wong and Yang, 1975). Each
 * feature kind's part of a vector is normalised and weighted, so one kind with many terms (tags, keywords)
 * cannot drown the others, and the whole vector is divided by the same constant for every item (the root
 * of the summed squared weights of the kinds present in the index), not by its own length: a fact a
 * movie lacks (no known director) is then no evidence against it, and a fact it has adds only where
 * it matches the profile. Normalising each item by its own length made every added kind dilute the
 * others: on ml-latest-small with the MeLU and HetRec facts, content fell below the genres-and-tags
 * model on both cold-start splits; with the common constant it rises above it on item-cold
 * (docs/TOPN.md). The model needs no rating of an item to
 * score it, which makes it the cold-start part of {@link org.movierec.core.algo.hybrid}; it also
 * gives item-to-item content similarity ({@link org.movierec.core.algo.content.ContentModel#similarItems}).
 * Evidence for the defaults and the figures: docs/TOPN.md ("Content and hybrid").
 */
package org.movierec.core.algo.content;
