package dev.zohodelink.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zohodelink.config.Secret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * Access tokens kept across runs, as Zoho's SDKs keep theirs in a token store: a run reuses a token that is still
 * valid instead of refreshing, so consecutive runs stay far from the accounts server's limit of ten access tokens per
 * refresh token in ten minutes.
 *
 * <p>One file per grant, named by a SHA-256 of the accounts URL, client id, client secret and refresh token, so
 * grants never mix and no secret appears in a name. The directory is the owner's only (0700), each file too (0600);
 * files are replaced atomically, so parallel runs read either the old token or the new one. A file that cannot be
 * read counts as absent. Its values are never printed.
 */
public final class TokenCache {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private final Path directory;

    public TokenCache(Path directory) {
        this.directory = directory;
    }

    /** An access token as the accounts server issued it, when it expires, and the scopes it named, if it did. */
    public record Entry(String accessToken, Instant expiresAt, Optional<URI> apiDomain, Optional<String> scope) {

        public Entry(String accessToken, Instant expiresAt, Optional<URI> apiDomain) {
            this(accessToken, expiresAt, apiDomain, Optional.empty());
        }

        @Override
        public String toString() {
            return "TokenCache.Entry[redacted, expires " + expiresAt + "]";
        }
    }

    /** The name of a grant's file: never the secrets themselves. */
    public static String key(URI tokenEndpoint, String clientId, Secret clientSecret, Secret refreshToken) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String part :
                    new String[] {tokenEndpoint.toString(), clientId, clientSecret.reveal(), refreshToken.reveal()}) {
                sha256.update(part.getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Entry> read(String key) {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode node = MAPPER.readTree(file.toFile());
            if (!node.path("access_token").isTextual()
                    || !node.path("expires_at").canConvertToLong()) {
                return Optional.empty();
            }
            Optional<URI> apiDomain = node.path("api_domain").isTextual()
                    ? Optional.of(URI.create(node.get("api_domain").asText()))
                    : Optional.empty();
            return Optional.of(new Entry(
                    node.get("access_token").asText(),
                    Instant.ofEpochSecond(node.get("expires_at").asLong()),
                    apiDomain,
                    node.path("scope").isTextual()
                            ? Optional.of(node.get("scope").asText())
                            : Optional.empty()));
        } catch (IOException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    public void write(String key, Entry entry) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("access_token", entry.accessToken());
        node.put("expires_at", entry.expiresAt().getEpochSecond());
        entry.apiDomain().ifPresent(domain -> node.put("api_domain", domain.toString()));
        entry.scope().ifPresent(scope -> node.put("scope", scope));
        try {
            Files.createDirectories(directory, ownerOnly(OWNER_DIRECTORY));
            Path written = Files.createTempFile(directory, key, ".tmp", ownerOnly(OWNER_FILE));
            try {
                MAPPER.writeValue(written.toFile(), node);
                Files.move(written, file(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(written);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the token cache in " + directory, e);
        }
    }

    private Path file(String key) {
        return directory.resolve(key + ".json");
    }

    private static FileAttribute<?>[] ownerOnly(Set<PosixFilePermission> permissions) {
        return POSIX
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }

    @Override
    public String toString() {
        return "TokenCache[" + directory + "]";
    }
}
