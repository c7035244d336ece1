package org.movierec.core.algo.content;

import java.io.DataInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmSpec;
import org.movierec.core.algo.ParamSpec;
import org.movierec.core.algo.PayloadVersion;
import org.movierec.core.algo.Task;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.ItemFeatures;
import org.movierec.core.data.ItemFeatures.Kind;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.BinaryArrays;
import org.movierec.core.util.Progress;

/**
 * Content-based filtering: each item is a TF-IDF vector of its catalogue features, the user a
 * rating-weighted sum of the vectors of the items they rated, and the score the cosine of the two.
 * Every feature kind's part of an item vector is scaled to unit length and then to its kind's
 * weight, and all item vectors are divided by one constant (at most unit length: missing facts make a
 * vector shorter, never its other parts longer), so the weights say how much each kind counts
 * (weight 0 leaves a kind out). Features come from {@link #withItemFeatures}; the ratings only
 * decide which items are in the index, so items nobody rated are scored like any other.
 *
 * @param genres weight of genres
 * @param year weight of the release decade
 * @param tags weight of tags (term frequency 1 + ln(count))
 * @param directors weight of directors
 * @param writers weight of writers
 * @param cast weight of the first-billed actors
 * @param keywords weight of plot keywords
 * @param castSize how many first-billed actors count
 * @param minItems a feature is kept when at least this many items of the index have it
 * @param weighting how a rated item's vector enters the user profile
 * @param features the catalogue's features, or null until bound
 */
