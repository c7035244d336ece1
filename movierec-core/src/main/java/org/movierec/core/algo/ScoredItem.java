package org.movierec.core.algo;

/** An item index with its score; ordered by descending score, then ascending item index. */
public record ScoredItem(int item, double score) implements Comparable<ScoredItem> {
    @Override
    public int compareTo(ScoredItem other) {
        int c = Double.compare(other.score, score);
        return c != 0 ? c : Integer.compare(item, other.item);
    }
}
