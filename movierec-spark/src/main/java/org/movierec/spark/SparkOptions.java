package org.movierec.spark;

import java.net.URI;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Option;

/**
 * The Spark options every job command takes, as spark-submit names them, and the session they make.
 * {@code --driver-memory} sizes the driver JVM's heap, which cannot change once the JVM runs: the
 * launcher ({@code movierec-spark.sh}) passes it to {@code java} as {@code -Xmx}.
 */
public final class SparkOptions {
    /** The driver's and block managers' first ports; Spark tries the next ones when taken. */
    private static final int DRIVER_PORT = 19640;
    private static final int BLOCK_MANAGER_PORT = 19660;

    @Option(names = "--master", defaultValue = "local[*]",
            description = "Spark master URL: local[N], spark://HOST:PORT, yarn, k8s://... (default: ${DEFAULT-VALUE})")
    String master;

    @Option(names = "--driver-memory", paramLabel = "SIZE",
            description = "the driver's heap (as spark-submit's --driver-memory; movierec-spark.sh starts the JVM with it)")
    String driverMemory;

    @Option(names = "--executor-memory", paramLabel = "SIZE",
            description = "each executor's heap (default: on a cluster of movierec-spark.sh cluster start, the workers' memory; else Spark's, 1g)")
    String executorMemory;

    @Option(names = "--partitions", paramLabel = "N",
            description = "shuffle partitions and ALS user/item blocks (default: Spark's default parallelism)")
    Integer partitions;

    @Option(names = "--verbose", description = "print the stack trace of an error")
    boolean verbose;

    /** A session on the master, without web UI and console progress (a command-line job). */
    SparkSession session(String appName) {
        SparkSession.Builder builder = SparkSession.builder().appName(appName).master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.driver.port", DRIVER_PORT)
                .config("spark.blockManager.port", BLOCK_MANAGER_PORT)
                .config("spark.sql.files.maxPartitionBytes", "32m");
        if (isLoopback(master)) {
            builder.config("spark.driver.host", LocalCluster.HOST).config("spark.driver.bindAddress", LocalCluster.HOST);
        }
        if (driverMemory != null) {
            builder.config("spark.driver.memory", driverMemory);
        }
        String memory = executorMemory != null ? executorMemory : localClusterMemory();
        if (memory != null) {
            builder.config("spark.executor.memory", memory);
        }
        SparkSession spark = builder.getOrCreate();
        spark.conf().set("spark.sql.shuffle.partitions", partitions(spark));
        return spark;
    }

    /** On a cluster of {@code movierec-spark.sh cluster start}, the workers' memory (one executor fills a worker). */
    private String localClusterMemory() {
        String dir = System.getenv(ClusterCommand.DIR_VARIABLE);
        try {
            return dir == null ? null : LocalCluster.workerMemory(java.nio.file.Path.of(dir), master).orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** The number of partitions: --partitions or the cluster's default parallelism. */
    int partitions(SparkSession spark) {
        return partitions != null ? partitions : spark.sparkContext().defaultParallelism();
    }

    private static boolean isLoopback(String master) {
        if (!master.startsWith("spark://")) {
            return master.startsWith("local");
        }
        String host = URI.create(master).getHost();
        return "127.0.0.1".equals(host) || "localhost".equals(host);
    }
}