public record ContentAlgorithm(double genres, double year, double tags, double directors, double writers, double cast,
        double keywords, int castSize, int minItems, Weighting weighting, ItemFeatures features) implements Algorithm {

    public static final String NAME = "content";
    private static final int PAYLOAD_VERSION = 1;

    /** How a rated item's vector is weighted in the user profile. */
    public enum Weighting {
        /** The rating minus the user's mean rating (all items weigh 1 when every rating is the mean). */
        CENTRED,
        /** Every rated item weighs 1. */
        BINARY
    }

    public ContentAlgorithm {
        double[] weights = {genres, year, tags, directors, writers, cast, keywords};
        double sum = 0;
        for (double w : weights) {
            if (!(w >= 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("content feature weights must be finite and >= 0, got " + Arrays.toString(weights));
            }
            sum += w;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("content needs at least one feature weight above 0");
        }
        if (castSize < 1 || minItems < 1) {
            throw new IllegalArgumentException("content needs cast-size >= 1 and min-items >= 1, got " + castSize + " and " + minItems);
        }
    }

    /** The registry entry. */
    public static AlgorithmSpec spec() {
        return new AlgorithmSpec(NAME, "content-based filtering: cosine of TF-IDF feature vectors (genres, decade, tags, "
                + "directors, writers, cast, keywords) with the user's rating-weighted profile; ranks unrated movies too",
                Set.of(Task.RANKING), paramSpecs(),
                p -> new ContentAlgorithm(p.getDouble("genres"), p.getDouble("year"), p.getDouble("tags"),
                        p.getDouble("directors"), p.getDouble("writers"), p.getDouble("cast"), p.getDouble("keywords"),
                        p.getInt("cast-size"), p.getInt("min-items"),
                        Weighting.valueOf(p.getString("weighting").toUpperCase(Locale.ROOT)), null),
                ContentAlgorithm::read);
    }

    static List<ParamSpec> paramSpecs() {
        List<ParamSpec> params = new ArrayList<>();
        params.add(ParamSpec.ofDouble("genres", 1, "weight of genres"));
        params.add(ParamSpec.ofDouble("year", 0.5, "weight of the release decade"));
        params.add(ParamSpec.ofDouble("tags", 1, "weight of tags (user tags and metadata tags)"));
        params.add(ParamSpec.ofDouble("directors", 1, "weight of directors (metadata)"));
        params.add(ParamSpec.ofDouble("writers", 0.5, "weight of writers (metadata)"));
        params.add(ParamSpec.ofDouble("cast", 1, "weight of the first-billed actors (metadata)"));
        params.add(ParamSpec.ofDouble("keywords", 0.5, "weight of plot keywords (metadata)"));
        params.add(ParamSpec.ofInt("cast-size", 3, "how many first-billed actors count"));
        params.add(ParamSpec.ofInt("min-items", 2, "keep a feature only when at least this many movies have it"));
        params.add(ParamSpec.ofChoice("weighting", "centred",
                "profile weight of a rated movie: rating minus the user's mean, or 1", "centred", "binary"));
        return params;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("genres", genres);
        p.put("year", year);
        p.put("tags", tags);
        p.put("directors", directors);
        p.put("writers", writers);
        p.put("cast", cast);
        p.put("keywords", keywords);
        p.put("cast-size", castSize);
        p.put("min-items", minItems);
        p.put("weighting", weighting.name().toLowerCase(Locale.ROOT));
        return p;
    }

    @Override
    public ContentAlgorithm withItemFeatures(ItemFeatures bound) {
        return new ContentAlgorithm(genres, year, tags, directors, writers, cast, keywords, castSize, minItems, weighting, bound);
    }

    private double weight(Kind kind) {
        return switch (kind) {
            case GENRE -> genres;
            case DECADE -> year;
            case TAG -> tags;
            case DIRECTOR -> directors;
            case WRITER -> writers;
            case CAST -> cast;
            case KEYWORD -> keywords;
        };
    }

    /**
     * Builds the item vectors of the training index's items.
     *
     * @throws IllegalStateException when no item features were bound
     */
    @Override
    public ContentModel fit(RatingMatrix train, Progress progress) {
        if (features == null) {
            throw new IllegalStateException("content needs the catalogue's item features: bind them with "
                    + "withItemFeatures(ItemFeatures.of(dataset)) before fitting");
        }
        IdIndex index = train.items();
        int n = train.itemCount();
        ItemFeatures.Terms[] terms = new ItemFeatures.Terms[n];
        int[] df = new int[features.termCount()];
        for (int i = 0; i < n; i++) {
            terms[i] = features.of(index.idAt(i));
            for (int k = 0; k < terms[i].size(); k++) {
                if (keeps(terms[i].terms()[k], terms[i].values()[k])) {
                    df[terms[i].terms()[k]]++;
                }
            }
        }
        int[] column = new int[df.length];
        int columns = 0;
        for (int t = 0; t < df.length; t++) {
            column[t] = df[t] >= minItems ? columns++ : -1;
        }
        String[] names = new String[columns];
        byte[] kinds = new byte[columns];
        boolean[] kindUsed = new boolean[Kind.values().length];
        for (int t = 0; t < df.length; t++) {
            if (column[t] >= 0) {
                names[column[t]] = features.name(t);
                kinds[column[t]] = (byte) features.kind(t).ordinal();
                kindUsed[kinds[column[t]]] = true;
            }
        }
        double allKinds = 0;
        for (Kind kind : Kind.values()) {
            allKinds += kindUsed[kind.ordinal()] ? weight(kind) * weight(kind) : 0;
        }
        double scale = allKinds > 0 ? 1 / Math.sqrt(allKinds) : 0;
        int[] ptr = new int[n + 1];
        int[] cols = new int[16];
        float[] vals = new float[16];
        int nnz = 0;
        double[] kindNorm = new double[Kind.values().length];
        for (int i = 0; i < n; i++) {
            int start = nnz;
            Arrays.fill(kindNorm, 0);
            ItemFeatures.Terms t = terms[i];
            for (int k = 0; k < t.size(); k++) {
                int term = t.terms()[k];
                if (column[term] < 0 || !keeps(term, t.values()[k])) {
                    continue;
                }
                double tf = features.kind(term) == Kind.TAG ? 1 + Math.log(Math.max(1, t.values()[k])) : 1;
                double value = tf * Math.log((double) n / df[term]) + tf;
                if (nnz == cols.length) {
                    cols = Arrays.copyOf(cols, nnz * 2);
                    vals = Arrays.copyOf(vals, nnz * 2);
                }
                cols[nnz] = column[term];
                vals[nnz++] = (float) value;
                kindNorm[features.kind(term).ordinal()] += value * value;
            }
            for (int k = 0; k < kindNorm.length; k++) {
                if (kindNorm[k] > 0) {
                    kindNorm[k] = weight(Kind.values()[k]) / Math.sqrt(kindNorm[k]);
                }
            }
            for (int k = start; k < nnz; k++) {
                vals[k] = (float) (vals[k] * kindNorm[kinds[cols[k]]] * scale);
            }
            ptr[i + 1] = nnz;
        }
        return new ContentModel(weighting, ptr, Arrays.copyOf(cols, nnz), Arrays.copyOf(vals, nnz), names, kinds);
    }

    private boolean keeps(int term, float value) {
        Kind kind = features.kind(term);
        return weight(kind) > 0 && (kind != Kind.CAST || value <= castSize);
    }

    static ContentModel read(DataInput in) throws IOException {
        PayloadVersion.check(in, NAME, PAYLOAD_VERSION);
        Weighting weighting = Weighting.values()[in.readByte()];
        int[] ptr = BinaryArrays.readInts(in);
        int[] cols = BinaryArrays.readInts(in);
        float[] vals = BinaryArrays.readFloats(in);
        int columns = in.readInt();
        String[] names = new String[columns];
        byte[] kinds = new byte[columns];
        for (int c = 0; c < columns; c++) {
            kinds[c] = in.readByte();
            names[c] = in.readUTF();
        }
        return new ContentModel(weighting, ptr, cols, vals, names, kinds);
    }

    static int payloadVersion() {
        return PAYLOAD_VERSION;
    }
}
