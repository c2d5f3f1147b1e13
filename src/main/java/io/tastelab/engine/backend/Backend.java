package io.tastelab.engine.backend;

import java.util.Locale;

/** The compute backends TasteLab can run ND4J on. */
public enum Backend {
    CPU,
    GPU;

    /** The name used on the command line and in settings: {@code cpu}, {@code gpu}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code cpu} or {@code gpu} (any case).
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Backend parse(String text) {
        for (Backend backend : values()) {
            if (backend.id().equalsIgnoreCase(text.strip())) {
                return backend;
            }
        }
        throw new IllegalArgumentException("unknown backend '" + text + "': use cpu or gpu");
    }
}
