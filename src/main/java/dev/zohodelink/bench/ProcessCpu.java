package dev.zohodelink.bench;

import java.lang.management.ManagementFactory;

/** The CPU time of this whole JVM so far: every thread, the emulators', the JIT's and the collector's too. */
final class ProcessCpu {

    private ProcessCpu() {}

    static long nanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
