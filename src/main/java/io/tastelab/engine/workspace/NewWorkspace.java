package io.tastelab.engine.workspace;

import io.tastelab.engine.files.FolderSync;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;

/**
 * A workspace being created: built under a temporary name in the target's folder ({@code .NAME.RANDOM.creating})
 * and moved to its real name by {@link #publish()}, once everything it should start with has committed. Closing
 * it unpublished deletes the temporary file, so a failed first import leaves nothing behind; a crash leaves at
 * most the hidden temporary file, never an empty or half-made file under the real name.
 */
public final class NewWorkspace implements AutoCloseable {

    private final Path file;
    private final Path temporary;
    private final Workspace workspace;
    private boolean done;

    private NewWorkspace(Path file, Path temporary, Workspace workspace) {
        this.file = file;
        this.temporary = temporary;
        this.workspace = workspace;
    }

    /**
     * Starts a new workspace that will be {@code file}.
     *
     * @throws WorkspaceException if the file exists already, or its folder is missing or not writable
     */
    public static NewWorkspace begin(Path file) {
        if (Files.exists(file)) {
            throw new WorkspaceException("cannot create workspace " + file + ": the file exists already");
        }
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new WorkspaceException("cannot create workspace " + file + ": no such folder " + folder);
        }
        Path temporary = folder.resolve("." + file.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + ".creating");
        try {
            return new NewWorkspace(file, temporary, Workspace.createAt(file, temporary));
        } catch (RuntimeException e) {
            deleteQuietly(temporary);
            throw e;
        }
    }

    /** The workspace to fill; its {@link Workspace#file()} is already the real name. */
    public Workspace workspace() {
        return workspace;
    }

    /**
     * Closes the workspace with everything folded into one file, moves that file to its real name (refusing to
     * replace a file that appeared there meanwhile) and opens it there.
     */
    public Workspace publish() {
        if (done) {
            throw new IllegalStateException("already published or discarded");
        }
        done = true;
        try {
            workspace.closeSelfContained();
            moveIntoPlace();
        } catch (RuntimeException e) {
            deleteQuietly(temporary);
            throw e;
        }
        return Workspace.open(file);
    }

    private void moveIntoPlace() {
        try {
            try {
                // A hard link is an atomic "create if absent": it never replaces a file that appeared meanwhile.
                Files.createLink(file, temporary);
                Files.delete(temporary);
            } catch (UnsupportedOperationException | IOException e) {
                if (e instanceof FileAlreadyExistsException) {
                    throw e;
                }
                if (Files.exists(file)) {
                    throw new FileAlreadyExistsException(file.toString());
                }
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException notAtomic) {
                    Files.move(temporary, file);
                }
            }
            FolderSync.force(file.toAbsolutePath().getParent());
        } catch (FileAlreadyExistsException e) {
            throw new WorkspaceException("cannot create workspace " + file + ": the file appeared while it was being created", e);
        } catch (IOException e) {
            throw new WorkspaceException("cannot create workspace " + file + ": " + e.getMessage(), e);
        }
    }

    /** Without {@link #publish()}: closes and deletes the temporary file; {@code file} never appears. */
    @Override
    public void close() {
        if (done) {
            return;
        }
        done = true;
        try {
            workspace.close();
        } catch (RuntimeException ignored) {
            // The file is deleted below either way.
        }
        deleteQuietly(temporary);
    }

    private static void deleteQuietly(Path temporary) {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            try {
                Files.deleteIfExists(temporary.resolveSibling(temporary.getFileName() + suffix));
            } catch (IOException ignored) {
                // A leftover hidden temporary file is harmless.
            }
        }
    }
}
