package io.tastelab.engine.workspace;

/** Whether an interaction is a rating the user gave (explicit) or an event we observed (implicit: a view, a want-to-read). */
public enum InteractionKind {
    EXPLICIT(0), IMPLICIT(1);

    private final int code;

    InteractionKind(int code) {
        this.code = code;
    }

    /** The value stored in the {@code kind} column. */
    public int code() {
        return code;
    }

    public static InteractionKind ofCode(int code) {
        return code == 0 ? EXPLICIT : IMPLICIT;
    }
}
