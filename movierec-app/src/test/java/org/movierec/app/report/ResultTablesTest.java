package org.movierec.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultTablesTest {
    @TempDir
    Path dir;

    /** A ranking result file with the given (algorithm, nDCG, fit seconds) rows. */
    private void ranking(String name, Object[]... rows) throws IOException {
        StringBuilder results = new StringBuilder();
        for (Object[] r : rows) {
            results.append(results.isEmpty() ? "" : ",").append("{\"algorithm\":\"").append(r[0]).append("\",\"params\":{},")
                    .append("\"metrics\":{\"ndcg\":{\"mean\":").append(r[1]).append("},\"precision\":{\"mean\":0.4},")
                    .append("\"recall\":{\"mean\":0.2},\"map\":{\"mean\":0.3},\"coverage\":{\"mean\":0.1},")
                    .append("\"personalization\":{\"mean\":0.9},\"fitSeconds\":{\"mean\":").append(r[2]).append("}}}");
        }
        Files.writeString(dir.resolve(name + ".json"), "{\"run\":{\"command\":\"movierec evaluate --task ranking --seed 42"
                + " --no-progress\",\"loadAverageBefore\":1.5,\"loadAverageAfter\":2.5},\"data\":\"ml-100k\","
                + "\"results\":[" + results + "]}");
    }

    @Test
    void rankingTableListsTheRankingModelsThenTheBestRatingModelWithTheBestInBold() throws IOException {
        ranking("ranking-ml100k", new Object[] {"svd", 0.09, 0.3}, new Object[] {"bmf", 0.14, 4.0},
                new Object[] {"popular", 0.25, 0.01}, new Object[] {"ials", 0.49, 3.1});
        String table = new ResultTables(new ResultFiles(dir, null), true).render("ranking-ml100k");
        assertThat(table).startsWith("```bash\n./movierec evaluate --task ranking --seed 42\n```\n\n");
        List<String> rows = table.lines().filter(l -> l.startsWith("|")).toList();
        assertThat(rows.get(0)).startsWith("| algorithm (ml-100k) | nDCG@10 | P@10 |");
        assertThat(rows.subList(2, rows.size())).containsExactly(
                "| `popular` | 0.2500 | 0.4000 | 0.2000 | 0.3000 | 0.100 | 0.900 | 0.010 |",
                "| **`ials`** | **0.4900** | 0.4000 | 0.2000 | 0.3000 | 0.100 | 0.900 | 3.100 |",
                "| `bmf` (best rating model) | 0.1400 | 0.4000 | 0.2000 | 0.3000 | 0.100 | 0.900 | 4.000 |");
        for (String row : rows) {
            assertThat(row.split("\\|", -1)).hasSameSizeAs(rows.get(0).split("\\|", -1));
        }
        assertThat(table).endsWith("Files: `docs/results/ranking-ml100k.json`; load average 1.5–2.5 during the runs (2 cores).\n");
    }

    @Test
    void withoutTimingsFitSecondsAndLoadAreMasked() throws IOException {
        ranking("ranking-ml100k", new Object[] {"ials", 0.49, 3.1});
        String table = new ResultTables(new ResultFiles(dir, null), false).render("ranking-ml100k");
        assertThat(table).contains("| **`ials`** | **0.4900** | 0.4000 | 0.2000 | 0.3000 | 0.100 | 0.900 | · |")
                .doesNotContain("load average");
    }

    @Test
    void freshFilesOverrideThePublishedOnes() throws IOException {
        ranking("ranking-ml100k", new Object[] {"ials", 0.49, 3.1});
        Path published = dir;
        dir = Files.createDirectories(published.resolve("fresh"));
        ranking("ranking-ml100k", new Object[] {"ials", 0.51, 3.1});
        assertThat(new ResultTables(new ResultFiles(published, dir), true).render("ranking-ml100k")).contains("0.5100");
        assertThat(new ResultTables(new ResultFiles(published, null), true).render("ranking-ml100k")).contains("0.4900");
    }

    @Test
    void heldOutSeedsShowMeanAndStandardDeviationOverTheSeeds() throws IOException {
        ranking("ranking-ml100k", new Object[] {"ials", 0.49, 3.1}, new Object[] {"svd", 0.09, 0.3});
        double[] ndcg = {0.40, 0.42, 0.44, 0.46, 0.48};
        for (int s = 0; s < ndcg.length; s++) {
            ranking("ranking-ml100k-seed" + PublishedRuns.HELD_OUT_SEEDS.get(s), new Object[] {"ials", ndcg[s], 3.0});
        }
        String table = new ResultTables(new ResultFiles(dir, null), true).render("ranking-ml100k-seeds");
        // mean 0.44, population standard deviation sqrt(0.0008) = 0.0283
        assertThat(table).contains("| `ials` | 0.4900 | 0.4400 ± 0.0283 | 0.4000 ± 0.0000 | 0.2000 ± 0.0000 |")
                .doesNotContain("`svd`");
    }

    @Test
    void aMissingFileOrAnUnknownSectionIsNamed() {
        ResultTables tables = new ResultTables(new ResultFiles(dir, null), true);
        assertThatThrownBy(() -> tables.render("ranking-mlsmall")).hasMessageContaining("ranking-mlsmall.json is missing");
        assertThatThrownBy(() -> tables.render("nonsense")).hasMessageContaining("unknown results section 'nonsense'");
    }
}
