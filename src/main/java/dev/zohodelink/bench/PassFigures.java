package dev.zohodelink.bench;

/**
 * One pass of the suite as measured.
 *
 * @param timings its wall time and the split
 * @param scenarios the time of each scenario that ran
 * @param skipped scenarios that did not apply to their version
 * @param calls the calls the scenarios' clients made
 * @param clientNanos the time the steps spent inside those calls
 * @param cpuNanos the CPU time of the whole process during the pass (every thread, the emulators' too)
 * @param green whether the pass's verdict was green
 */
record PassFigures(
        PassTimings timings,
        Distribution scenarios,
        long skipped,
        long calls,
        long clientNanos,
        long cpuNanos,
        boolean green) {}
