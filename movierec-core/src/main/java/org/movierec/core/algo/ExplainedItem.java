package org.movierec.core.algo;

/** A recommended item index with its ranking score and the evidence behind it. */
public record ExplainedItem(int item, double score, Explanation explanation) {
}
