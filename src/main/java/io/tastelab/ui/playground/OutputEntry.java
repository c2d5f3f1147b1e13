package io.tastelab.ui.playground;

/**
 * One block of the notebook-style output list. Immutable.
 *
 * @param run  the run number ({@code In [3]})
 * @param kind what the block holds
 * @param text its text: the source for INPUT, a repr for RESULT, Python's traceback (with carets) for ERROR
 */
public record OutputEntry(int run, Kind kind, String text) {

    public enum Kind { INPUT, STDOUT, RESULT, ERROR, TIMING, NOTE }
}
