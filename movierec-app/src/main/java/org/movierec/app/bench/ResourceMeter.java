package org.movierec.app.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.OperatingSystemMXBean;
import java.util.List;

/**
 * Measures what a piece of work costs the JVM: wall time, process CPU time (all threads, so parallel
 * work shows as CPU above wall time and a contended machine as CPU below it), peak heap and garbage
 * collection. {@link #start()} collects garbage and resets the heap pools' peaks; {@link #stop()}
 * reads the differences. Not thread-safe; one measurement at a time per JVM.
 */
public final class ResourceMeter {
    private final long startNanos;
    private final double startCpu;
    private final long baselineHeap;
    private final long startGcCount;
    private final long startGcMillis;

    private ResourceMeter() {
        System.gc();
        List<MemoryPoolMXBean> pools = heapPools();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        baselineHeap = pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        startGcCount = gcCount();
        startGcMillis = gcMillis();
        startCpu = processCpuSeconds();
        startNanos = System.nanoTime();
    }

    /**
     * What the work between {@link #start()} and {@link #stop()} cost.
     *
     * @param wallSeconds elapsed time
     * @param cpuSeconds CPU time of the whole process (every thread), NaN if the JVM does not report it
     * @param baselineHeapBytes heap in use at the start, after a garbage collection
     * @param peakHeapBytes the sum of the heap pools' peak use (an upper bound of the peak heap, as the
     *     pools may peak at different moments)
     * @param gcCount garbage collections
     * @param gcSeconds time the collectors report
     */
    public record Usage(double wallSeconds, double cpuSeconds, long baselineHeapBytes, long peakHeapBytes, long gcCount,
            double gcSeconds) {
        /** CPU time over wall time: about the number of busy cores; NaN without CPU time. */
        public double cpuPerWall() {
            return wallSeconds > 0 ? cpuSeconds / wallSeconds : Double.NaN;
        }
    }

    /** Starts a measurement (after a full garbage collection). */
    public static ResourceMeter start() {
        return new ResourceMeter();
    }

    /** Ends the measurement. */
    public Usage stop() {
        double wall = (System.nanoTime() - startNanos) / 1e9;
        double cpu = processCpuSeconds() - startCpu;
        long peak = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Usage(wall, cpu, baselineHeap, peak, gcCount() - startGcCount, (gcMillis() - startGcMillis) / 1e3);
    }

    /** Process CPU time in seconds, NaN when the platform bean does not report it. */
    static double processCpuSeconds() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            long nanos = sun.getProcessCpuTime();
            return nanos < 0 ? Double.NaN : nanos / 1e9;
        }
        return Double.NaN;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount)
                .filter(c -> c > 0).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .filter(c -> c > 0).sum();
    }
}
