package org.movierec.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.Task;

/**
 * Every run whose figures README.md and docs/ publish, in the order {@code movierec report} runs them. The
 * quick ones (ml-100k without the held-out seeds, a few minutes) are what {@code --check} repeats.
 * Adding a published figure means adding its run here and its table to {@link ResultTables}.
 */
public final class PublishedRuns {
    /** The split seeds of the held-out top-N table: no default was tuned on them (see docs/TOPN.md). */
    public static final List<Integer> HELD_OUT_SEEDS = List.of(101, 102, 103, 104, 105);

    static final String ML100K = "$MOVIEREC_DATASETS/ml-100k";
    static final String MLSMALL = "$MOVIEREC_DATASETS/ml-latest-small";
    /** The generated ml-1m-sized set the benchmarks read (made by the one step that writes no result). */
    public static final String GEN1M = "$WORK/gen1m";
    static final String SERVED = "ease:min-support=5,hybrid,ials,content,itemknn,userknn,svd,popular";
    private static final List<String> METADATA = List.of("--metadata", "$MOVIEREC_DATASETS/ml-1m-extrainfos",
            "--metadata", "$MOVIEREC_DATASETS/hetrec2011-movielens-2k-v2");

    private PublishedRuns() {
    }

    /** The runs in order: quick ones first, then data generation, the slower evaluations and benchmarks. */
    public static List<PublishedRun> all() {
        List<PublishedRun> runs = new ArrayList<>();
        runs.add(evaluate("rating-ml100k", true, ML100K, "rating", "all", "ml100k-u", 42));
        runs.add(evaluate("ranking-ml100k", true, ML100K, "ranking", "all", "user-holdout:0.25", 42));
        for (int seed : HELD_OUT_SEEDS) {
            runs.add(evaluate("ranking-ml100k-seed" + seed, false, ML100K, "ranking", rankingOnly(), "user-holdout:0.25", seed));
        }
        runs.add(evaluate("coldstart-users-ml100k", true, ML100K, "ranking", "popular,ials,hybrid", "user-cold:1", 42));
        runs.add(evaluate("coldstart-items-ml100k", true, ML100K, "ranking", "popular,ials,content", "item-cold:0.2", 42));
        runs.add(evaluate("rating-mlsmall", false, MLSMALL, "rating", "all", "kfold:5", 42));
        runs.add(withMetadata(evaluate("ranking-mlsmall", false, MLSMALL, "ranking", "all", "user-holdout:0.25", 42)));
        runs.add(withMetadata(evaluate("coldstart-users-mlsmall", false, MLSMALL, "ranking", "popular,ials,hybrid",
                "user-cold:1", 42)));
        runs.add(withMetadata(evaluate("coldstart-items-mlsmall", false, MLSMALL, "ranking", "popular,ials,content",
                "item-cold:0.2", 42)));
        runs.add(new PublishedRun(null, false, false, List.of("generate", "--users", "6040", "--movies", "3706",
                "--ratings", "1000209", "--format", "ml-1m", "--seed", "1", "--out", GEN1M)));
        runs.add(new PublishedRun("bench-parse-gen1m", false, false, List.of("bench", "parse", "--data", GEN1M, "--runs", "5")));
        runs.add(new PublishedRun("bench-import-gen1m", false, false,
                List.of("bench", "import", "--data", GEN1M, "--database", "$WORK/gen1m.db", "--runs", "3")));
        runs.add(new PublishedRun("bench-fit-gen1m", false, false, List.of("bench", "fit", "--data", GEN1M, "--algorithms",
                "svd:factors=100,epochs=20,svdpp:factors=20,epochs=20,itemknn", "--split", "holdout:0.2", "--seed", "1",
                "--runs", "3")));
        List<String> mlsmall = new ArrayList<>(List.of("bench", "recommend", "--data", MLSMALL));
        mlsmall.addAll(METADATA);
        mlsmall.addAll(List.of("--algorithms", SERVED));
        runs.add(new PublishedRun("bench-recommend-mlsmall", false, false, mlsmall));
        runs.add(new PublishedRun("bench-recommend-gen1m", false, false,
                List.of("bench", "recommend", "--data", GEN1M, "--algorithms", SERVED)));
        return runs;
    }

    /** The algorithms that only rank (the held-out seeds leave out the rating models, which rank far worse). */
    static String rankingOnly() {
        AlgorithmRegistry registry = AlgorithmRegistry.standard();
        return registry.namesFor(Task.RANKING).stream().filter(n -> !registry.spec(n).tasks().contains(Task.RATING))
                .collect(Collectors.joining(","));
    }

    private static PublishedRun evaluate(String name, boolean quick, String data, String task, String algorithms,
            String split, int seed) {
        List<String> args = new ArrayList<>(List.of("evaluate", "--task", task));
        if (task.equals("ranking")) {
            args.addAll(List.of("--k", "10"));
        }
        args.addAll(List.of("--data", data, "--algorithms", algorithms, "--split", split, "--seed", Integer.toString(seed),
                "--no-progress"));
        return new PublishedRun(name, quick, name.matches("(rating|ranking)-(ml100k|mlsmall)"), args);
    }

    private static PublishedRun withMetadata(PublishedRun run) {
        List<String> args = new ArrayList<>(run.args());
        args.addAll(METADATA);
        return new PublishedRun(run.name(), run.quick(), run.html(), args);
    }
}
