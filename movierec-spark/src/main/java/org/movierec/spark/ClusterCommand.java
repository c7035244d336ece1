package org.movierec.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code movierec-spark cluster start|stop}: a standalone Spark cluster (Spark's own Master and Workers,
 * separate JVMs on 127.0.0.1) for rehearsing a real one; training and {@code recommend-all} reach it
 * with {@code --master spark://...} exactly as they would reach any other cluster.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Starts or stops a local standalone Spark cluster (a Master and N Workers on 127.0.0.1).")
public final class ClusterCommand implements Callable<Integer> {
    static final String DIR_VARIABLE = "MOVIEREC_SPARK_CLUSTER_DIR";

    @Parameters(index = "0", paramLabel = "start|stop", description = "start or stop")
    String action;

    @Option(names = "--workers", defaultValue = "2", description = "Worker JVMs (default: ${DEFAULT-VALUE})")
    int workers;

    @Option(names = "--worker-memory", defaultValue = "2g", paramLabel = "SIZE",
            description = "memory each worker offers to executors (default: ${DEFAULT-VALUE})")
    String workerMemory;

    @Option(names = "--worker-cores", paramLabel = "N",
            description = "cores each worker offers (default: the machine's cores divided by the workers, at least 1)")
    Integer workerCores;

    @Option(names = "--port", defaultValue = "19600", description = "the master's port; workers take the next ones (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--ui-port", defaultValue = "19680",
            description = "the master's web UI port; workers' UIs take the next ones (default: ${DEFAULT-VALUE})")
    int uiPort;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "where logs, pid files and work directories go (default: $" + DIR_VARIABLE + ")")
    Path dir;

    @Option(names = "--verbose", description = "print the stack trace of an error")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LocalCluster cluster = new LocalCluster(directory());
        PrintWriter out = spec.commandLine().getOut();
        switch (action) {
            case "start" -> {
                int cores = workerCores != null ? workerCores : Math.max(1, Runtime.getRuntime().availableProcessors() / workers);
                LocalCluster.Addresses a = cluster.start(workers, workerMemory, cores, port, uiPort);
                out.printf("Spark standalone cluster: master %s, %d worker(s) with %d core(s) and %s each%n", a.master(), workers,
                        cores, workerMemory);
                out.printf("Web UI: %s%n", a.ui());
                out.printf("Use --master %s; stop it with movierec-spark.sh cluster stop (logs in %s)%n", a.master(), directory());
            }
            case "stop" -> out.printf("Stopped %d Spark process(es) of the cluster in %s%n", cluster.stop(), directory());
            default -> throw new IllegalArgumentException("unknown cluster action '" + action + "': use start or stop");
        }
        out.flush();
        return 0;
    }

    private Path directory() {
        if (dir != null) {
            return dir;
        }
        String env = System.getenv(DIR_VARIABLE);
        return Path.of(env != null ? env : System.getProperty("java.io.tmpdir"), env != null ? "" : "movierec-spark-cluster");
    }
}
