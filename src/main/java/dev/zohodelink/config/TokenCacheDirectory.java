package dev.zohodelink.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ZOHO_TOKEN_CACHE}: the directory where a live run keeps access tokens for the next run, or {@code off}.
 * By default {@code ~/.cache/zoho-delink-conformance}: outside {@code reports/} and {@code target/}, which are
 * uploaded and scanned. A directory other users may read or enter is refused: tokens are kept for the owner only.
 */
final class TokenCacheDirectory {

    static final String OFF = "off";

    private TokenCacheDirectory() {}

    static Optional<Path> from(Optional<String> value) {
        if (value.isPresent() && value.get().toLowerCase(Locale.ROOT).equals(OFF)) {
            return Optional.empty();
        }
        Path directory;
        try {
            directory = value.map(Path::of)
                    .orElseGet(() -> Path.of(System.getProperty("user.home"), ".cache", "zoho-delink-conformance"));
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(
                    "'" + value.orElseThrow() + "' is not a directory name; give one, or off");
        }
        if (isOpenToOthers(directory)) {
            throw new IllegalArgumentException(
                    directory + " is open to other users; give a directory only you can use (mode 0700), or off");
        }
        return Optional.of(directory.toAbsolutePath());
    }

    private static boolean isOpenToOthers(Path directory) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                || !Files.isDirectory(directory)) {
            return false;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(directory);
            return permissions.stream()
                    .anyMatch(p -> p.name().startsWith("GROUP_") || p.name().startsWith("OTHERS_"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
