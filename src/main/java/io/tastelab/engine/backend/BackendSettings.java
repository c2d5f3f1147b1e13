package io.tastelab.engine.backend;

import java.util.Objects;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The user's backend choice, kept across runs with {@link java.util.prefs.Preferences} (CPU until chosen
 * otherwise). Thread-safe as Preferences is.
 */
public final class BackendSettings {

    static final String KEY = "backend";

    private final Preferences node;

    /** The settings of this user. */
    public BackendSettings() {
        this(Preferences.userNodeForPackage(BackendSettings.class));
    }

    /** Settings kept in {@code node} (tests pass a throwaway node). */
    public BackendSettings(Preferences node) {
        this.node = Objects.requireNonNull(node);
    }

    /** The stored choice; CPU when none is stored or it can't be read. */
    public Backend load() {
        try {
            return Backend.parse(node.get(KEY, Backend.CPU.id()));
        } catch (IllegalArgumentException | IllegalStateException unreadable) {
            return Backend.CPU;
        }
    }

    /** Stores the choice; it applies from the next launch (see {@link BackendLauncher}). */
    public void save(Backend backend) {
        node.put(KEY, backend.id());
        try {
            node.flush();
        } catch (BackingStoreException unwritable) {
            throw new IllegalStateException("could not save the backend setting: " + unwritable.getMessage(),
                    unwritable);
        }
    }
}
