package io.tastelab.engine.exchange;

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
 */
public record ImportReport(long itemsWritten, long usersAdded, long interactions, List<BadRow> badRows, long badRowCount,
                           boolean committed) {

    /** How many bad rows a report lists; the count covers all of them. */
    public static final int MAX_LISTED = 1000;

    public ImportReport {
        badRows = List.copyOf(badRows);
    }

    /** One line for a status bar or a terminal. */
    public String summary() {
        if (!committed) {
            return badRowCount + " bad row" + (badRowCount == 1 ? "" : "s") + " found; nothing was imported "
                    + "(skip the bad rows to import the rest)";
        }
        return "imported " + interactions + " interactions, " + usersAdded + " new users, " + itemsWritten + " items"
                + (badRowCount > 0 ? "; skipped " + badRowCount + " bad rows" : "");
    }
}
