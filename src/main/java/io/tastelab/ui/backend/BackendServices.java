package io.tastelab.ui.backend;

import io.tastelab.engine.backend.BackendLauncher;
import io.tastelab.engine.backend.BackendSelection;
import io.tastelab.engine.backend.BackendSettings;
import io.tastelab.engine.backend.DeviceProbe;
import javafx.application.Platform;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the compute backend dialog works with: where the choice is saved, how the machine is probed, and how
 * TasteLab restarts. The desktop app uses {@link #standard()}; tests pass a throwaway preferences node, a fake
 * probe and a restarter that only records. Immutable.
 *
 * @param settings  opens the saved setting (called when the dialog opens, so nothing touches preferences before)
 * @param probe     the machine's GPU facts; may be slow (nvidia-smi), so it is only called in the background
 * @param restarter starts TasteLab again on a backend
 */
public record BackendServices(Supplier<BackendSettings> settings, DeviceProbe probe, Restarter restarter) {

    /** The launcher class, named rather than referenced so that the UI does not depend on the app package. */
    static final String MAIN_CLASS = "io.tastelab.app.Main";

    public BackendServices {
        Objects.requireNonNull(settings);
        Objects.requireNonNull(probe);
        Objects.requireNonNull(restarter);
    }

    /** This user's saved setting, this machine, and a real relaunch. */
    public static BackendServices standard() {
        return new BackendServices(BackendSettings::new, DeviceProbe.system(), BackendServices::relaunchAndClose);
    }

    /** Starts TasteLab again on a backend. */
    @FunctionalInterface
    public interface Restarter {
        /**
         * Starts a new TasteLab on {@code selection} and closes this one.
         *
         * @return why it could not, in words for the user; empty when the new TasteLab was started
         */
        Optional<String> restart(BackendSelection selection);
    }

    /** ND4J can't switch backend inside a JVM, so a new one starts with the choice applied and this one closes. */
    private static Optional<String> relaunchAndClose(BackendSelection selection) {
        try {
            BackendLauncher.start(selection, MAIN_CLASS, List.of());
        } catch (IOException | RuntimeException failed) {
            return Optional.of("Could not start TasteLab again (" + failed.getMessage()
                    + "). Your choice is saved: close TasteLab and start it again to use it.");
        }
        Platform.exit();
        return Optional.empty();
    }
}
