package org.movierec.app.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One published run: the {@code movierec} command whose JSON output is {@code docs/results/NAME.json}.
 * Arguments may hold {@code $MOVIEREC_DATASETS} and {@code $WORK} (a scratch folder for generated data),
 * which {@link #arguments} resolves; the JSON file records the command with those names unresolved.
 *
 * @param name   the file's name without {@code .json}, or null for a step that writes no result (data generation)
 * @param quick  true for the runs {@code movierec report --check} repeats (ml-100k, a few minutes)
 * @param html   true when an HTML report is written next to the JSON
 * @param args   the command line after {@code movierec}, without the output options
 */
public record PublishedRun(String name, boolean quick, boolean html, List<String> args) {
    public PublishedRun {
        args = List.copyOf(args);
    }

    /** The command as documented: "movierec evaluate --data $MOVIEREC_DATASETS/ml-100k ...". */
    public String command() {
        return "movierec " + String.join(" ", args);
    }

    /** The arguments to run, with the data-set and scratch folders resolved and the output options added. */
    public List<String> arguments(Path datasets, Path work, Path resultsDir) {
        List<String> out = new ArrayList<>();
        for (String a : args) {
            out.add(a.replace("$MOVIEREC_DATASETS", datasets.toString()).replace("$WORK", work.toString()));
        }
        if (name != null) {
            out.add("--json");
            out.add(resultsDir.resolve(name + ".json").toString());
            if (html) {
                out.add("--html");
                out.add(resultsDir.resolve(name + ".html").toString());
            }
        }
        return out;
    }
}
