package org.movierec.spark;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * Spark's own standalone cluster on 127.0.0.1: one Master and N Worker JVMs started from this JVM's
 * class path (the Maven artifacts; nothing is downloaded), each in its own process with a log and a
 * pid file in the cluster's directory. The workers launch executors with the same class path
 * ({@code SPARK_DIST_CLASSPATH}) and an empty Spark home in that directory. {@link #stop} stops
 * exactly the processes the pid files name (and the executors they started).
 */
final class LocalCluster {
    static final String HOST = "127.0.0.1";
    private static final Pattern MASTER_URL = Pattern.compile("Starting Spark master at (spark://\\S+)");
    private static final Pattern MASTER_UI = Pattern.compile("MasterWebUI.* started at (http://\\S+)");
    private static final String WORKER_READY = "Successfully registered with master";
    private static final long START_TIMEOUT_SECONDS = 600;
    private static final String DAEMON_HEAP = "-Xmx384m";
    /** The daemons log at INFO (their addresses and registrations are INFO lines) to their log files. */
    private static final String DAEMON_LOGGING = String.join("\n", "rootLogger.level = info",
            "rootLogger.appenderRef.out.ref = out", "appender.out.type = Console", "appender.out.name = out",
            "appender.out.layout.type = PatternLayout", "appender.out.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n", "");

    private static final String CLUSTER_FILE = "cluster.txt";

    private final Path dir;

    LocalCluster(Path dir) {
        this.dir = dir;
    }

    /** The running cluster's master URL and web UI address. */
    record Addresses(String master, String ui) {
    }

    /**
     * Starts the master and the workers and waits until every worker has registered.
     *
     * @param port the master's port (0: any free port)
     * @param uiPort the master's web UI port; workers use the ports after port and uiPort (0: any)
     * @param cores cores each worker offers
     * @param memory memory each worker offers to executors, as Spark writes it ("3g")
     */
    Addresses start(int workers, String memory, int cores, int port, int uiPort) throws IOException, InterruptedException {
        if (workers < 1 || cores < 1) {
            throw new IllegalArgumentException("a cluster needs at least 1 worker with at least 1 core");
        }
        if (!running().isEmpty()) {
            throw new IllegalStateException("a cluster started from " + dir + " is still running; stop it first "
                    + "(movierec-spark.sh cluster stop)");
        }
        Files.createDirectories(dir.resolve("home/jars"));
        Files.writeString(dir.resolve("log4j2-daemons.properties"), DAEMON_LOGGING);
        for (Path old : pidFiles()) {
            Files.delete(old);
        }
        Path masterLog = dir.resolve("master.log");
        Files.deleteIfExists(masterLog);
        launch("master", List.of("org.apache.spark.deploy.master.Master", "--host", HOST, "--port", String.valueOf(port),
                "--webui-port", String.valueOf(uiPort)));
        String log = await(masterLog, text -> MASTER_URL.matcher(text).find() && MASTER_UI.matcher(text).find());
        Addresses addresses = new Addresses(group(MASTER_URL, log), group(MASTER_UI, log));
        for (int w = 1; w <= workers; w++) {
            Path workDir = Files.createDirectories(dir.resolve("worker-" + w));
            Files.deleteIfExists(dir.resolve("worker-" + w + ".log"));
            launch("worker-" + w, List.of("org.apache.spark.deploy.worker.Worker", addresses.master(), "--host", HOST,
                    "--port", String.valueOf(port == 0 ? 0 : port + w), "--webui-port", String.valueOf(uiPort == 0 ? 0 : uiPort + w),
                    "--cores", String.valueOf(cores), "--memory", memory, "--work-dir", workDir.toString()));
        }
        for (int w = 1; w <= workers; w++) {
            await(dir.resolve("worker-" + w + ".log"), text -> text.contains(WORKER_READY));
        }
        Files.writeString(dir.resolve(CLUSTER_FILE), addresses.master() + "\n" + memory + "\n");
        return addresses;
    }

    /**
     * The memory each worker of the running cluster in the directory offers, if its master has this URL:
     * the executors' default heap on it (one executor fills a worker).
     */
    static Optional<String> workerMemory(Path dir, String master) throws IOException {
        Path file = dir.resolve(CLUSTER_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file);
        return lines.size() == 2 && lines.get(0).equals(master) ? Optional.of(lines.get(1)) : Optional.empty();
    }

    /** Stops the processes of the pid files, workers first, and removes the pid files; returns how many were running. */
    int stop() throws IOException {
        List<ProcessHandle> stopped = new ArrayList<>();
        List<Path> files = new ArrayList<>(pidFiles());
        files.sort((a, b) -> a.getFileName().toString().startsWith("master") ? 1 : -1);
        for (Path file : files) {
            Optional<ProcessHandle> process = process(file);
            if (process.isPresent()) {
                List<ProcessHandle> executors = process.get().descendants().toList();
                process.get().destroy();
                await(process.get());
                executors.forEach(LocalCluster::end);
                stopped.add(process.get());
            }
            Files.delete(file);
        }
        Files.deleteIfExists(dir.resolve(CLUSTER_FILE));
        return stopped.size();
    }

    /** The cluster's processes that are running. */
    List<ProcessHandle> running() throws IOException {
        List<ProcessHandle> out = new ArrayList<>();
        for (Path file : pidFiles()) {
            process(file).ifPresent(out::add);
        }
        return out;
    }

    private void launch(String name, List<String> mainAndArgs) throws IOException {
        String classPath = System.getProperty("java.class.path");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(DAEMON_HEAP);
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Dlog4j2.configurationFile=" + dir.resolve("log4j2-daemons.properties"));
        command.add("-XX:+IgnoreUnrecognizedVMOptions");
        command.addAll(List.of(JavaModuleOptions.defaultModuleOptionArray()));
        command.add("-cp");
        command.add(classPath);
        command.addAll(mainAndArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve(name + ".log").toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = builder.environment();
        env.put("SPARK_HOME", dir.resolve("home").toString());
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_DIST_CLASSPATH", classPath);
        env.put("SPARK_LOCAL_IP", HOST);
        env.put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        Files.writeString(dir.resolve(name + ".pid"), Long.toString(process.pid()));
    }

    private interface LogCondition {
        boolean holds(String text);
    }

    /** Waits until the log satisfies the condition; fails with the log's tail when the process exits or time runs out. */
    private String await(Path log, LogCondition condition) throws IOException, InterruptedException {
        String name = log.getFileName().toString().replace(".log", "");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
        while (true) {
            String text = Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
            if (condition.holds(text)) {
                return text;
            }
            boolean alive = process(dir.resolve(name + ".pid")).isPresent();
            if (!alive || System.nanoTime() > deadline) {
                stop();
                throw new IllegalStateException("the Spark " + name + " " + (alive ? "did not start within "
                        + START_TIMEOUT_SECONDS + " s" : "exited") + "; see " + log + lastLine(text));
            }
            Thread.sleep(200);
        }
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().filter(l -> l.contains("Exception") || l.contains("ERROR")).toList();
        return lines.isEmpty() ? "" : " (" + lines.get(lines.size() - 1).strip() + ")";
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        m.find();
        return m.group(1);
    }

    private List<Path> pidFiles() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pid")).sorted().toList();
        }
    }

    /** The live JVM a pid file names (a pid reused by another program does not count). */
    private static Optional<ProcessHandle> process(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readString(pidFile).strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(true));
    }

    private static void end(ProcessHandle process) {
        process.destroy();
        await(process);
    }

    private static void await(ProcessHandle process) {
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }
}
