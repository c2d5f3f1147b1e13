package io.tastelab.ui.importing;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.exchange.AlreadyImportedException;
import io.tastelab.engine.exchange.BadRow;
import io.tastelab.engine.exchange.CsvImporter;
import io.tastelab.engine.exchange.GoodbooksImporter;
import io.tastelab.engine.exchange.ImportOptions;
import io.tastelab.engine.exchange.ImportReport;
import io.tastelab.engine.exchange.MovieLensImporter;
import io.tastelab.engine.task.Progress;
import io.tastelab.engine.workspace.Workspace;
import io.tastelab.ui.shell.ShellViewModel;
import io.tastelab.ui.task.BackgroundTasks;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The import dialog's state and commands: which format, which files (the items file beside a ratings file is
 * filled in for you), the CSV column mapping, and the outcome — progress while it runs (cancel leaves the
 * workspace as it was), the bad rows with file, line and reason when there are any (nothing is imported until
 * the user chooses to skip them), and the summary when done. After an import, popularity is set to the number
 * of users per item and the workspace is read again.
 */
public final class ImportViewModel {

    /** The formats the dialog offers. */
    public enum Format {
        MOVIELENS("MovieLens (u.data, ratings.dat, ratings.csv)"),
        GOODBOOKS("Goodbooks-10k (ratings.csv, books.csv, to_read.csv)"),
        CSV("Any CSV (choose the columns)");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ShellViewModel shell;
    private final BackgroundTasks tasks;
    private final ObjectProperty<Format> format = new SimpleObjectProperty<>(Format.MOVIELENS);
    private final StringProperty ratingsFile = new SimpleStringProperty("");
    private final StringProperty itemsFile = new SimpleStringProperty("");
    private final StringProperty implicitFile = new SimpleStringProperty("");
    private final StringProperty userColumn = new SimpleStringProperty("user");
    private final StringProperty itemColumn = new SimpleStringProperty("item");
    private final StringProperty valueColumn = new SimpleStringProperty("rating");
    private final StringProperty timestampColumn = new SimpleStringProperty("");
    private final StringProperty itemIdColumn = new SimpleStringProperty("id");
    private final StringProperty itemTitleColumn = new SimpleStringProperty("title");
    private final BooleanProperty skipBad = new SimpleBooleanProperty(false);
    private final BooleanProperty replace = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper replaceOffered = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ImportReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<BackgroundTasks.RunningTask> task = new ReadOnlyObjectWrapper<>();
    private final ObservableList<BadRow> badRows = FXCollections.observableArrayList();

    public ImportViewModel(ShellViewModel shell, BackgroundTasks tasks) {
        this.shell = shell;
        this.tasks = tasks;
        ratingsFile.addListener((obs, old, now) -> fillSiblings());
        format.addListener((obs, old, now) -> fillSiblings());
    }

    public ObjectProperty<Format> formatProperty() {
        return format;
    }

    public StringProperty ratingsFileProperty() {
        return ratingsFile;
    }

    public StringProperty itemsFileProperty() {
        return itemsFile;
    }

    public StringProperty implicitFileProperty() {
        return implicitFile;
    }

    public StringProperty userColumnProperty() {
        return userColumn;
    }

    public StringProperty itemColumnProperty() {
        return itemColumn;
    }

    /** Empty for implicit events of weight 1. */
    public StringProperty valueColumnProperty() {
        return valueColumn;
    }

    public StringProperty timestampColumnProperty() {
        return timestampColumn;
    }

    public StringProperty itemIdColumnProperty() {
        return itemIdColumn;
    }

    public StringProperty itemTitleColumnProperty() {
        return itemTitleColumn;
    }

    public BooleanProperty skipBadProperty() {
        return skipBad;
    }

