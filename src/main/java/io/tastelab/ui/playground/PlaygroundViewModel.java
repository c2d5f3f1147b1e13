package io.tastelab.ui.playground;

import io.tastelab.playground.interp.CellResult;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.StatementOutput;
import io.tastelab.engine.task.CancelledException;
import io.tastelab.engine.task.Progress;
import io.tastelab.ui.task.BackgroundTasks;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/**
 * The playground pane's state and commands: the code being edited, running it (the whole cell or a selection)
 * in the background, the notebook-style outputs, the error position for the editor's mark, the history of run
 * cells, and the picture of the last statement with the slicing picture's current step. Never touches a Node.
 */
public final class PlaygroundViewModel {

    private final BackgroundTasks tasks;
    private final PlaygroundKernel session;
    /** What the editor holds before the user types: a cell that runs and draws, and where to go next. */
    static final String STARTER = """
            # Ctrl+Enter runs the cell (or the selected lines); Examples has a lesson per topic.
            import jax.numpy as jnp

            x = jnp.arange(12).reshape(3, 4)
            x[1:, ::2]
            """;

    private final StringProperty code = new SimpleStringProperty(STARTER);
    private final ObservableList<OutputEntry> outputs = FXCollections.observableArrayList();
    // One read-only view, kept: a listener on a fresh wrapper would be lost when the wrapper is collected.
    private final ObservableList<OutputEntry> readOnlyOutputs = FXCollections.unmodifiableObservableList(outputs);
    private final ReadOnlyObjectWrapper<Picture> picture = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper pictureNote = new ReadOnlyStringWrapper("");
    /** The run whose picture is shown (0 before any cell drew one). */
    private int pictureRun;
    /** The editor text as last loaded (the starter, a lesson, a history entry) or run whole: unedited text. */
    private String lastLoadedCode = STARTER;
    private final ReadOnlyIntegerWrapper errorLine = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper errorColumn = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final IntegerProperty sliceStep = new SimpleIntegerProperty(0);
    private final javafx.beans.property.BooleanProperty fitPictureToWidth = new javafx.beans.property.SimpleBooleanProperty(true);
    private final List<String> history = new ArrayList<>();
    private int historyPosition;
    private int runs;

    public PlaygroundViewModel(BackgroundTasks tasks, PlaygroundKernel session) {
        this.tasks = tasks;
        this.session = session;
    }

    /** The editor's text. */
    public StringProperty codeProperty() {
        return code;
    }

    public ObservableList<OutputEntry> outputs() {
        return readOnlyOutputs;
    }

    public ReadOnlyObjectProperty<Picture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    /**
     * Why the picture shown is not the latest cell's: empty when it is; otherwise which cell failed (or had
     * nothing to draw) and which earlier cell the picture is from, or that there is no picture yet.
     */
    public ReadOnlyStringProperty pictureNoteProperty() {
        return pictureNote.getReadOnlyProperty();
    }

    /**
     * True when the editor holds text the user typed that was neither loaded nor run whole: replacing it (with
     * a lesson) would lose work, so the pane asks first.
     */
    public boolean editorHasUnrunEdits() {
        String text = code.get() == null ? "" : code.get();
        return !text.strip().isEmpty() && !text.equals(lastLoadedCode);
    }

    /** 1-based editor line of the last run's error, 0 when it ran cleanly. */
    public ReadOnlyIntegerProperty errorLineProperty() {
        return errorLine.getReadOnlyProperty();
    }

