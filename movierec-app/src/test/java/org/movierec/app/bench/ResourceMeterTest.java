package org.movierec.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResourceMeterTest {
    @Test
    void meterSeesAllocatedHeapAndElapsedTime() throws InterruptedException {
        ResourceMeter meter = ResourceMeter.start();
        long[] block = new long[8 << 20];
        block[block.length - 1] = 1;
        Thread.sleep(20);
        ResourceMeter.Usage usage = meter.stop();
        assertThat(block[block.length - 1]).isEqualTo(1);
        assertThat(usage.wallSeconds()).isGreaterThanOrEqualTo(0.02);
        assertThat(usage.peakHeapBytes()).isGreaterThanOrEqualTo(usage.baselineHeapBytes() + (64L << 20));
        assertThat(usage.cpuSeconds()).isGreaterThanOrEqualTo(0);
    }
}
