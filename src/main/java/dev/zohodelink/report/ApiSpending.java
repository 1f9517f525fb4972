package dev.zohodelink.report;

/** API calls and credits, summed over a run. */
public record ApiSpending(long calls, long credits) {}
