package io.tastelab.engine.exchange;

/**
 * An interactions file whose content was imported into the workspace before: importing it again would add every
 * interaction twice, so it is refused unless replacing the earlier import was asked for. Nothing was imported.
 *
 * @see ImportOptions#replace()
 */
public final class AlreadyImportedException extends RuntimeException {

    private final String fileName;
    private final String importedAt;

    AlreadyImportedException(String fileName, String earlierName, String importedAt, long interactions, String workspace) {
        super(fileName + " was already imported into " + workspace + " on " + importedAt
                + (earlierName.equals(fileName) ? "" : " (as " + earlierName + ")") + ", "
                + io.tastelab.engine.format.Counts.of(interactions, "interaction")
                + " with the same content; nothing was imported");
        this.fileName = fileName;
        this.importedAt = importedAt;
    }

    /** The file given now. */
    public String fileName() {
        return fileName;
    }

    /** When the earlier import was made, {@code yyyy-MM-dd HH:mm:ss UTC}. */
    public String importedAt() {
        return importedAt;
    }
}
