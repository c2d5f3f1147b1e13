package io.tastelab.ui.shell;

import io.tastelab.array.BackendInfo;
import io.tastelab.array.ComputeBackend;
import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.sample.CatalogCsv;
import io.tastelab.engine.sample.SampleWorkspace;
import io.tastelab.engine.sample.SyntheticCatalog;
import io.tastelab.ui.WorkspaceState;
import io.tastelab.ui.task.BackgroundTasks;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The main window's state and commands: which workspace is open, the compute backend's status, and the
 * workspace-wide commands of the menu (open a catalog, reload the sample, generate a synthetic catalog).
 */
public final class ShellViewModel {

    public static final int MAX_SYNTHETIC_ITEMS = 10_000_000;

    private final WorkspaceState workspace;
    private final BackgroundTasks tasks;
    private final ReadOnlyStringWrapper backendStatus = new ReadOnlyStringWrapper("Loading compute backend (ND4J)…");
    private final ReadOnlyBooleanWrapper backendReady = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public ShellViewModel(WorkspaceState workspace, BackgroundTasks tasks) {
        this.workspace = workspace;
        this.tasks = tasks;
    }

    public BackgroundTasks tasks() {
        return tasks;
    }

    public StringExpression windowTitle() {
        return Bindings.concat("TasteLab — ", workspace.nameProperty());
    }

    public StringExpression itemCount() {
        return Bindings.createStringBinding(() -> String.format("%,d items", workspace.catalog().size()), workspace.catalogProperty());
    }

    public ReadOnlyStringProperty backendStatusProperty() {
        return backendStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty backendReadyProperty() {
        return backendReady.getReadOnlyProperty();
    }

    /** The last failed command's message, for an alert; empty when all went well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public void clearError() {
        error.set("");
    }

    /** Loads ND4J in the background so the window is usable at once. */
    public void loadBackend() {
        tasks.submit("Loading compute backend (ND4J)", progress -> {
            progress.update(-1, 1, "loading native libraries");
            return ComputeBackend.describe();
        }, (BackendInfo info) -> {
            backendStatus.set("Compute: " + info.summary());
            backendReady.set(true);
        }, failure -> backendStatus.set("Compute backend failed to load: " + failure.getMessage()));
    }

    public void reloadSample() {
        workspace.replace(SampleWorkspace.load(), "Built-in sample");
    }

    /** Opens a catalog CSV in TasteLab's format in the background. */
    public void openCatalog(Path file) {
        tasks.submit("Opening " + file.getFileName(), progress -> {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return CatalogCsv.read(reader, file.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": " + e.getMessage(), e);
            }
        }, (Catalog catalog) -> workspace.replace(catalog, file.getFileName().toString()),
                failure -> error.set("Could not open the catalog: " + failure.getMessage()));
    }

    /**
     * Validates the dialog's text and generates a synthetic catalog in the background.
     *
     * @return an error message when the input is invalid (nothing started)
     */
    public Optional<String> generateSynthetic(String countText, String seedText) {
        int count;
        long seed;
        try {
            count = Integer.parseInt(countText.strip().replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            return Optional.of("number of items must be a whole number, got '" + countText + "'");
        }
        if (count < 1 || count > MAX_SYNTHETIC_ITEMS) {
            return Optional.of("number of items must be between 1 and " + String.format("%,d", MAX_SYNTHETIC_ITEMS));
        }
        try {
            seed = Long.parseLong(seedText.strip());
        } catch (NumberFormatException e) {
            return Optional.of("seed must be a whole number, got '" + seedText + "'");
        }
        tasks.submit(String.format("Generating %,d synthetic items", count),
                progress -> SyntheticCatalog.generate(count, seed, progress),
                catalog -> workspace.replace(catalog, String.format("Synthetic catalog (%,d items, seed %d)", count, seed)),
                failure -> error.set("Could not generate the catalog: " + failure.getMessage()));
        return Optional.empty();
    }
}
