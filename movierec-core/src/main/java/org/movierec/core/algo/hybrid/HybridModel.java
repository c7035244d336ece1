package org.movierec.core.algo.hybrid;

import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.movierec.core.algo.ExplainedItem;
import org.movierec.core.algo.Explanation;
import org.movierec.core.algo.Model;
import org.movierec.core.algo.ScoredItem;
import org.movierec.core.algo.content.ContentModel;
import org.movierec.core.algo.implicit.RankingModel;
import org.movierec.core.data.Profile;
import org.movierec.core.util.BinaryArrays;
import org.movierec.core.util.TopK;

/**
 * The three parts of {@link HybridAlgorithm} and the items' training rating counts. For a profile
 * of n_u ratings and an item with n_i training ratings the score is
 * <pre>
 *   w_cf = a·b,  a = n_u / (n_u + user-shrink),  b = n_i / (n_i + item-shrink)
 *   w_content = (1 − w_cf)·content-share,  w_pop = (1 − w_cf)·(1 − content-share)
 *   score = Σ w_p·z_p / Σ w_p   over the parts p that score the item
 * </pre>
 * where z_p is part p's score standardised over all items it scores for this profile (popularity:
 * ln(1 + n_i), the same for everyone). A part that gives an item NaN (content for a movie without
 * features or for an empty profile) drops out of that item's sum; NaN when no part is left.
 */
public final class HybridModel extends RankingModel {
    private final String cfName;
    private final Model cf;
    private final ContentModel content;
    private final int[] counts;
    private final double userShrink;
    private final double itemShrink;
    private final double contentShare;
    private final float[] popularity;
    private final int[] all;

    HybridModel(String cfName, Model cf, ContentModel content, int[] counts, double userShrink, double itemShrink,
            double contentShare) {
        if (cf.itemCount() != counts.length || content.itemCount() != counts.length) {
            throw new IllegalArgumentException("hybrid parts cover " + cf.itemCount() + ", " + content.itemCount() + " and "
                    + counts.length + " items");
        }
        this.cfName = cfName;
        this.cf = cf;
        this.content = content;
        this.counts = counts;
        this.userShrink = userShrink;
        this.itemShrink = itemShrink;
        this.contentShare = contentShare;
        this.all = new int[counts.length];
        float[] pop = new float[counts.length];
        for (int i = 0; i < counts.length; i++) {
            all[i] = i;
            pop[i] = (float) Math.log1p(counts[i]);
        }
        standardise(pop);
        this.popularity = pop;
    }

    @Override
    public int itemCount() {
        return counts.length;
    }

    /** The content part, e.g. for "similar movies by content". */
    public ContentModel content() {
        return content;
    }

    /** Replaces the finite scores by their z-scores (0 when they are all equal); NaN stays NaN. */
    private static void standardise(float[] scores) {
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (float s : scores) {
            if (!Float.isNaN(s)) {
                sum += s;
                squares += (double) s * s;
                n++;
            }
        }
        if (n == 0) {
            return;
        }
        double mean = sum / n;
        double variance = Math.max(0, squares / n - mean * mean);
        double inverse = variance > 1e-12 * Math.max(1, mean * mean) ? 1 / Math.sqrt(variance) : 0;
        for (int i = 0; i < scores.length; i++) {
            if (!Float.isNaN(scores[i])) {
                scores[i] = (float) ((scores[i] - mean) * inverse);
            }
        }
    }

    private double userTrust(Profile user) {
        int n = user.size();
        return n == 0 ? 0 : n / (n + userShrink);
    }

    private double cfWeight(double userTrust, int item) {
        return counts[item] == 0 ? 0 : userTrust * counts[item] / (counts[item] + itemShrink);
    }

    private float[][] parts(Profile user) {
        float[] cfScores = new float[all.length];
        if (cf instanceof RankingModel ranking) {
            ranking.scoreAll(user, cfScores);
        } else {
            cf.score(user, all, cfScores);
        }
        standardise(cfScores);
        float[] contentScores = new float[all.length];
        content.scoreAll(user, contentScores);
        standardise(contentScores);
        return new float[][] {cfScores, contentScores, popularity};
    }

