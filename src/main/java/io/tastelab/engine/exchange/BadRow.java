package io.tastelab.engine.exchange;

/** A row an import could not use: where it is and why. */
public record BadRow(String file, long line, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
