package io.tastelab.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The recently opened workspace files, most recent first, and whether the last one should be reopened at start.
 * Kept in {@link Preferences} for the app; {@link #inMemory()} for tests and for windows that should not remember.
 */
public final class RecentWorkspaces {

    static final int LIMIT = 8;
    private static final String KEY = "recent.";

    private final Preferences preferences;
    private final List<Path> memory = new ArrayList<>();

    private RecentWorkspaces(Preferences preferences) {
        this.preferences = preferences;
    }

    /** Remembered across runs in the user's preferences under {@code node}. */
    public static RecentWorkspaces inPreferences(Preferences node) {
        return new RecentWorkspaces(node);
    }

    public static RecentWorkspaces inMemory() {
        return new RecentWorkspaces(null);
    }

    /** Most recent first. */
    public List<Path> list() {
        if (preferences == null) {
            return List.copyOf(memory);
        }
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            String value = preferences.get(KEY + i, null);
            if (value != null) {
                paths.add(Path.of(value));
            }
        }
        return paths;
    }

    /** The workspace to reopen at start, when it still exists. */
    public Optional<Path> last() {
        return list().stream().findFirst().filter(java.nio.file.Files::isRegularFile);
    }

    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>(list());
        paths.remove(absolute);
        paths.addFirst(absolute);
        store(paths);
    }

    /** Forgets the last workspace, so the next start shows the built-in sample (after the sample is chosen). */
    public void forgetLast() {
        List<Path> paths = new ArrayList<>(list());
        if (!paths.isEmpty()) {
            paths.removeFirst();
        }
        store(paths);
    }

    private void store(List<Path> paths) {
        List<Path> kept = paths.subList(0, Math.min(LIMIT, paths.size()));
        if (preferences == null) {
            memory.clear();
            memory.addAll(kept);
            return;
        }
        for (int i = 0; i < LIMIT; i++) {
            if (i < kept.size()) {
                preferences.put(KEY + i, kept.get(i).toString());
            } else {
                preferences.remove(KEY + i);
            }
        }
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // Recent files are a convenience; losing them must not stop the app.
        }
    }
}
