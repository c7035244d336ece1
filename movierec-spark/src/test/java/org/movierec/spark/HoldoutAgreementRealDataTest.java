package org.movierec.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.Model;
import org.movierec.core.algo.ModelFile;
import org.movierec.core.algo.Task;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.RatingMatrixBuilder;
import org.movierec.core.data.RatingScale;
import org.movierec.core.eval.Evaluator;
import org.movierec.core.eval.Protocol;
import org.movierec.core.util.Progress;
import picocli.CommandLine;

/**
 * {@code --evaluate holdout:0.1} on ml-100k agrees with the core's {@link Evaluator} measuring the same
 * model on the same split within 0.005 (RMSE for als; recall@10 and nDCG@10 for ials).
 */
@EnabledIfEnvironmentVariable(named = "MOVIEREC_DATASETS", matches = ".+")
class HoldoutAgreementRealDataTest {
    private static final Path ML_100K = Path.of(System.getenv().getOrDefault("MOVIEREC_DATASETS", "."), "ml-100k");

    @Test
    void sparkAndCoreEvaluatorsAgreeOnMl100k(@TempDir Path dir) throws IOException {
        Map<String, Double> ials = sparkFigures("ials", dir.resolve("ials.model"));
        Map<String, Double> core = coreFigures(dir.resolve("ials.model"), Task.RANKING);
        assertThat(ials.get("recall@10")).isCloseTo(core.get("recall"), within(0.005));
        assertThat(ials.get("ndcg@10")).isCloseTo(core.get("ndcg"), within(0.005));
        Map<String, Double> als = sparkFigures("als", dir.resolve("als.model"));
        assertThat(als.get("rmse")).isCloseTo(coreFigures(dir.resolve("als.model"), Task.RATING).get("rmse"), within(0.005));
    }

    /** The figures the command prints after "Evaluated on the cluster". */
    private static Map<String, Double> sparkFigures(String algorithm, Path model) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = MovierecSpark.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("--master", "local[2]", "--data", ML_100K.toString(), "--algorithm", algorithm, "--factors", "8",
                "--iterations", "5", "--evaluate", "holdout:0.1", "--out", model.toString());
        assertThat(code).as(err.toString()).isZero();
        Map<String, Double> figures = new java.util.HashMap<>();
        Matcher m = Pattern.compile("([a-z@0-9]+)=([0-9.]+)").matcher(out.toString().substring(out.toString().indexOf("Evaluated")));
        while (m.find()) {
            figures.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        return figures;
    }

    /** The core's evaluator on the same split (Spark's hash of user, movie and seed) and the same model file. */
    private static Map<String, Double> coreFigures(Path modelFile, Task task) throws IOException {
        ModelFile.Loaded loaded = ModelFile.load(modelFile, AlgorithmRegistry.standard());
        List<Row> rows;
        SparkSession spark = SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false").getOrCreate();
        try {
            HoldoutEvaluation holdout = new HoldoutEvaluation(0.1, 42);
            rows = RatingSource.open(spark, ML_100K.toString(), "auto").ratings().withColumn("test", holdout.isTest()).collectAsList();
        } finally {
            spark.stop();
        }
        IdIndex users = IdIndex.of(loaded.users().ids());
        IdIndex items = IdIndex.of(loaded.items().ids());
        rows.forEach(r -> {
            users.add(r.getInt(0));
            items.add(r.getInt(1));
        });
        RatingMatrixBuilder train = new RatingMatrixBuilder(users, items, RatingScale.WHOLE_STARS, rows.size(), false);
        RatingMatrixBuilder test = new RatingMatrixBuilder(users, items, RatingScale.WHOLE_STARS, rows.size(), false);
        rows.forEach(r -> (r.getBoolean(3) ? test : train).addById(r.getInt(0), r.getInt(1), r.getFloat(2), 0));
        Algorithm trained = new Algorithm() {
            @Override
            public String name() {
                return loaded.algorithm();
            }

            @Override
            public Map<String, Object> params() {
                return Map.copyOf(loaded.params());
            }

            @Override
            public Model fit(RatingMatrix ratings, Progress progress) {
                return loaded.model();
            }
        };
        Protocol protocol = new Protocol("ml-100k", "holdout:0.1", 42, task, 10, Double.NaN);
        return new Evaluator(protocol, null).evaluateFold(trained, train.build(), test.build(), Set.of(task)).get(task);
    }
}
