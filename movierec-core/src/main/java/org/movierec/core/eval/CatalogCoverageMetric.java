package org.movierec.core.eval;

/** Catalogue coverage: the share of the catalogue's items that appear in at least one list. */
public record CatalogCoverageMetric(int itemCount) implements ListMetric {

    public CatalogCoverageMetric {
        if (itemCount < 1) {
            throw new IllegalArgumentException("coverage needs a catalogue of at least one item");
        }
    }

    @Override
    public String key() {
        return "coverage";
    }

    @Override
    public double measure(int[][] lists) {
        boolean[] seen = new boolean[itemCount];
        int distinct = 0;
        for (int[] list : lists) {
            for (int item : list) {
                if (!seen[item]) {
                    seen[item] = true;
                    distinct++;
                }
            }
        }
        return (double) distinct / itemCount;
    }
}
