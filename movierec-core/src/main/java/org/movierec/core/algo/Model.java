package org.movierec.core.algo;

import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.movierec.core.data.Profile;
import org.movierec.core.util.TopK;

/**
 * A trained model: immutable and thread-safe. Items are dense indices of the training matrix's item
 * index. Every model answers for any {@link Profile}, including users not seen in training.
 */
public interface Model {

    /** Number of items the model knows (item indices are 0..itemCount-1). */
    int itemCount();

    /** Predicted rating of the item for the profile, within the training scale; NaN where the model has no basis. */
    double predict(Profile user, int item);

    /**
     * Ranking scores of many items at once (the hot path of recommend): larger is better. For rating
     * models the predicted rating; for implicit models an unscaled preference. NaN where there is no basis.
     */
    void score(Profile user, int[] items, float[] out);

    /**
     * The n best items for the profile among those the candidate filter accepts, best first. Items
     * the profile rated are not excluded unless the filter excludes them. Items scored NaN are skipped.
     */
    default List<ScoredItem> recommend(Profile user, int n, IntPredicate candidate) {
        int[] items = new int[itemCount()];
        int count = 0;
        for (int item = 0; item < items.length; item++) {
            if (candidate.test(item)) {
                items[count++] = item;
            }
        }
        items = Arrays.copyOf(items, count);
        float[] scores = new float[count];
        score(user, items, scores);
        return TopK.select(items, scores, n);
    }

    /** The evidence behind the item's score for the profile. */
    Explanation explain(Profile user, int item);

    /**
     * The evidence behind each item's score for the profile, in the items' order; models whose
     * explanations share per-profile work (e.g. scoring every item) do that work once here.
     */
    default List<Explanation> explain(Profile user, int[] items) {
        List<Explanation> out = new ArrayList<>(items.length);
        for (int item : items) {
            out.add(explain(user, item));
        }
        return out;
    }

    /**
     * {@link #recommend} and {@link #explain(Profile, int[])} of the result in one call: what a
     * request answers with. Models whose scores and explanations share per-profile work do it once.
     */
    default List<ExplainedItem> recommendExplained(Profile user, int n, IntPredicate candidate) {
        List<ScoredItem> top = recommend(user, n, candidate);
        return withExplanations(top, explain(user, top.stream().mapToInt(ScoredItem::item).toArray()));
    }

    /** Pairs each scored item with its explanation (same order, same length). */
    static List<ExplainedItem> withExplanations(List<ScoredItem> top, List<Explanation> explanations) {
        List<ExplainedItem> out = new ArrayList<>(top.size());
        for (int r = 0; r < top.size(); r++) {
            out.add(new ExplainedItem(top.get(r).item(), top.get(r).score(), explanations.get(r)));
        }
        return out;
    }

    /** Writes the model's parameters (everything needed to score) for {@link ModelFile}. */
    void write(DataOutput out) throws IOException;
}
