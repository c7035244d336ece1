package org.movierec.core.eval;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A split as written on the command line: {@code kfold:5}, {@code ml100k-u}, {@code holdout:0.2},
 * {@code user-holdout:0.25}, {@code temporal-last:10}, {@code temporal-cut:TIMESTAMP} (epoch
 * seconds), or the cold-start splits {@code user-cold:N} (new users with N training ratings) and
 * {@code item-cold:FRACTION} (new movies without training ratings). Parsing checks the syntax;
 * {@link #splitter} binds the seed and, for {@code ml100k-u},
 * the release folder.
 *
 * @param kind the word before the colon
 * @param argument the text after the colon, or "" when there is none
 */
public record SplitSpec(String kind, String argument) {

    /** The accepted forms, for error messages and help. */
    public static final String FORMS = "kfold:K, ml100k-u, holdout:FRACTION, user-holdout:FRACTION, temporal-last:N, temporal-cut:TIMESTAMP, user-cold:N, item-cold:FRACTION";

    /**
     * Parses a split.
     *
     * @throws IllegalArgumentException naming the problem and the accepted forms
     */
    public static SplitSpec parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        int colon = t.indexOf(':');
        String kind = colon < 0 ? t : t.substring(0, colon);
        String arg = colon < 0 ? "" : t.substring(colon + 1).trim();
        SplitSpec spec = new SplitSpec(kind, arg);
        switch (kind) {
            case "ml100k-u" -> {
                if (!arg.isEmpty()) {
                    throw new IllegalArgumentException("the split ml100k-u takes no argument, got '" + text + "'");
                }
            }
            case "kfold", "temporal-last" -> {
                int n = spec.intArgument(text);
                if (kind.equals("kfold") && n < 2) {
                    throw new IllegalArgumentException("kfold needs at least 2 folds in '" + text + "'");
                }
                if (n < 1) {
                    throw new IllegalArgumentException("temporal-last needs a positive count in '" + text + "'");
                }
            }
            case "user-cold" -> {
                if (spec.intArgument(text) < 0) {
                    throw new IllegalArgumentException("user-cold needs a count of training ratings >= 0 in '" + text + "'");
                }
            }
            case "holdout", "user-holdout", "item-cold" -> {
                double f = spec.fractionArgument(text);
                if (!(f > 0 && f < 1)) {
                    throw new IllegalArgumentException("the fraction in '" + text + "' must be between 0 and 1 (exclusive)");
                }
            }
            case "temporal-cut" -> spec.longArgument(text);
            default -> throw new IllegalArgumentException("unknown split '" + text + "'; use one of " + FORMS);
        }
        return spec;
    }

    /**
     * The splitter for this spec.
     *
     * @param seed seeds the random splits (ignored by the canonical and temporal ones)
     * @param data the data set's path; the ml100k-u split reads its u1..u5 files from there
     */
    public Splitter splitter(long seed, Path data) {
        return switch (kind) {
            case "kfold" -> new KFoldSplitter(intArgument(kind), seed);
            case "ml100k-u" -> {
                if (data == null) {
                    throw new IllegalArgumentException("the ml100k-u split needs the path of the ml-100k release");
                }
                yield new CanonicalFoldsSplitter(data);
            }
            case "holdout" -> new HoldoutSplitter(fractionArgument(kind), seed);
            case "user-holdout" -> new UserHoldoutSplitter(fractionArgument(kind), seed);
            case "temporal-last" -> new TemporalLastSplitter(intArgument(kind));
            case "user-cold" -> new UserColdSplitter(intArgument(kind), seed);
            case "item-cold" -> new ItemColdSplitter(fractionArgument(kind), seed);
            case "temporal-cut" -> new TemporalCutSplitter(longArgument(kind));
            default -> throw new IllegalStateException("unparsed split kind " + kind);
        };
    }

    @Override
    public String toString() {
        return argument.isEmpty() ? kind : kind + ":" + argument;
    }

    private int intArgument(String text) {
        try {
            return Integer.parseInt(requireArgument(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the split '" + text + "' needs a whole number after the colon, e.g. " + kind + ":5");
        }
    }

    private long longArgument(String text) {
        try {
            return Long.parseLong(requireArgument(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the split '" + text + "' needs a timestamp in epoch seconds after the colon, e.g. temporal-cut:893286638");
        }
    }

    private double fractionArgument(String text) {
        try {
            return Double.parseDouble(requireArgument(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the split '" + text + "' needs a fraction after the colon, e.g. " + kind + ":0.2");
        }
    }

    private String requireArgument(String text) {
        if (argument.isEmpty()) {
            throw new NumberFormatException();
        }
        return argument;
    }
}
