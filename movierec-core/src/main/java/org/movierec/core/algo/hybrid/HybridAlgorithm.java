package org.movierec.core.algo.hybrid;

import java.io.DataInput;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmSpec;
import org.movierec.core.algo.Model;
import org.movierec.core.algo.ParamSpec;
import org.movierec.core.algo.PayloadVersion;
import org.movierec.core.algo.Task;
import org.movierec.core.algo.content.ContentAlgorithm;
import org.movierec.core.algo.content.ContentModel;
import org.movierec.core.algo.implicit.BprAlgorithm;
import org.movierec.core.algo.implicit.IalsAlgorithm;
import org.movierec.core.algo.implicit.ItemKnnImplicitAlgorithm;
import org.movierec.core.algo.linear.EaseAlgorithm;
import org.movierec.core.data.ItemFeatures;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.BinaryArrays;
import org.movierec.core.util.Progress;

/**
 * A switching-by-confidence hybrid of a collaborative top-N model, content-based filtering and
 * popularity. Each part's scores are standardised per request (z-scores over the items it scores),
 * then mixed per item with weights that follow how much is known (see {@link HybridModel}):
 * collaborative weight a·b with a = n_u / (n_u + user-shrink) for a profile of n_u ratings and
 * b = n_i / (n_i + item-shrink) for an item with n_i training ratings; the rest goes to content
 * ({@code content-share}) and popularity. New users so lean on content and popularity, new movies on
 * content alone.
 *
 * @param collaborative the collaborative part's algorithm name: ials, ease, bpr or itemknn-implicit, at
 *     its registry defaults
 * @param content the content part (its defaults; features bound with {@link #withItemFeatures})
 */
public record HybridAlgorithm(String collaborative, double userShrink, double itemShrink, double contentShare,
        ContentAlgorithm content) implements Algorithm {

    public static final String NAME = "hybrid";
    private static final int PAYLOAD_VERSION = 1;
    private static final List<String> COLLABORATIVE = List.of(IalsAlgorithm.NAME, EaseAlgorithm.NAME, BprAlgorithm.NAME,
            ItemKnnImplicitAlgorithm.NAME);

    public HybridAlgorithm {
        collaborativeSpec(collaborative);
        if (!(userShrink >= 0) || !(itemShrink >= 0) || Double.isInfinite(userShrink) || Double.isInfinite(itemShrink)) {
            throw new IllegalArgumentException("hybrid needs user-shrink and item-shrink >= 0, got " + userShrink + " and " + itemShrink);
        }
        if (!(contentShare >= 0 && contentShare <= 1)) {
            throw new IllegalArgumentException("content-share of hybrid must be between 0 and 1, was " + contentShare);
        }
    }

    /** The registry entry. */
    public static AlgorithmSpec spec() {
        List<ParamSpec> params = List.of(
                ParamSpec.ofChoice("cf", IalsAlgorithm.NAME, "the collaborative part, at its defaults",
                        COLLABORATIVE.toArray(new String[0])),
                ParamSpec.ofDouble("user-shrink", 10, "collaborative trust in a user: n / (n + user-shrink) for n ratings"),
                ParamSpec.ofDouble("item-shrink", 1, "collaborative trust in an item: n / (n + item-shrink) for n training ratings"),
                ParamSpec.ofDouble("content-share", 0.1, "share of content (the rest: popularity) in the non-collaborative weight"));
        return new AlgorithmSpec(NAME, "hybrid of a collaborative model, content and popularity, weighted by how much is "
                + "known of the user and the movie (cold start)", Set.of(Task.RANKING), params,
                p -> new HybridAlgorithm(p.getString("cf"), p.getDouble("user-shrink"), p.getDouble("item-shrink"),
                        p.getDouble("content-share"), (ContentAlgorithm) ContentAlgorithm.spec().create(Map.of())),
                HybridAlgorithm::read);
    }

    private static AlgorithmSpec collaborativeSpec(String name) {
        return switch (name) {
            case IalsAlgorithm.NAME -> IalsAlgorithm.spec();
            case EaseAlgorithm.NAME -> EaseAlgorithm.spec();
            case BprAlgorithm.NAME -> BprAlgorithm.spec();
            case ItemKnnImplicitAlgorithm.NAME -> ItemKnnImplicitAlgorithm.spec();
            default -> throw new IllegalArgumentException("the collaborative part of hybrid must be one of "
                    + String.join(", ", COLLABORATIVE) + ", not '" + name + "'");
        };
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("cf", collaborative);
        p.put("user-shrink", userShrink);
        p.put("item-shrink", itemShrink);
        p.put("content-share", contentShare);
        return p;
    }

    @Override
    public HybridAlgorithm withItemFeatures(ItemFeatures features) {
        return new HybridAlgorithm(collaborative, userShrink, itemShrink, contentShare, content.withItemFeatures(features));
    }

    /**
     * Fits the collaborative and the content parts on the ratings.
     *
     * @throws IllegalStateException when no item features were bound
     */
    @Override
    public HybridModel fit(RatingMatrix train, Progress progress) {
        ContentModel contentModel = content.fit(train, progress);
        Model cf = collaborativeSpec(collaborative).create(Map.of()).fit(train, progress);
        int[] counts = new int[train.itemCount()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = train.itemRatingCount(i);
        }
        return new HybridModel(collaborative, cf, contentModel, counts, userShrink, itemShrink, contentShare);
    }

    static HybridModel read(DataInput in) throws IOException {
        PayloadVersion.check(in, NAME, PAYLOAD_VERSION);
        String cfName = in.readUTF();
        double userShrink = in.readDouble();
        double itemShrink = in.readDouble();
        double contentShare = in.readDouble();
        int[] counts = BinaryArrays.readInts(in);
        Model cf = collaborativeSpec(cfName).reader().read(in);
        ContentModel content = (ContentModel) ContentAlgorithm.spec().reader().read(in);
        return new HybridModel(cfName, cf, content, counts, userShrink, itemShrink, contentShare);
    }

    static int payloadVersion() {
        return PAYLOAD_VERSION;
    }
}
