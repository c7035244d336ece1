package org.movierec.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.AlgorithmSpec;
import org.movierec.core.algo.Model;
import org.movierec.core.algo.ParamSpec;
import org.movierec.core.algo.Task;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;
import picocli.CommandLine;

class EvaluateCommandTest {

    private record Named(String name) implements Algorithm {
        @Override
        public Map<String, Object> params() {
            return Map.of();
        }

        @Override
        public Model fit(RatingMatrix train, Progress progress) {
            throw new UnsupportedOperationException("not fitted in this test");
        }
    }

    private static AlgorithmSpec spec(String name, Task... tasks) {
        return new AlgorithmSpec(name, name, Set.of(tasks), List.<ParamSpec>of(), p -> new Named(name), in -> null);
    }

    private final AlgorithmRegistry registry = new AlgorithmRegistry(List.of(spec("baseline", Task.RATING),
            spec("popular", Task.RANKING), spec("svd", Task.RATING, Task.RANKING)));

    @Test
    void allMeansRatingModelsForRatingAndEveryModelForRanking() {
        assertThat(EvaluateCommand.parseAlgorithms(registry, "all", Task.RATING)).extracting(Algorithm::name)
                .containsExactly("baseline", "svd");
        assertThat(EvaluateCommand.parseAlgorithms(registry, "all", Task.RANKING)).extracting(Algorithm::name)
                .containsExactly("baseline", "popular", "svd");
        assertThatThrownBy(() -> EvaluateCommand.parseAlgorithms(registry, "svd,popular", Task.RATING))
                .hasMessageContaining("popular ranks items").hasMessageContaining("--task ranking");
    }

    @Test
    void badOptionsGiveOneSentenceAndStatusOne() {
        StringWriter err = new StringWriter();
        CommandLine cli = MovierecCommand.commandLine();
        cli.setErr(new PrintWriter(err));
        int status = cli.execute("evaluate", "--data", "nowhere", "--algorithms", "all", "--split", "random:3");
        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).startsWith("movierec: unknown split 'random:3'").doesNotContain("Exception");

        err.getBuffer().setLength(0);
        status = cli.execute("evaluate", "--data", "nowhere", "--algorithms", "all", "--task", "clustering");
        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("unknown task 'clustering'");
    }

    @Test
    void tuneNeedsGridOrRandom() {
        StringWriter err = new StringWriter();
        CommandLine cli = MovierecCommand.commandLine();
        cli.setErr(new PrintWriter(err));
        int status = cli.execute("tune", "--data", "nowhere", "--algorithm", "svd", "--out", "x.json");
        assertThat(status).isNotZero();
        assertThat(err.toString()).contains("--grid").contains("--random");

        err.getBuffer().setLength(0);
        status = cli.execute("tune", "--data", "nowhere", "--algorithm", "baseline", "--grid", "epochs=1,2", "--metric", "ndcg",
                "--out", "x.json");
        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("unknown metric 'ndcg' for --task rating").contains("rmse, mae");
    }
}
