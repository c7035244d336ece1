package org.movierec.app.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where a published figure came from: the command, the git commit of the code (and whether the tree had
 * uncommitted changes), when it ran, the Java VM and its options, the cores, and the load average before
 * and after (other processes on the machine slow timings down). Stamped into a result file as {@code "run"}.
 */
public final class RunProvenance {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RunProvenance() {
    }

    /** The machine's one-minute load average now; -1 where the system does not report one. */
    public static double loadAverage() {
        return Math.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 100) / 100.0;
    }

    /**
     * Rewrites the result file with a {@code "run"} object first: the command, commit, start time, Java,
     * JVM options, cores, load averages and the run's wall seconds.
     */
    public static void stamp(Path file, PublishedRun run, Path root, List<String> jvmOptions, Instant started,
            double loadBefore, double loadAfter) throws IOException {
        JsonNode result = JSON.readTree(Files.readString(file));
        ObjectNode stamped = JSON.createObjectNode();
        ObjectNode r = stamped.putObject("run");
        r.put("command", run.command());
        r.put("commit", git(root, "rev-parse", "HEAD"));
        r.put("uncommittedChanges", !git(root, "status", "--porcelain", "--untracked-files=no").isEmpty());
        r.put("date", started.truncatedTo(ChronoUnit.SECONDS).toString());
        r.put("wallSeconds", Math.round((Instant.now().toEpochMilli() - started.toEpochMilli()) / 100.0) / 10.0);
        r.put("java", System.getProperty("java.vm.name") + " " + Runtime.version());
        r.put("jvmOptions", String.join(" ", jvmOptions));
        r.put("cores", Runtime.getRuntime().availableProcessors());
        r.put("loadAverageBefore", loadBefore);
        r.put("loadAverageAfter", loadAfter);
        for (Map.Entry<String, JsonNode> e : result.properties()) {
            stamped.set(e.getKey(), e.getValue());
        }
        Reports.writeJson(stamped, file);
    }

    /** A git command's trimmed output in the folder, or "unknown" when git is missing or fails. */
    static String git(Path root, String... args) {
        try {
            String[] command = new String[args.length + 1];
            command[0] = "git";
            System.arraycopy(args, 0, command, 1, args.length);
            Process p = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
