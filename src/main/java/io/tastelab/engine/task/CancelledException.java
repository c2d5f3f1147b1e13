package io.tastelab.engine.task;

/** Thrown out of engine work when the user cancelled it; nothing it was building is kept. */
public class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled");
    }
}
