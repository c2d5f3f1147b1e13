package io.tastelab.ui;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.catalog.CatalogException;
import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.models.TrainedModels;
import io.tastelab.engine.pipeline.RecommendationRequest;
import io.tastelab.engine.workspace.WorkspaceException;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The state every pane shares: which workspace is open ({@link #openedProperty()}), its current catalog snapshot,
 * its name, and the request the recommendation pane is showing (the catalog pane marks what that context can serve).
 * Lives on the FX thread.
 *
 * <p>Every switch of workspace (new, open, open recent, save as, reload the sample, an import) makes a new
 * {@link Opened}; each pane's ViewModel listens to {@link #openedProperty()} and drops what it held for the previous
 * one (filters, selections, forms, errors, results, messages). An edit can name the opening it was made in
 * ({@link #edit(Opened, UnaryOperator)}), so a form loaded from one workspace can never write into another.
 *
 * <p>Edits go through {@link #edit}: each is handed to the {@link EditSink} (the open workspace file saves it at
 * once, in its own transaction) and remembered for {@link #undo()} / {@link #redo()}. A read-only workspace (the
 * built-in sample) refuses edits and raises {@link #readOnlyEditAttemptsProperty()}, so the shell can offer to
 * save a copy; the refused edit is kept so the copy can apply it ({@link #takeRefusedEdit()}). The interactions of the workspace, once loaded, are kept beside the catalog they were loaded with.
 */
public final class WorkspaceState {

    /** Where edits are saved; the workspace file, or nothing for an in-memory catalog. */
    @FunctionalInterface
    public interface EditSink {
        /** Saves {@code after}, which is {@code before} with one edit; throws {@link WorkspaceException} when it cannot. */
        void save(Catalog before, Catalog after);
    }

    /** The user-item matrix and the catalog snapshot whose item indices its columns use. */
    public record Interactions(InteractionMatrix matrix, Catalog catalog) {
    }

    /**
     * One opening of a workspace: a new one for every switch, even when the same file is opened again, because
     * what the panes showed (forms, results) belongs to the opening it was made in.
     */
    public static final class Opened {
        private static long lastSerial;
        private final long serial = ++lastSerial;
        private final String name;

        private Opened(String name) {
            this.name = name;
        }

        /** The workspace's name when it was opened, for messages. */
        public String name() {
            return name;
        }

        @Override
        public String toString() {
            return name + " (opening " + serial + ")";
        }
    }

    private static final int UNDO_LIMIT = 200;

    private final ReadOnlyObjectWrapper<Opened> opened;
    private final ReadOnlyObjectWrapper<Catalog> catalog;
    private final ReadOnlyStringWrapper name;
    private final ObjectProperty<RecommendationRequest> currentRequest = new SimpleObjectProperty<>(RecommendationRequest.top(10));
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final IntegerProperty readOnlyEditAttempts = new SimpleIntegerProperty();
    private final ReadOnlyObjectWrapper<Interactions> interactions = new ReadOnlyObjectWrapper<>();
    private final TrainedModels trainedModels = new TrainedModels();
    private final Deque<Catalog> undo = new ArrayDeque<>();
    private final Deque<Catalog> redo = new ArrayDeque<>();
    private EditSink sink = (before, after) -> { };
    private UnaryOperator<Catalog> refusedEdit;

    public WorkspaceState(Catalog initial, String workspaceName) {
        this.opened = new ReadOnlyObjectWrapper<>(new Opened(workspaceName));
        this.catalog = new ReadOnlyObjectWrapper<>(initial);
        this.name = new ReadOnlyStringWrapper(workspaceName);
    }

    /** The open workspace; replaced (never reused) on every switch, before the new catalog is set. */
    public ReadOnlyObjectProperty<Opened> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public Opened opened() {
        return opened.get();
    }

    public ReadOnlyObjectProperty<Catalog> catalogProperty() {
        return catalog.getReadOnlyProperty();
    }

    public Catalog catalog() {
        return catalog.get();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ObjectProperty<RecommendationRequest> currentRequestProperty() {
        return currentRequest;
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Counts edits refused because the workspace is read-only; the shell listens to offer a copy. */
    public ReadOnlyIntegerProperty readOnlyEditAttemptsProperty() {
        return readOnlyEditAttempts;
    }

    /** The loaded interactions, or null while none are loaded (or the workspace has none). */
    public ReadOnlyObjectProperty<Interactions> interactionsProperty() {
        return interactions.getReadOnlyProperty();
    }

    public void setInteractions(Interactions loaded) {
        trainedModels.clear();
        interactions.set(loaded);
    }

    /**
     * Models trained on this workspace's interactions, shared by the Recommendations pane and the Evaluation pane's
     * "Recommend for a user"; emptied whenever the interactions or the workspace change.
     */
    public TrainedModels trainedModels() {
        return trainedModels;
    }

    /**
     * Applies one edit. On success the new snapshot replaces the old one, is saved, and can be undone; on a
     * refused edit (invalid, read-only, or the file could not be written) nothing changes and the reason comes back.
     */
    public Optional<String> edit(UnaryOperator<Catalog> change) {
        if (readOnly.get()) {
            refusedEdit = change;
            readOnlyEditAttempts.set(readOnlyEditAttempts.get() + 1);
            return Optional.of(name.get() + " is read-only: save a copy (File → Save As…) to edit it");
        }
        Catalog before = catalog.get();
        Catalog after;
        try {
            after = change.apply(before);
        } catch (CatalogException e) {
            return Optional.of(e.getMessage());
        }
        Optional<String> failed = save(before, after);
        if (failed.isPresent()) {
            return failed;
        }
        push(undo, before);
        redo.clear();
        catalog.set(after);
        updateUndoFlags();
        return Optional.empty();
    }

    /**
     * Applies one edit made in {@code madeIn}; refused, with nothing changed, when another workspace is open now
     * (a form kept from before a switch must not write into the workspace that replaced it).
     */
    public Optional<String> edit(Opened madeIn, UnaryOperator<Catalog> change) {
        if (madeIn != opened.get()) {
            return Optional.of("this edit was made in " + madeIn.name() + ", which is no longer open; nothing was changed");
        }
        return edit(change);
    }

    /**
     * The last edit refused because the workspace is read-only, handed over once (the shell applies it to the
     * editable copy the user saves), or empty.
     */
    public Optional<UnaryOperator<Catalog>> takeRefusedEdit() {
        Optional<UnaryOperator<Catalog>> taken = Optional.ofNullable(refusedEdit);
        refusedEdit = null;
        return taken;
    }

    /** Goes back one edit (and saves that); empty when done, else why not. */
    public Optional<String> undo() {
        return step(undo, redo);
    }

    /** Re-applies the last undone edit. */
    public Optional<String> redo() {
        return step(redo, undo);
    }

    private Optional<String> step(Deque<Catalog> from, Deque<Catalog> to) {
        if (from.isEmpty()) {
            return Optional.of("nothing to " + (from == undo ? "undo" : "redo"));
        }
        Catalog before = catalog.get();
        Catalog target = from.peek();
        Optional<String> failed = save(before, target);
        if (failed.isPresent()) {
            return failed;
        }
        from.pop();
        push(to, before);
        catalog.set(target);
        updateUndoFlags();
        return Optional.empty();
    }

    private Optional<String> save(Catalog before, Catalog after) {
        try {
            sink.save(before, after);
            return Optional.empty();
        } catch (WorkspaceException e) {
            return Optional.of("not saved: " + e.getMessage());
        }
    }

    private static void push(Deque<Catalog> stack, Catalog snapshot) {
        stack.push(snapshot);
        if (stack.size() > UNDO_LIMIT) {
            stack.removeLast();
        }
    }

    private void updateUndoFlags() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    /** Replaces the whole workspace (a new catalog from a file, the sample, or a generator), kept in memory only. */
    public void replace(Catalog newCatalog, String newName) {
        replace(newCatalog, newName, (before, after) -> { }, false);
    }

    /**
     * Replaces the whole workspace.
     *
     * @param editSink where edits are saved from now on
     * @param isReadOnly whether edits are refused (the built-in sample)
     */
    public void replace(Catalog newCatalog, String newName, EditSink editSink, boolean isReadOnly) {
        trainedModels.clear();
        // First the new opening, so the panes drop the old one's state before they see the new catalog.
        opened.set(new Opened(newName));
        refusedEdit = null;
        sink = editSink;
        readOnly.set(isReadOnly);
        undo.clear();
        redo.clear();
        updateUndoFlags();
        interactions.set(null);
        name.set(newName);
        catalog.set(newCatalog);
    }
}