    /** 1-based column of the last run's error, 0 when unknown. */
    public ReadOnlyIntegerProperty errorColumnProperty() {
        return errorColumn.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Which index component the slicing picture shows (0-based; clamped to the picture's components). */
    public IntegerProperty sliceStepProperty() {
        return sliceStep;
    }

    /** Whether a picture wider than the pane is scaled down to fit (down to {@link #MIN_PICTURE_SCALE}), or shown at 100%. */
    public javafx.beans.property.BooleanProperty fitPictureToWidthProperty() {
        return fitPictureToWidth;
    }

    /** Below this a grid's numbers get hard to read: a wider picture scrolls instead. */
    static final double MIN_PICTURE_SCALE = 0.6;

    /**
     * The scale at which to draw a picture of {@code naturalWidth} in {@code availableWidth}: 1 when it fits or
     * fitting is off; otherwise just small enough to fit, but never below {@link #MIN_PICTURE_SCALE}.
     */
    public static double pictureScale(double naturalWidth, double availableWidth, boolean fit) {
        if (!fit || naturalWidth <= 0 || availableWidth <= 0 || naturalWidth <= availableWidth) {
            return 1.0;
        }
        return Math.max(MIN_PICTURE_SCALE, availableWidth / naturalWidth);
    }

    /** The whole cell. */
    public void run() {
        lastLoadedCode = code.get();
        runSource(code.get(), 1);
    }

    /**
     * The selection if there is one (Ctrl+Enter with text selected), else the whole cell.
     *
     * @param firstLine the editor line the selection starts on, so that error marks land on the right line
     */
    public void runSelection(String selection, int firstLine) {
        if (selection == null || selection.isBlank()) {
            run();
        } else {
            runSource(selection, firstLine);
        }
    }

    private void runSource(String source, int firstLine) {
        if (running.get()) {
            return;
        }
        int run = ++runs;
        history.remove(source);
        history.add(source);
        historyPosition = history.size();
        running.set(true);
        errorLine.set(0);
        errorColumn.set(0);
        outputs.add(new OutputEntry(run, OutputEntry.Kind.INPUT, source.stripTrailing()));
        // Whether the cell's work got to start: a task cancelled while it waited for a thread never runs, so
        // nothing else would end the run (exactly one of the work and the cancel callback wins).
        java.util.concurrent.atomic.AtomicBoolean claimed = new java.util.concurrent.atomic.AtomicBoolean();
        tasks.submit("Running cell " + run, progress -> {
                    if (!claimed.compareAndSet(false, true)) {
                        throw new CancelledException();
                    }
                    return runWatched(run, source, firstLine, progress);
                },
                result -> show(run, result, firstLine),
                failure -> {
                    running.set(false);
                    outputs.add(new OutputEntry(run, OutputEntry.Kind.ERROR, "SystemError: " + failure.getMessage()));
                    keepEarlierPicture(run, "failed with SystemError");
                },
                () -> {
                    if (claimed.compareAndSet(false, true)) {
                        running.set(false);
                        outputs.add(new OutputEntry(run, OutputEntry.Kind.ERROR, "KeyboardInterrupt (cancelled before it ran)"));
                        keepEarlierPicture(run, "was cancelled before it ran");
                    }
                });
    }

    /**
     * Runs the cell; when the task is cancelled from outside (the status bar's Cancel), stops the cell too. The
     * interpreter checks for a stop only between steps and a cancelled task gets no success callback, so a
     * small watcher forwards the cancel and the run's outcome (a KeyboardInterrupt) is shown all the same.
     */
    private PlaygroundKernel.CellRun runWatched(int run, String source, int firstLine, Progress progress) {
        java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();
        Thread watcher = Thread.ofVirtual().name("playground-cancel-watch").start(() -> {
            while (!finished.get()) {
                if (progress.isCancelled()) {
                    session.cancel();
                    return;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        PlaygroundKernel.CellRun result = session.run(source, "In [" + run + "]");
        finished.set(true);
        watcher.interrupt();
        if (progress.isCancelled()) {
            javafx.application.Platform.runLater(() -> show(run, result, firstLine));
        }
        return result;
    }

    /** Stops the running cell: it ends with a KeyboardInterrupt in the output, as in a notebook. */
    public void cancel() {
        session.cancel();
    }

    private void show(int run, PlaygroundKernel.CellRun result, int firstLine) {
        running.set(false);
        CellResult cell = result.result();
        for (StatementOutput output : cell.outputs()) {
            // %timeit prints its report too; it is shown once, as the timing block
            String printed = output.timing() == null ? output.stdout() : output.stdout().replace(output.timing().text(), "");
            if (!printed.isBlank()) {
                outputs.add(new OutputEntry(run, OutputEntry.Kind.STDOUT, printed.stripTrailing()));
            }
            if (output.timing() != null) {
                outputs.add(new OutputEntry(run, OutputEntry.Kind.TIMING, output.timing().text().stripTrailing()));
            }
        }
        // Like IPython: a cell's Out[n] is the value of its last statement (CellResult.result()), so In [n] and
        // Out[n] pair one to one; a bare expression earlier in the cell is evaluated but not displayed.
        // Shown as IPython shows it: a container longer than a line puts an item per line.
        cell.result().ifPresent(value -> outputs.add(new OutputEntry(run, OutputEntry.Kind.RESULT,
                io.tastelab.playground.interp.NotebookDisplay.format(value))));
        cell.error().ifPresent(error -> {
            outputs.add(new OutputEntry(run, OutputEntry.Kind.ERROR, error.render().stripTrailing()));
            errorLine.set(error.line() == 0 ? 0 : error.line() + firstLine - 1);
            errorColumn.set(error.column());
            if (isImmutabilityError(error)) {
                outputs.add(new OutputEntry(run, OutputEntry.Kind.NOTE, "JAX arrays are immutable: an update makes a new "
                        + "array with x.at[idx].set(v) (or .add, .multiply, .min, .max) and x itself never changes. "
                        + "That lets jit and grad treat functions as pure."));
            }
        });
        if (result.picture() == null) {
            keepEarlierPicture(run, cell.error().map(error -> "failed with " + error.headline())
                    .orElse("has nothing to draw (its last statement gives no array, list of numbers or timing)"));
            return;
        }
        sliceStep.set(result.picture() instanceof Picture.SlicePicture slice ? slice.steps().size() - 1 : 0);
        pictureRun = run;
        pictureNote.set("");
        picture.set(result.picture());
    }

    /** A cell without a picture leaves the last one in place, marked as an earlier cell's (never a blank pane). */
    private void keepEarlierPicture(int run, String outcome) {
        String cell = "In [" + run + "] " + outcome;
        pictureNote.set(pictureRun == 0 ? cell + ". No cell has drawn a picture yet."
                : cell + ". The picture is still the one of In [" + pictureRun + "].");
    }

    private static boolean isImmutabilityError(PlaygroundError error) {
        return error.type().equals("TypeError") && error.pythonMessage().contains(".at[");
    }

    /** The slicing picture's cells to highlight at the current step (flat positions of x, in result order). */
    public long[] highlightedCells() {
        if (picture.get() instanceof Picture.SlicePicture slice) {
            int step = Math.clamp(sliceStep.get(), 0, slice.steps().size() - 1);
            return slice.steps().get(step).selected();
        }
        return new long[0];
    }

    public void previousSliceStep() {
        sliceStep.set(Math.max(0, sliceStep.get() - 1));
    }

    public void nextSliceStep() {
        if (picture.get() instanceof Picture.SlicePicture slice) {
            sliceStep.set(Math.min(slice.steps().size() - 1, sliceStep.get() + 1));
        }
    }

    /** The cells run so far, oldest first, without repeats. */
    public List<String> history() {
        return List.copyOf(history);
    }

    /** Puts the previous cell of the history in the editor (Ctrl+Up). */
    public void historyPrevious() {
        if (historyPosition > 0) {
            historyPosition--;
            code.set(history.get(historyPosition));
            lastLoadedCode = code.get();
        }
    }

    /** Puts the next cell of the history in the editor (Ctrl+Down); past the newest, an empty editor. */
    public void historyNext() {
        if (historyPosition < history.size()) {
            historyPosition++;
            code.set(historyPosition == history.size() ? "" : history.get(historyPosition));
            lastLoadedCode = code.get();
        }
    }

    public List<Lesson> lessons() {
        return Lesson.all();
    }

    /** Loads a lesson into the editor and runs it (the pane asks first if {@link #editorHasUnrunEdits()}). */
    public void runLesson(Lesson lesson) {
        code.set(lesson.code());
        lastLoadedCode = lesson.code();
        run();
    }

    /** Clears the output list (the session's variables stay). */
    public void clearOutputs() {
        outputs.clear();
    }
}
