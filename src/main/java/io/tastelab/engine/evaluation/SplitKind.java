package io.tastelab.engine.evaluation;

import java.util.Arrays;
import java.util.Locale;

/** The ways to split interactions into training and test, by their CLI and UI names. */
public enum SplitKind {
    LEAVE_LAST_OUT("leave-last-out", "Leave last out (by timestamp)"),
    HOLDOUT("holdout", "Random holdout per user"),
    TEMPORAL("temporal", "Global temporal");

    private final String cliName;
    private final String label;

    SplitKind(String cliName, String label) {
        this.cliName = cliName;
        this.label = label;
    }

    public String cliName() {
        return cliName;
    }

    public String label() {
        return label;
    }

    public static SplitKind byName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (SplitKind kind : values()) {
            if (kind.cliName.equals(wanted)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown split '" + name + "'; choose one of "
                + Arrays.stream(values()).map(SplitKind::cliName).toList());
    }

    @Override
    public String toString() {
        return label;
    }
}