    private double[] weights(double userTrust, int item) {
        double wcf = cfWeight(userTrust, item);
        return new double[] {wcf, (1 - wcf) * contentShare, (1 - wcf) * (1 - contentShare)};
    }

    @Override
    public void scoreAll(Profile user, float[] out) {
        combine(user, parts(user), out);
    }

    /** Scores, standardises and blends the parts once, then explains the top items from the same parts. */
    @Override
    public List<ExplainedItem> recommendExplained(Profile user, int n, IntPredicate candidate) {
        float[][] parts = parts(user);
        float[] scores = new float[all.length];
        combine(user, parts, scores);
        List<ScoredItem> top = TopK.selectIndices(scores, n, candidate);
        return Model.withExplanations(top, explain(user, top.stream().mapToInt(ScoredItem::item).toArray(), parts));
    }

    private void combine(Profile user, float[][] parts, float[] out) {
        float[] cfScores = parts[0];
        float[] contentScores = parts[1];
        double a = userTrust(user);
        for (int i = 0; i < all.length; i++) {
            double wcf = cfWeight(a, i);
            double wc = (1 - wcf) * contentShare;
            double wp = (1 - wcf) * (1 - contentShare);
            double sum = 0;
            double weight = 0;
            if (wcf > 0 && !Float.isNaN(cfScores[i])) {
                sum += wcf * cfScores[i];
                weight += wcf;
            }
            if (wc > 0 && !Float.isNaN(contentScores[i])) {
                sum += wc * contentScores[i];
                weight += wc;
            }
            if (wp > 0) {
                sum += wp * popularity[i];
                weight += wp;
            }
            out[i] = weight > 0 ? (float) (sum / weight) : Float.NaN;
        }
    }

    /**
     * The explanation of the part that adds most to the item's score: the collaborative model's (kind
     * of that model), the content model's (kind "content") or popularity (kind "popularity").
     */
    @Override
    public Explanation explain(Profile user, int item) {
        return explain(user, new int[] {item}).get(0);
    }

    /** Explains every item from one scoring of the parts. */
    @Override
    public List<Explanation> explain(Profile user, int[] items) {
        return explain(user, items, parts(user));
    }

    private List<Explanation> explain(Profile user, int[] items, float[][] parts) {
        int[] strongest = new int[items.length];
        for (int k = 0; k < items.length; k++) {
            strongest[k] = items[k] < 0 || items[k] >= all.length ? -1 : strongestPart(user, items[k], parts);
        }
        List<Explanation> cfReasons = cf.explain(user, itemsOf(items, strongest, 0));
        List<Explanation> contentReasons = content.explain(user, itemsOf(items, strongest, 1));
        List<Explanation> out = new ArrayList<>(items.length);
        int nextCf = 0;
        int nextContent = 0;
        for (int k = 0; k < items.length; k++) {
            out.add(switch (strongest[k]) {
                case 0 -> cfReasons.get(nextCf++);
                case 1 -> contentReasons.get(nextContent++);
                case 2 -> new Explanation("popularity", List.of(Explanation.Reason.feature("interactions", counts[items[k]])));
                default -> Explanation.none("hybrid");
            });
        }
        return out;
    }

    private static int[] itemsOf(int[] items, int[] strongest, int part) {
        return IntStream.range(0, items.length).filter(k -> strongest[k] == part).map(k -> items[k]).toArray();
    }

    /** The part (0 collaborative, 1 content, 2 popularity) contributing most to the item's score; -1 for none. */
    private int strongestPart(Profile user, int item, float[][] parts) {
        double[] w = weights(userTrust(user), item);
        int best = -1;
        double bestPart = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < parts.length; p++) {
            double part = w[p] * parts[p][item];
            if (w[p] > 0 && !Double.isNaN(part) && part > bestPart) {
                best = p;
                bestPart = part;
            }
        }
        return best;
    }

    @Override
    public void write(DataOutput out) throws IOException {
        out.writeInt(HybridAlgorithm.payloadVersion());
        out.writeUTF(cfName);
        out.writeDouble(userShrink);
        out.writeDouble(itemShrink);
        out.writeDouble(contentShare);
        BinaryArrays.writeInts(out, counts);
        cf.write(out);
        content.write(out);
    }
}