    /** True after the ratings file was refused as imported before: the dialog offers to replace that import. */
    public ReadOnlyBooleanProperty replaceOfferedProperty() {
        return replaceOffered.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the import cannot start, or what is wrong with a typed path; empty when nothing is. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The running import (progress, cancel), or null. */
    public ReadOnlyObjectProperty<BackgroundTasks.RunningTask> taskProperty() {
        return task.getReadOnlyProperty();
    }

    /** Bad rows of the last run, in file order (the first {@link ImportReport#MAX_LISTED}). */
    public ObservableList<BadRow> badRows() {
        return FXCollections.unmodifiableObservableList(badRows);
    }

    /**
     * Fills in the files beside the ratings file as the user types its path. Runs in a property listener, where an
     * exception would reach only the log, so whatever goes wrong shows as the dialog's error instead.
     */
    /**
     * Forgets the last run's outcome (status, error, bad rows), keeping the files, format and columns: the dialog
     * opens again as the user left it, without a stale report.
     */
    public void clearOutcome() {
        if (running.get()) {
            return; // a running import keeps showing its progress
        }
        status.set("");
        error.set("");
        badRows.clear();
        report.set(null);
    }

    /** Where Browse… starts: the folder of the path already in the field, else of the last file chosen. */
    public Optional<Path> browseFolder(String fieldText) {
        try {
            if (fieldText != null && !fieldText.isBlank()) {
                Path parent = Path.of(fieldText.strip()).toAbsolutePath().getParent();
                if (parent != null && Files.isDirectory(parent)) {
                    return Optional.of(parent);
                }
            }
        } catch (java.nio.file.InvalidPathException e) {
            // fall back to the last folder
        }
        return shell.lastFolder();
    }

    /** A file chosen with Browse…: the next file dialog starts beside it. */
    public void fileChosen(Path file) {
        shell.fileChosen(file);
    }

    private void fillSiblings() {
        String text = ratingsFile.get();
        error.set("");
        if (text == null || text.isBlank()) {
            return;
        }
        try {
            Path ratings = Path.of(text.strip());
            switch (format.get()) {
                case MOVIELENS -> MovieLensImporter.itemsBeside(ratings).ifPresent(p -> itemsFile.set(p.toString()));
                case GOODBOOKS -> {
                    GoodbooksImporter.booksBeside(ratings).ifPresent(p -> itemsFile.set(p.toString()));
                    GoodbooksImporter.toReadBeside(ratings).ifPresent(p -> implicitFile.set(p.toString()));
                }
                case CSV -> { }
            }
        } catch (RuntimeException e) {
            error.set("Cannot use the ratings path '" + text.strip() + "': "
                    + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    /**
     * Starts the import in the background.
     *
     * @return why it cannot start (no workspace file open, no ratings file), or empty when it started
     */
    public Optional<String> start() {
        Optional<String> refused = startImport();
        error.set(refused.orElse(""));
        return refused;
    }

    private Optional<String> startImport() {
        Optional<Workspace> target = shell.openWorkspace();
        if (target.isEmpty()) {
            return Optional.of("Import needs a workspace file: create one (File → New workspace…) or save this one "
                    + "(File → Save As…) first.");
        }
        if (target.get().isReadOnly()) {
            return Optional.of(target.get().file() + " is open read-only; save a copy to import into it.");
        }
        if (ratingsFile.get().isBlank()) {
            return Optional.of("Choose the ratings file to import.");
        }
        Path ratings;
        try {
            ratings = Path.of(ratingsFile.get().strip());
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.of("Not a usable path: " + e.getMessage());
        }
        if (!Files.isRegularFile(ratings)) {
            return Optional.of("No such file: " + ratings);
        }
        Path items = optionalPath(itemsFile.get());
        Path implicit = optionalPath(implicitFile.get());
        boolean skip = skipBad.get();
        boolean replaceEarlier = replace.get();
        replace.set(false);
        replaceOffered.set(false);
        Format chosen = format.get();
        CsvImporter.InteractionColumns columns = chosen == Format.CSV
                ? new CsvImporter.InteractionColumns(userColumn.get().strip(), itemColumn.get().strip(), blankToNull(valueColumn.get()),
                blankToNull(timestampColumn.get()), ',')
                : null;
        CsvImporter.ItemColumns itemColumns = new CsvImporter.ItemColumns(itemIdColumn.get().strip(),
                itemTitleColumn.get().strip(), null, null, null, null, ',');
        Workspace workspace = target.get();
        badRows.clear();
        report.set(null);
        status.set("Importing " + ratings.getFileName() + "…");
        running.set(true);
        shell.setImportRunning(true);
        BackgroundTasks.RunningTask handle = tasks.submit("Importing " + ratings.getFileName(), progress -> {
            try {
                // Popularity is set in the import's own transaction, so it always agrees with the interactions.
                ImportOptions options = ImportOptions.defaults().withSkipBad(skip).withReplace(replaceEarlier);
                ImportReport imported = switch (chosen) {
                    case MOVIELENS -> MovieLensImporter.importFiles(workspace, ratings, items, options, progress);
                    case GOODBOOKS -> GoodbooksImporter.importFiles(workspace, ratings, items, implicit, options, progress);
                    case CSV -> CsvImporter.importFiles(workspace, ratings, columns, items, itemColumns, options, progress);
                };
                if (!imported.committed()) {
                    return new Outcome(imported, null);
                }
                progress.update(-1, 1, "reading the workspace again");
                Catalog catalog = workspace.loadCatalog();
                return new Outcome(imported, new Workspace.Derived(catalog, workspace.loadInteractions(catalog, Progress.NONE)));
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            } finally {
                shell.setImportRunning(false);
            }
        }, this::finished, this::failed, this::cancelled);
        if (running.get()) {
            task.set(handle);
        }
        return Optional.empty();
    }

    /** The import's report and, when it was committed, the workspace's new catalog and interactions. */
    private record Outcome(ImportReport report, Workspace.Derived derived) {
    }

    private void finished(Outcome outcome) {
        ImportReport result = outcome.report();
        finishedRunning();
        report.set(result);
        badRows.setAll(result.badRows());
        status.set(result.committed() ? result.summary() + "; popularity set to users per item"
                : result.summary() + ". The list below says where; correct the file, or skip those rows.");
        if (outcome.derived() != null) {
            shell.showImported(outcome.derived().catalog(), outcome.derived().matrix());
        }
    }

    private void failed(Throwable failure) {
        finishedRunning();
        if (failure instanceof AlreadyImportedException already) {
            status.set(already.fileName() + " was already imported into this workspace on " + already.importedAt()
                    + "; nothing was imported. Replace that import's interactions with this file?");
            replaceOffered.set(true);
            return;
        }
        status.set("Import failed, nothing was imported: " + failure.getMessage());
    }

    /** After the file was refused as imported before: import it again, replacing the earlier import's interactions. */
    public Optional<String> replaceEarlierAndImport() {
        replace.set(true);
        return start();
    }

    private void finishedRunning() {
        running.set(false);
        shell.setImportRunning(false);
        task.set(null);
    }

    /** After bad rows were found: import again, skipping them. */
    public Optional<String> skipBadRowsAndImport() {
        skipBad.set(true);
        return start();
    }

    /** Stops a running import; the workspace stays as it was. */
    public void cancel() {
        BackgroundTasks.RunningTask running = task.get();
        if (running != null) {
            running.cancel();
            cancelled();
        }
    }

    /** After a cancel from here or from the status bar: the dialog is idle again. */
    private void cancelled() {
        if (running.get()) {
            finishedRunning();
            status.set("Import cancelled; the workspace is as it was.");
        }
    }

    private static Path optionalPath(String text) {
        return text == null || text.isBlank() ? null : Path.of(text.strip());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
