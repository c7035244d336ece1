package org.movierec.app.service;

import org.movierec.core.data.Movie;

/**
 * A movie with its community rating statistics.
 *
 * @param count number of ratings
 * @param average mean rating, NaN when nobody rated it
 * @param histogram ratings per half star: index 0 counts 0.5, index 9 counts 5.0 (whole-star scales use the odd indices)
 */
public record MovieStats(Movie movie, int count, double average, int[] histogram) {
}
