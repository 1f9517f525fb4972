package dev.zohodelink.emulator.seed;

/** A seed that cannot be loaded; the message names the place in the file, e.g. {@code records[2].module}. */
public final class SeedException extends IllegalArgumentException {

    SeedException(String where, String problem) {
        super(where.isEmpty() ? problem : where + ": " + problem);
    }
}
