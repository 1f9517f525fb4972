package dev.zohodelink.bench;

import java.util.Collection;
import java.util.List;

/**
 * Durations in nanoseconds, sorted. Percentiles are nearest-rank: the p-th percentile of n values is the
 * ceil(p/100 * n)-th smallest, so it is always one of the measured values.
 */
public record Distribution(List<Long> sortedNanos) {

    public Distribution {
        sortedNanos = sortedNanos.stream().sorted().toList();
    }

    public static Distribution of(Collection<Long> nanos) {
        return new Distribution(List.copyOf(nanos));
    }

    public int count() {
        return sortedNanos.size();
    }

    public long total() {
        return sortedNanos.stream().mapToLong(Long::longValue).sum();
    }

    public long median() {
        return percentile(50);
    }

    public long p90() {
        return percentile(90);
    }

    public long percentile(int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("a percentile is between 1 and 100, not " + percent);
        }
        if (sortedNanos.isEmpty()) {
            throw new IllegalStateException("no value measured");
        }
        int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.size());
        return sortedNanos.get(Math.max(rank, 1) - 1);
    }

    public long mean() {
        if (sortedNanos.isEmpty()) {
            throw new IllegalStateException("no value measured");
        }
        return total() / sortedNanos.size();
    }
}
