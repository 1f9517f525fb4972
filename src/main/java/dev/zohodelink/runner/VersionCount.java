package dev.zohodelink.runner;

/** How the scenarios of one API version, or of one of its feature files, ended. */
public record VersionCount(String version, int passed, int failed, int skipped) {

    public int scenarios() {
        return passed + failed + skipped;
    }

    VersionCount plus(VersionCount other) {
        return new VersionCount(version, passed + other.passed, failed + other.failed, skipped + other.skipped);
    }

    /** "5 passed, 0 failed, 1 skipped". */
    String outcomes() {
        return passed + " passed, " + failed + " failed, " + skipped + " skipped";
    }

    @Override
    public String toString() {
        return version + " " + scenarios() + " scenarios (" + outcomes() + ")";
    }
}
