package io.tastelab.engine.workspace;

/**
 * A workspace file could not be opened, read or written. The message names the file and says what went
 * wrong in words a user understands (read-only, locked by another program, damaged, not a workspace); the
 * SQLite error, when there is one, is the cause.
 */
public class WorkspaceException extends RuntimeException {

    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
