package org.movierec.app.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.movierec.app.report.MarkedSections;
import org.movierec.app.report.PublishedRun;
import org.movierec.app.report.PublishedRuns;
import org.movierec.app.report.ResultFiles;
import org.movierec.app.report.ResultTables;
import org.movierec.app.report.RunProvenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code movierec report}: reruns every published evaluation and benchmark ({@link PublishedRuns}), each in
 * its own JVM, writes docs/results/NAME.json stamped with its provenance, and regenerates every marked
 * section of README.md and docs/*.md from those files. {@code --check} reruns the quick ones into a scratch
 * folder and fails when a page differs from its files or a fresh run differs from the published one.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Rerun every published evaluation and benchmark, write docs/results/*.json and regenerate the "
                + "result tables of README.md and docs/*.md (between <!-- results:NAME --> and <!-- /results --> lines).",
            "--check reruns the quick ones (ml-100k) and fails when a table differs from a fresh run."})
final class ReportCommand implements Callable<Integer> {

    @Option(names = "--root", defaultValue = ".", paramLabel = "DIR",
            description = "The repository: README.md, docs/ and docs/results/ (default: the current folder).")
    Path root;

    @Option(names = "--datasets", paramLabel = "DIR", defaultValue = "${env:MOVIEREC_DATASETS}",
            description = "The folder holding ml-100k/, ml-latest-small/ and the metadata (default: $MOVIEREC_DATASETS).")
    Path datasets;

    @Option(names = "--check", description = "Rerun the quick runs into a scratch folder and compare; write nothing.")
    boolean check;

    @Option(names = "--quick", description = "Rerun only the quick runs (ml-100k), then regenerate every table.")
    boolean quick;

    @Option(names = "--tables-only", description = "Run nothing: regenerate the tables from docs/results/.")
    boolean tablesOnly;

    @Option(names = "--only", split = ",", paramLabel = "NAME",
            description = "Rerun only these result files (e.g. ranking-mlsmall), then regenerate every table.")
    List<String> only = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path results = root.resolve("docs/results");
        if (!Files.isRegularFile(root.resolve("README.md")) || !Files.isDirectory(results)) {
            throw new IllegalArgumentException(root.toAbsolutePath() + " is not the movierec repository (no README.md and docs/results/)");
        }
        Path work = Files.createTempDirectory("movierec-report");
        try {
            if (check) {
                return check(results, work);
            }
            if (!tablesOnly) {
                runAll(selected(), results, work);
            }
            for (Path page : pages()) {
                String text = Files.readString(page);
                ResultTables tables = new ResultTables(new ResultFiles(results, null), true);
                String updated = MarkedSections.replace(text, tables::render);
                if (!updated.equals(text)) {
                    Files.writeString(page, updated);
                    say("updated " + root.relativize(page));
                }
            }
            return 0;
        } finally {
            deleteTree(work);
        }
    }

    private List<PublishedRun> selected() {
        List<PublishedRun> runs = new ArrayList<>();
        for (PublishedRun run : PublishedRuns.all()) {
            boolean wanted = only.isEmpty() ? !quick || run.quick()
                    : run.name() == null ? PublishedRuns.all().stream()
                            .anyMatch(r -> only.contains(r.name()) && r.args().contains(PublishedRuns.GEN1M))
                    : only.contains(run.name());
            if (wanted) {
                runs.add(run);
            }
        }
        for (String name : only) {
            if (runs.stream().noneMatch(r -> name.equals(r.name()))) {
                throw new IllegalArgumentException("no published run writes " + name + ".json");
            }
        }
        return runs;
    }

    private int check(Path results, Path work) throws IOException, InterruptedException {
        Path fresh = Files.createDirectories(work.resolve("results"));
        List<String> problems = new ArrayList<>();
        ResultTables published = new ResultTables(new ResultFiles(results, null), true);
        for (Path page : pages()) {
            for (Map.Entry<String, String> s : MarkedSections.read(Files.readString(page)).entrySet()) {
                if (!published.render(s.getKey()).equals(s.getValue())) {
                    problems.add(root.relativize(page) + ", section " + s.getKey()
                            + ": differs from docs/results/ (edited by hand, or not regenerated after a run)");
                }
            }
        }
        runAll(PublishedRuns.all().stream().filter(PublishedRun::quick).toList(), fresh, work);
        ResultTables before = new ResultTables(new ResultFiles(results, null), false);
        ResultTables after = new ResultTables(new ResultFiles(results, fresh), false);
        for (String section : ResultTables.SOURCES.keySet()) {
            String was = before.render(section);
            String now = after.render(section);
            if (!was.equals(now)) {
                problems.add("section " + section + ": a fresh run differs from docs/results/" + firstDifference(was, now));
            }
        }
        problems.forEach(p -> spec.commandLine().getErr().println("movierec report --check: " + p));
        spec.commandLine().getErr().flush();
        say(problems.isEmpty() ? "every result table equals a fresh run of the quick runs and its files"
                : problems.size() + " result table(s) differ; `movierec report` regenerates them");
        return problems.isEmpty() ? 0 : 1;
    }

    private static String firstDifference(String was, String now) {
        String[] a = was.split("\n");
        String[] b = now.split("\n");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                return ":\n  published: " + a[i] + "\n  fresh:     " + b[i];
            }
        }
        return " (number of lines)";
    }

    private void runAll(List<PublishedRun> runs, Path out, Path work) throws IOException, InterruptedException {
        List<String> jvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
        for (PublishedRun run : runs) {
            if (run.command().contains("$MOVIEREC_DATASETS") && (datasets == null || !Files.isDirectory(datasets))) {
                throw new IllegalArgumentException("set MOVIEREC_DATASETS or --datasets to the folder holding the releases");
            }
            say("running " + run.command());
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvm);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.movierec.app.Main"));
            command.addAll(run.arguments(datasets == null ? Path.of(".") : datasets, work, out));
            double loadBefore = RunProvenance.loadAverage();
            Instant started = Instant.now();
            int status = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (status != 0) {
                throw new IllegalStateException("`" + run.command() + "` failed with exit status " + status);
            }
            if (run.name() != null) {
                RunProvenance.stamp(out.resolve(run.name() + ".json"), run, root, jvm, started, loadBefore,
                        RunProvenance.loadAverage());
            }
        }
    }

    private List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(root.resolve("README.md"));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    private void say(String line) {
        spec.commandLine().getOut().println(line);
        spec.commandLine().getOut().flush();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
