/**
 * Optional movie metadata keyed by MovieLens movie id: readers for the MeLU ml-1m extra facts
 * (Lee et al., "MeLU: Meta-Learned User Preference Estimator for Cold-Start Recommendation", KDD 2019),
 * the HetRec 2011 MovieLens extension (Cantador, Brusilovsky and Kuflik, RecSys 2011) and movierec's
 * own metadata CSV, and their merge into one {@link org.movierec.core.data.MovieMetadata} per movie.
 */
package org.movierec.core.io.metadata;
