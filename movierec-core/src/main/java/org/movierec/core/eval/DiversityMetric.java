package org.movierec.core.eval;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.movierec.core.data.Catalog;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.Movie;

/**
 * Intra-list diversity: for each list, the mean over its pairs of items of the genre Jaccard
 * distance 1 − |G(a) ∩ G(b)| / |G(a) ∪ G(b)| (two items without genres are at distance 0, an item
 * with genres and one without at distance 1); then the mean over lists of two or more items.
 */
public final class DiversityMetric implements ListMetric {
    private final int[][] genres;

    /** @param genresByItem each item's genre codes, ascending, by item index (empty: no genres) */
    public DiversityMetric(int[][] genresByItem) {
        this.genres = genresByItem;
    }

    /** Genres by item index of the movies in the catalogue (items missing from it have none). */
    public static DiversityMetric of(Catalog catalog, IdIndex items) {
        Map<String, Integer> codes = new HashMap<>();
        int[][] byItem = new int[items.size()][];
        for (int i = 0; i < byItem.length; i++) {
            Movie movie = catalog.movie(items.idAt(i)).orElse(null);
            if (movie == null) {
                byItem[i] = new int[0];
                continue;
            }
            int[] g = new int[movie.genres().size()];
            for (int j = 0; j < g.length; j++) {
                g[j] = codes.computeIfAbsent(movie.genres().get(j), name -> codes.size());
            }
            Arrays.sort(g);
            byItem[i] = g;
        }
        return new DiversityMetric(byItem);
    }

    @Override
    public String key() {
        return "diversity";
    }

    @Override
    public double measure(int[][] lists) {
        double sum = 0;
        int counted = 0;
        for (int[] list : lists) {
            if (list.length < 2) {
                continue;
            }
            double listSum = 0;
            for (int a = 0; a < list.length; a++) {
                for (int b = a + 1; b < list.length; b++) {
                    listSum += distance(genres[list[a]], genres[list[b]]);
                }
            }
            sum += listSum / ((double) list.length * (list.length - 1) / 2);
            counted++;
        }
        return counted == 0 ? Double.NaN : sum / counted;
    }

    /** Jaccard distance of two ascending code sets. */
    static double distance(int[] a, int[] b) {
        if (a.length == 0 && b.length == 0) {
            return 0;
        }
        int common = Overlap.count(a, b);
        return 1 - (double) common / (a.length + b.length - common);
    }
}
