package io.tastelab.engine.exchange;

import io.tastelab.engine.format.Counts;

import java.util.List;

/**
 * What an import did. When it found bad rows and skipping them was not chosen, {@link #committed()} is false
 * and nothing was written: the user looks at {@link #badRows()} and runs it again skipping them, or not.
 *
 * @param itemsWritten   items added or updated from the items file
 * @param usersAdded     users seen for the first time
 * @param interactions   interactions added
 * @param badRows        the first {@link #MAX_LISTED} bad rows, in file order
 * @param badRowCount    all bad rows found
 * @param committed      whether the import was written to the workspace
 * @param notes          what else the user should know (an earlier import replaced, negative ratings kept)
 */
public record ImportReport(long itemsWritten, long usersAdded, long interactions, List<BadRow> badRows, long badRowCount,
                           boolean committed, List<String> notes) {

    /** How many bad rows a report lists; the count covers all of them. */
    public static final int MAX_LISTED = 1000;

    public ImportReport {
        badRows = List.copyOf(badRows);
        notes = List.copyOf(notes);
    }

    public ImportReport(long itemsWritten, long usersAdded, long interactions, List<BadRow> badRows, long badRowCount,
                        boolean committed) {
        this(itemsWritten, usersAdded, interactions, badRows, badRowCount, committed, List.of());
    }

    /**
     * One line for a status bar or a terminal. A refused import says only what happened: how to import the good rows
     * anyway differs between the dialog (a button) and the CLI (--skip-bad), so each front end adds it once.
     */
    public String summary() {
        if (!committed) {
            return Counts.of(badRowCount, "bad row") + " found; nothing was imported";
        }
        return "imported " + Counts.of(interactions, "interaction") + ", " + Counts.of(usersAdded, "new user") + ", "
                + Counts.of(itemsWritten, "item")
                + (badRowCount > 0 ? "; skipped " + Counts.of(badRowCount, "bad row") : "")
                + notes.stream().map(note -> "; " + note).collect(java.util.stream.Collectors.joining());
    }

}
