package io.tastelab.ui.shell;

import io.tastelab.array.BackendInfo;
import io.tastelab.array.ComputeBackend;
import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.exchange.CsvExport;
import io.tastelab.engine.sample.CatalogCsv;
import io.tastelab.engine.sample.SampleWorkspace;
import io.tastelab.engine.sample.SyntheticCatalog;
import io.tastelab.engine.workspace.Workspace;
import io.tastelab.engine.workspace.WorkspaceException;
import io.tastelab.ui.WorkspaceState;
import io.tastelab.ui.task.BackgroundTasks;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The main window's state and commands: which workspace is open, the compute backend's status, and the
 * workspace-wide commands of the menu (new / open / save as a workspace file, recent files, open a catalog,
 * reload the sample, generate a synthetic catalog).
 *
 * <p>A workspace file is opened and read in the background; once open, every catalog edit is saved to it at
 * once (see {@link WorkspaceState#edit}). Its interactions load in the background after the catalog, so the
 * window is usable before a large matrix is in memory.
 */
public final class ShellViewModel {

    public static final int MAX_SYNTHETIC_ITEMS = 10_000_000;

    private final WorkspaceState workspace;
    private final BackgroundTasks tasks;
    // Empty while ND4J loads: the running task says so in the status bar already, once.
    private final ReadOnlyStringWrapper backendStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper backendReady = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> workspaceFile = new ReadOnlyObjectWrapper<>();
    private Path lastFolder;
    private final ReadOnlyBooleanWrapper copyOffered = new ReadOnlyBooleanWrapper(false);
    private volatile boolean importRunning;
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    // One read-only view, kept here: an unmodifiable view forwards changes only while someone holds it, so a new
    // view per call would let the menu's listener be collected and Open recent stop following.
    private final ObservableList<Path> recentFilesView = FXCollections.unmodifiableObservableList(recentFiles);
    private final RecentWorkspaces recent;
    private Workspace open;
    /** The built-in sample's catalog while it is shown (Save As then copies its ratings too), else whatever it was. */
    private Catalog sampleShown;

    public ShellViewModel(WorkspaceState workspace, BackgroundTasks tasks) {
        this(workspace, tasks, RecentWorkspaces.inMemory());
    }

    public ShellViewModel(WorkspaceState workspace, BackgroundTasks tasks, RecentWorkspaces recent) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.recent = recent;
        recentFiles.setAll(recent.list());
        workspace.readOnlyEditAttemptsProperty().addListener((obs, old, now) -> copyOffered.set(true));
    }

    public BackgroundTasks tasks() {
        return tasks;
    }

    public StringExpression windowTitle() {
        return Bindings.concat("TasteLab — ", workspace.nameProperty(),
                Bindings.when(workspace.readOnlyProperty()).then(" (read-only)").otherwise(""));
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return workspace.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return workspace.canRedoProperty();
    }

    /** Undoes the last catalog or popularity edit (and saves that); a failure shows as an error. */
    public void undo() {
        workspace.undo().ifPresent(message -> error.set("Could not undo: " + message));
    }

    public void redo() {
        workspace.redo().ifPresent(message -> error.set("Could not redo: " + message));
    }

    /** The open workspace file, or null for the sample or an in-memory catalog. */
    public ReadOnlyObjectProperty<Path> workspaceFileProperty() {
        return workspaceFile.getReadOnlyProperty();
    }

    /** The folder of the last file chosen in a file dialog, where the next one starts; empty before any. */
    public Optional<Path> lastFolder() {
        return Optional.ofNullable(lastFolder).filter(Files::isDirectory);
    }

    /** Remembers the folder of a file the user chose, for the next file dialog. */
    public void fileChosen(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            lastFolder = parent;
        }
    }

    /**
     * The name a file dialog suggests: the open workspace's name (without its extension) with what the file holds,
     * e.g. {@code movies-catalog.csv}; a copy of a workspace file {@code movies-copy.tastelab} (never the open file's
     * own name), the built-in sample {@code my-sample.tastelab}.
     *
     * @param what {@code ""} for a workspace file, or what a CSV holds ("catalog", "popularity")
     */
    public String suggestedFileName(String what) {
        String base = workspace.readOnlyProperty().get() && open == null ? "my-sample" : workspace.nameProperty().get();
        base = base.replaceFirst("\\.(tastelab|sqlite|db|csv)$", "").replaceAll("[^\\p{L}\\p{N}._-]+", "-")
                .replaceAll("^-+|-+$", "");
        if (base.isEmpty()) {
            base = "workspace";
        }
        if (!what.isEmpty()) {
            return base + "-" + what + ".csv";
        }
        return open != null ? base + "-copy.tastelab" : base + ".tastelab";
    }

    /** Recently opened workspace files, most recent first. */
    public ObservableList<Path> recentFiles() {
        return recentFilesView;
    }

    /** True after an edit of a read-only workspace: the view offers to save a copy, then calls {@link #dismissCopyOffer()}. */
    public ReadOnlyBooleanProperty copyOfferedProperty() {
        return copyOffered.getReadOnlyProperty();
    }

    /** The user declined the copy: the refused edit is dropped. */
    public void dismissCopyOffer() {
        copyOffered.set(false);
        workspace.takeRefusedEdit();
    }

    /**
     * The user accepted the copy: saves the read-only workspace as {@code file}, switches to it, and applies there
     * the edit that was refused, so the change that prompted the copy is not lost.
     */
    public void saveCopyWithRefusedEdit(Path file) {
        copyOffered.set(false);
        saveAs(file, workspace.takeRefusedEdit().orElse(null));
    }

    /** The open workspace, for commands that work on the file (import); empty for the sample or a CSV catalog. */
    public Optional<Workspace> openWorkspace() {
        return Optional.ofNullable(open);
    }

    /**
     * While an import holds the workspace, edits are refused (rather than freezing the window until it ends).
     * Called from the import's own thread too, so it is a plain volatile flag.
     */
    public void setImportRunning(boolean running) {
        importRunning = running;
    }

    /** Creates an empty workspace file and switches to it. */
    public void newWorkspace(Path file) {
        tasks.submit("Creating " + file.getFileName(), progress -> Workspace.create(file),
                created -> switchTo(created, Catalog.empty()),
                failure -> error.set("Could not create the workspace: " + failure.getMessage()));
    }

    /** Opens a workspace file in the background: first the catalog (the window is usable), then the interactions. */
    public void openWorkspaceFile(Path file) {
        tasks.submit("Opening " + file.getFileName(), progress -> {
            Workspace opened = Workspace.open(file);
            try {
                return new Opened(opened, opened.loadCatalog());
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }, (Opened result) -> switchTo(result.workspace(), result.catalog()),
                failure -> error.set("Could not open the workspace: " + failure.getMessage()));
    }

    private record Opened(Workspace workspace, Catalog catalog) {
    }

    /**
     * Saves the current catalog (and, for a workspace file, everything in it) as a new workspace file and switches
     * to it. The built-in sample becomes editable this way.
     */
    public void saveAs(Path file) {
        dismissCopyOffer();
        saveAs(file, null);
    }

    private void saveAs(Path file, java.util.function.UnaryOperator<Catalog> editForTheCopy) {
        Workspace source = open;
        Catalog catalog = workspace.catalog();
        // The sample is read-only, so while its catalog is shown nothing else is.
        boolean fromSample = source == null && catalog == sampleShown;
        tasks.submit("Saving " + file.getFileName(), progress -> {
            if (source != null) {
                source.copyTo(file);
                Workspace copy = Workspace.open(file);
                return new Opened(copy, copy.loadCatalog());
            }
            if (fromSample) {
                try {
                    return new Opened(SampleWorkspace.saveCopy(file, catalog, progress), catalog);
                } catch (IOException e) {
                    throw new UncheckedIOException(file + ": " + e.getMessage(), e);
                }
            }
            Workspace created = Workspace.create(file);
            created.replaceCatalog(catalog);
            return new Opened(created, catalog);
        }, (Opened result) -> {
            switchTo(result.workspace(), result.catalog());
            if (editForTheCopy != null) {
                workspace.edit(editForTheCopy).ifPresent(refused ->
                        error.set("The copy was saved, but the edit could not be applied to it: " + refused));
            }
        }, failure -> error.set("Could not save the workspace: " + failure.getMessage()));
    }

    /** Reopens the workspace that was open when the app last closed; nothing when there is none. */
    public boolean reopenLast() {
        Optional<Path> last = recent.last();
        last.ifPresent(this::openWorkspaceFile);
        return last.isPresent();
    }

    private void switchTo(Workspace opened, Catalog catalog) {
        switchTo(opened, catalog, true);
    }

    private void switchTo(Workspace opened, Catalog catalog, boolean readInteractions) {
        if (open != opened) {
            closeOpen();
        }
        open = opened;
        workspaceFile.set(opened.file());
        recent.add(opened.file());
        recentFiles.setAll(recent.list());
        workspace.replace(catalog, opened.file().getFileName().toString(), (before, after) -> {
            if (importRunning) {
                throw new WorkspaceException("an import is running into " + opened.file().getFileName()
                        + "; edit again when it has finished");
            }
            opened.saveCatalogEdit(before, after);
        }, opened.isReadOnly());
        if (readInteractions) {
            loadInteractions();
        }
    }

    /**
     * Shows what an import left in the open workspace: its catalog and the interactions already read (so a 25M-row
     * matrix is not read twice).
     */
    public void showImported(Catalog catalog, io.tastelab.engine.interactions.InteractionMatrix matrix) {
        if (open == null) {
            return;
        }
        switchTo(open, catalog, false);
        workspace.setInteractions(new WorkspaceState.Interactions(matrix, catalog));
    }

    /** Loads the open workspace's interactions into the shared state, in the background. */
    public void loadInteractions() {
        Workspace current = open;
        Catalog catalog = workspace.catalog();
        if (current == null) {
            return;
        }
        tasks.submit("Loading interactions of " + current.file().getFileName(),
                progress -> current.readInteractions(catalog, progress),
                loaded -> {
                    if (open == current && workspace.catalog() == catalog) {
                        workspace.setInteractions(new WorkspaceState.Interactions(loaded.matrix(), catalog));
                    }
                    storeFastOpenCopy(current, loaded);
                }, failure -> error.set("Could not load the interactions: " + failure.getMessage()));
    }

    /**
     * After the interactions were read from SQLite (no copy, or a stale one): stores the fast-open copy as a task
     * of its own, so the matrix is usable meanwhile. A copy that cannot be written only costs the next opening time.
     */
    private void storeFastOpenCopy(Workspace current, Workspace.Loaded loaded) {
        if (loaded.cacheToStore()) {
            tasks.submit("Saving a fast-open copy of the interactions of " + current.file().getFileName(),
                    progress -> loaded.storeCache(progress), stored -> { }, failure -> { });
        }
    }

    /** Writes the current catalog (TasteLab's catalog CSV, readable by File → Open catalog CSV) to a file. */
    public void exportCatalog(Path file) {
        export(file, "catalog", writer -> CsvExport.catalog(workspace.catalog(), writer));
    }

    /** Writes {@code rank,id,title,popularity}, most popular first. */
    public void exportPopularity(Path file) {
        export(file, "popularity", writer -> CsvExport.popularity(workspace.catalog(), writer));
    }

    private interface CsvWriting {
        void write(java.io.Writer writer) throws IOException;
    }

    private void export(Path file, String what, CsvWriting writing) {
        tasks.submit("Exporting the " + what + " to " + file.getFileName(), progress -> {
            try (java.io.Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                writing.write(writer);
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": " + e.getMessage(), e);
            }
            return file;
        }, written -> { }, failure -> error.set("Could not export the " + what + ": " + failure.getMessage()));
    }

    /** Closes the open workspace file (on quit, or when switching). */
    public void closeOpen() {
        if (open != null) {
            try {
                open.close();
            } catch (WorkspaceException e) {
                error.set(e.getMessage());
            }
            open = null;
            workspaceFile.set(null);
        }
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
            progress.update(-1, 1, "native libraries");
            return ComputeBackend.describe();
        }, (BackendInfo info) -> {
            backendStatus.set("Compute: " + info.summary());
            backendReady.set(true);
        }, failure -> backendStatus.set("Compute backend failed to load: " + failure.getMessage()));
    }

    /** Shows the built-in sample with its synthetic ratings, read-only: editing it offers to save a copy. */
    public void reloadSample() {
        closeOpen();
        Catalog sample = SampleWorkspace.load();
        sampleShown = sample;
        workspace.replace(sample, "Built-in sample", (before, after) -> { }, true);
        workspace.setInteractions(new WorkspaceState.Interactions(SampleWorkspace.interactions(sample), sample));
    }

    /** Opens a catalog CSV in TasteLab's format in the background. */
    public void openCatalog(Path file) {
        tasks.submit("Opening " + file.getFileName(), progress -> {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return CatalogCsv.read(reader, file.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": " + e.getMessage(), e);
            }
        }, (Catalog catalog) -> {
            closeOpen();
            workspace.replace(catalog, file.getFileName().toString());
        },
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
                catalog -> {
                    closeOpen();
                    workspace.replace(catalog, String.format("Synthetic catalog (%,d items, seed %d)", count, seed));
                },
                failure -> error.set("Could not generate the catalog: " + failure.getMessage()));
        return Optional.empty();
    }
}
