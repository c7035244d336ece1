package org.movierec.core.util;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.movierec.core.algo.ScoredItem;

/**
 * Selection of the k best (item, score) pairs with a bounded min-heap: O(n log k), no full sort.
 * Ties are broken by ascending item index, so results are deterministic. NaN scores are skipped.
 */
public final class TopK {
    private final int k;
    private final int[] heapItems;
    private final float[] heapScores;
    private int size;

    public TopK(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0, was " + k);
        }
        this.k = k;
        heapItems = new int[k];
        heapScores = new float[k];
    }

    /** The k best of items[j] scored scores[j], best first. */
    public static List<ScoredItem> select(int[] items, float[] scores, int k) {
        TopK top = new TopK(Math.min(k, items.length));
        for (int j = 0; j < items.length; j++) {
            top.offer(items[j], scores[j]);
        }
        return top.result();
    }

    /**
     * The k best of items 0..scores.length-1, best first, among those the filter accepts (null: all).
     * The filter is asked only about items that would enter the current top k (a NaN score or one
     * below the k-th best never reaches it), so an expensive filter costs little once the heap is full.
     */
    public static List<ScoredItem> selectIndices(float[] scores, int k, IntPredicate filter) {
        TopK top = new TopK(Math.min(k, scores.length));
        float least = Float.NEGATIVE_INFINITY;
        for (int item = 0; item < scores.length; item++) {
            float score = scores[item];
            // one well-predicted comparison rejects NaN and every score below the k-th best so far
            if (score >= least && top.admits(item, score) && (filter == null || filter.test(item))) {
                top.offer(item, score);
                if (top.size == top.k) {
                    least = top.heapScores[0];
                }
            }
        }
        return top.result();
    }

    /** True if {@link #offer} would keep this candidate now. */
    public boolean admits(int item, float score) {
        if (Float.isNaN(score) || k == 0) {
            return false;
        }
        return size < k || worse(heapItems[0], heapScores[0], item, score);
    }

    /** Offers one candidate. */
    public void offer(int item, float score) {
        if (!admits(item, score)) {
            return;
        }
        if (size < k) {
            heapItems[size] = item;
            heapScores[size] = score;
            siftUp(size++);
        } else {
            heapItems[0] = item;
            heapScores[0] = score;
            siftDown(0);
        }
    }

    public int size() {
        return size;
    }

    /** The kept candidates, best first. */
    public List<ScoredItem> result() {
        List<ScoredItem> out = new ArrayList<>(size);
        for (int j = 0; j < size; j++) {
            out.add(new ScoredItem(heapItems[j], heapScores[j]));
        }
        out.sort(null);
        return out;
    }

    /** True if (ia, sa) ranks below (ib, sb). */
    private static boolean worse(int ia, float sa, int ib, float sb) {
        return sa < sb || (sa == sb && ia > ib);
    }

    private void siftUp(int j) {
        while (j > 0) {
            int parent = (j - 1) >>> 1;
            if (!worse(heapItems[j], heapScores[j], heapItems[parent], heapScores[parent])) {
                break;
            }
            swap(j, parent);
            j = parent;
        }
    }

    private void siftDown(int j) {
        while (true) {
            int left = 2 * j + 1;
            if (left >= size) {
                return;
            }
            int worst = left;
            int right = left + 1;
            if (right < size && worse(heapItems[right], heapScores[right], heapItems[left], heapScores[left])) {
                worst = right;
            }
            if (!worse(heapItems[worst], heapScores[worst], heapItems[j], heapScores[j])) {
                return;
            }
            swap(j, worst);
            j = worst;
        }
    }

    private void swap(int a, int b) {
        int item = heapItems[a];
        heapItems[a] = heapItems[b];
        heapItems[b] = item;
        float score = heapScores[a];
        heapScores[a] = heapScores[b];
        heapScores[b] = score;
    }
}
