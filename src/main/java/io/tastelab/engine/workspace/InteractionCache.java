package io.tastelab.engine.workspace;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.interactions.InteractionMatrixFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fast-open copy of a workspace's interactions: an {@link InteractionMatrixFile} in the per-user cache folder,
 * named after the workspace's absolute path, holding the matrix together with the {@link Key} of the data it was
 * read from. A copy whose key differs from the workspace's current one, or that is damaged in any way, is never
 * used; the caller reads SQLite instead and stores a new copy. See resources/decisions/interaction-cache.md.
 */
final class InteractionCache {

    private static final Logger LOG = LoggerFactory.getLogger(InteractionCache.class);

    /** System property: the cache folder, or {@code off} to keep no copies (tests point it at their build folder). */
    static final String FOLDER_PROPERTY = "tastelab.interactions.cache";
    /** Copies kept in the folder: the most recently used ones stay, older ones are deleted after a write. */
    static final int KEPT = 6;
    private static final String SUFFIX = ".matrix";

    /**
     * What a copy was built from: the workspace format, the change token, the rowid range and the row count of
     * the interactions; all read in one transaction.
     */
    record Key(int schemaVersion, long token, long maxRowid, long rows) {
        byte[] bytes() {
            return (new String(withoutRows(), StandardCharsets.UTF_8) + rows).getBytes(StandardCharsets.UTF_8);
        }

        /** The key up to the row count, which is known before counting the rows (a full scan of the table). */
        byte[] withoutRows() {
            return String.format(Locale.ROOT, "tastelab-interactions schema=%d token=%d max-rowid=%d rows=",
                    schemaVersion, token, maxRowid).getBytes(StandardCharsets.UTF_8);
        }
    }

    private final Path file;

    private InteractionCache(Path file) {
        this.file = file;
    }

    /** The cache of the workspace at {@code workspace}, in the folder the system property or the OS names; empty when off. */
    static Optional<InteractionCache> of(Path workspace) {
        String configured = System.getProperty(FOLDER_PROPERTY);
        if ("off".equals(configured)) {
            return Optional.empty();
        }
        Path folder = configured != null && !configured.isBlank() ? Path.of(configured)
                : defaultFolder(System.getProperty("os.name"), System.getenv(), System.getProperty("user.home"));
        return Optional.of(in(folder, workspace));
    }

    static InteractionCache in(Path folder, Path workspace) {
        return new InteractionCache(folder.resolve(nameFor(workspace)));
    }

    /** The per-user cache folder for this OS, e.g. ~/.cache/tastelab/interactions on Linux. */
    static Path defaultFolder(String osName, Map<String, String> environment, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String localAppData = environment.get("LOCALAPPDATA");
            Path base = localAppData != null ? Path.of(localAppData) : Path.of(userHome, "AppData", "Local");
            return base.resolve("TasteLab").resolve("interactions");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Caches", "TasteLab", "interactions");
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".cache");
        return base.resolve("tastelab").resolve("interactions");
    }

    /** A name unique to the workspace's absolute path; the key, not the name, decides whether a copy fits. */
    private static String nameFor(Path workspace) {
        Path absolute = workspace.toAbsolutePath().normalize();
        try {
            absolute = absolute.toRealPath();
        } catch (IOException ignored) {
            // Not there (yet): the normalized path names it well enough.
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(absolute.toString().getBytes(StandardCharsets.UTF_8));
            String stem = absolute.getFileName() == null ? "workspace" : absolute.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
            return stem + "-" + HexFormat.of().formatHex(digest, 0, 12) + SUFFIX;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    Path file() {
        return file;
    }

    /**
     * The stored matrix if its key is {@code key} and its columns are {@code catalog}'s items in order; empty when
     * there is no copy or it does not fit (the reason is logged), never a matrix of other data.
     */
    Optional<InteractionMatrix> load(Key key, Catalog catalog) {
        return read(key.withoutRows()).filter(stored -> fits(stored, key, catalog)).map(InteractionMatrixFile.Stored::matrix);
    }

    /**
     * The copy, whole and checked, if its key starts as {@code partialKey} does (see {@link Key#withoutRows()});
     * the caller then checks the rest with {@link #fits}. Lets the copy be read while the rows are still counted.
     */
    Optional<InteractionMatrixFile.Stored> read(byte[] partialKey) {
        try {
            byte[] stored = InteractionMatrixFile.readKey(file);
            if (stored.length < partialKey.length || !Arrays.equals(stored, 0, partialKey.length, partialKey, 0, partialKey.length)) {
                LOG.info("interaction cache {} is out of date; reading the workspace", file);
                return Optional.empty();
            }
            return Optional.of(InteractionMatrixFile.read(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warn("ignoring interaction cache {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** Whether a copy read by {@link #read} was made from the data with this key, for this catalog. */
    boolean fits(InteractionMatrixFile.Stored stored, Key key, Catalog catalog) {
        if (!Arrays.equals(stored.key(), key.bytes()) || !sameItems(stored.columnIds(), catalog)) {
            LOG.info("interaction cache {} is out of date or does not fit the catalog; reading the workspace", file);
            return false;
        }
        touch();
        return true;
    }

    private static boolean sameItems(String[] columnIds, Catalog catalog) {
        if (columnIds.length != catalog.size()) {
            return false;
        }
        for (int i = 0; i < columnIds.length; i++) {
            if (!columnIds[i].equals(catalog.item(i).id())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Stores {@code matrix} (read from the workspace when it had {@code key}) atomically, then deletes the least
     * recently used copies beyond {@link #KEPT}.
     *
     * @throws IOException when the folder cannot be written; the old copy, if any, is then left as it was
     */
    void store(Key key, Catalog catalog, InteractionMatrix matrix) throws IOException {
        String[] itemIds = new String[catalog.size()];
        for (int i = 0; i < itemIds.length; i++) {
            itemIds[i] = catalog.item(i).id();
        }
        InteractionMatrixFile.write(file, key.bytes(), itemIds, matrix);
        prune(file.getParent());
    }

    private void touch() {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (IOException ignored) {
            // Only the order of pruning depends on it.
        }
    }

    /** Keeps the {@link #KEPT} most recently used copies, and deletes temporary files a crash left over an hour ago. */
    private static void prune(Path folder) {
        List<Path> copies = new ArrayList<>();
        Instant hourAgo = Instant.now().minusSeconds(3600);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.endsWith(SUFFIX)) {
                    copies.add(entry);
                } else if (name.startsWith(".") && name.endsWith(".tmp")
                        && Files.getLastModifiedTime(entry).toInstant().isBefore(hourAgo)) {
                    Files.deleteIfExists(entry);
                }
            }
            copies.sort(Comparator.comparing(InteractionCache::modified).reversed());
            for (Path old : copies.subList(Math.min(KEPT, copies.size()), copies.size())) {
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            LOG.debug("could not prune {}: {}", folder, e.getMessage());
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
