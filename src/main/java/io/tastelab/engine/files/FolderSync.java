package io.tastelab.engine.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Makes a rename inside a folder durable. A file written to a temporary name, forced, and renamed over its target
 * survives a crash; the rename itself survives a power cut only once the folder's entry is on disk too.
 */
public final class FolderSync {

    private FolderSync() {
    }

    /**
     * Forces {@code folder}'s entries to disk where the OS allows opening a folder (Linux, macOS). On Windows a
     * folder cannot be opened this way and the rename is already durable, so this does nothing there.
     */
    public static void force(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // The renamed file itself is complete; at worst a power cut forgets the rename.
        }
    }
}
