package org.movierec.core.eval;

/**
 * A property of all users' recommendation lists together (coverage, novelty, diversity,
 * personalisation): sees only the lists and what it was built with. Stateless once built.
 */
public interface ListMetric {

    /** The metric's key in reports, e.g. "novelty". */
    String key();

    /**
     * The metric over the lists, one per evaluated user, best first, without duplicates within a
     * list. NaN when it is undefined (no lists, or no pairs to compare).
     */
    double measure(int[][] lists);
}
