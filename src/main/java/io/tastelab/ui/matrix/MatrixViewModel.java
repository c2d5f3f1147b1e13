package io.tastelab.ui.matrix;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.catalog.LongTail;
import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.interactions.MatrixOverview;
import io.tastelab.ui.WorkspaceState;
import io.tastelab.ui.task.BackgroundTasks;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The user-item matrix pane: a heatmap of the whole matrix aggregated to {@link #WIDTH} × {@link #HEIGHT} cells
 * (computed in the background, so it stays responsive for hundreds of thousands of users and items), its size,
 * density and sparsity, the long tail of item popularity and of user activity, and one user's history when a row
 * of the heatmap is picked.
 */
public final class MatrixViewModel {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 400;
    static final int TAIL_POINTS = 200;

    /** One interaction of the picked user; {@code time} is empty where the data has no timestamp. */
    public record HistoryRow(String itemId, String title, float value, String time) {
    }

    /** The picked user's band of the heatmap, as fractions of its height (top edge, height). */
    public record Band(double top, double height) {
    }

    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

    private final WorkspaceState workspace;
    private final BackgroundTasks tasks;
    private final BooleanProperty sorted = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<MatrixOverview> overview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LongTail.Curve> itemTail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LongTail.Curve> userTail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("No interactions loaded: open or import a workspace.");
    private final ReadOnlyStringWrapper selectedUser = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Band> selectedBand = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper legend = new ReadOnlyStringWrapper("");
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    private String shownUserId = "";

    public MatrixViewModel(WorkspaceState workspace, BackgroundTasks tasks) {
        this.workspace = workspace;
        this.tasks = tasks;
        workspace.openedProperty().addListener((obs, old, now) -> {
            history.clear();
            selectedUser.set("");
            selectedBand.set(null);
        });
        workspace.interactionsProperty().addListener((obs, old, now) -> refresh());
        sorted.addListener((obs, old, now) -> refresh());
        emptyMessage = javafx.beans.binding.Bindings.createStringBinding(() -> {
            WorkspaceState.Interactions loaded = workspace.interactionsProperty().get();
            return loaded == null || loaded.matrix().nnz() == 0 ? io.tastelab.ui.EmptyMessages.NO_INTERACTIONS : "";
        }, workspace.interactionsProperty());
        historyPlaceholder = javafx.beans.binding.Bindings.createStringBinding(() -> {
            WorkspaceState.Interactions loaded = workspace.interactionsProperty().get();
            if (loaded == null || loaded.matrix().nnz() == 0) {
                return "No history to show: this workspace has no interactions. Import ratings (Ctrl+I).";
            }
            if (selectedUser.get().isEmpty()) {
                return "Click a row of the heatmap: that user's items, values and times are listed here.";
            }
            return shownUserId + " has no interactions.";
        }, workspace.interactionsProperty(), selectedUser);
        refresh();
    }

    private final javafx.beans.binding.StringBinding emptyMessage;
    private final javafx.beans.binding.StringBinding historyPlaceholder;

    /** Most active users on top, most popular items on the left; off: in index order. */
    public BooleanProperty sortedProperty() {
        return sorted;
    }

    public ReadOnlyObjectProperty<MatrixOverview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LongTail.Curve> itemTailProperty() {
        return itemTail.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LongTail.Curve> userTailProperty() {
        return userTail.getReadOnlyProperty();
    }

    /** Empty while there are interactions to draw, else what to do (the heatmap and charts are hidden then). */
    /** Why the history table is empty: no interactions, no user picked yet, or a user without any. */
    public javafx.beans.binding.StringBinding historyPlaceholderProperty() {
        return historyPlaceholder;
    }

    public javafx.beans.binding.StringBinding emptyMessageProperty() {
        return emptyMessage;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedUserProperty() {
        return selectedUser.getReadOnlyProperty();
    }

    /** The picked user's row of the heatmap, to highlight; null when none is picked. */
    public ReadOnlyObjectProperty<Band> selectedBandProperty() {
        return selectedBand.getReadOnlyProperty();
    }

    /** What the heatmap's colours mean, e.g. "interactions per cell: white 0, light 1, dark 37 (log scale)". */
    public ReadOnlyStringProperty legendProperty() {
        return legend.getReadOnlyProperty();
    }

    /** What the heatmap's axes show, in the current order. */
    public String rowsLabel() {
        return sorted.get() ? "↓ users, most active at the top" : "↓ users, in id order";
    }

    public String columnsLabel() {
        return sorted.get() ? "items, most popular at the left →" : "items, in catalog order →";
    }

    public ObservableList<HistoryRow> history() {
        return FXCollections.unmodifiableObservableList(history);
    }

    private void refresh() {
        WorkspaceState.Interactions loaded = workspace.interactionsProperty().get();
        history.clear();
        selectedUser.set("");
        selectedBand.set(null);
        if (loaded == null) {
            legend.set("");
            overview.set(null);
            itemTail.set(null);
            userTail.set(null);
            summary.set("No interactions loaded: open or import a workspace.");
            return;
        }
        InteractionMatrix matrix = loaded.matrix();
        boolean bySize = sorted.get();
        summary.set(describe(matrix));
        tasks.submit("Drawing the user-item matrix", progress -> {
            MatrixOverview result = MatrixOverview.of(matrix, WIDTH, HEIGHT, bySize, progress);
            return new Computed(result, LongTail.of(result.itemCounts(), TAIL_POINTS), LongTail.of(result.userActivity(), TAIL_POINTS));
        }, computed -> {
            if (workspace.interactionsProperty().get() == loaded && sorted.get() == bySize) {
                overview.set(computed.overview());
                legend.set(legendFor(computed.overview().maxCount()));
                itemTail.set(computed.items());
                userTail.set(computed.users());
            }
        }, failure -> summary.set("Could not draw the matrix: " + failure.getMessage()));
    }

    /** The heatmap band that holds {@code user}, or null when the heatmap is not drawn yet. */
    private Band bandOf(int user) {
        MatrixOverview shown = overview.get();
        if (shown == null) {
            return null;
        }
        for (int y = 0; y < shown.height(); y++) {
            for (int inBand : shown.usersInRow(y)) {
                if (inBand == user) {
                    return new Band((double) y / shown.height(), 1.0 / shown.height());
                }
            }
        }
        return null;
    }

    private record Computed(MatrixOverview overview, LongTail.Curve items, LongTail.Curve users) {
    }

    static String describe(InteractionMatrix matrix) {
        return MatrixOverview.describe(matrix);
    }

    /**
     * Picks the user at a point of the heatmap (fractions 0..1 of its width and height): the most active user of
     * that row's band when sorted, else the band's first user; shows their history.
     */
    public void selectAt(double fractionX, double fractionY) {
        MatrixOverview shown = overview.get();
        WorkspaceState.Interactions loaded = workspace.interactionsProperty().get();
        if (shown == null || loaded == null) {
            return;
        }
        int y = (int) Math.min(shown.height() - 1, Math.max(0, Math.floor(fractionY * shown.height())));
        int[] band = shown.usersInRow(y);
        if (band.length > 0) {
            showUser(loaded, band[0]);
        }
    }

    /** Shows one user's history by id; false when there is no such user. */
    public boolean selectUser(String id) {
        WorkspaceState.Interactions loaded = workspace.interactionsProperty().get();
        if (loaded == null) {
            return false;
        }
        return loaded.matrix().userIndex(id).map(u -> {
            showUser(loaded, u);
            return true;
        }).orElse(false);
    }

    private void showUser(WorkspaceState.Interactions loaded, int user) {
        InteractionMatrix matrix = loaded.matrix();
        Catalog catalog = loaded.catalog();
        int[] items = matrix.rowItems(user);
        float[] values = matrix.rowValues(user);
        long[] timestamps = matrix.rowTimestamps(user); // this row's only: a copy of every row's is 200 MB at 25M
        List<HistoryRow> rows = new ArrayList<>(items.length);
        for (int p = 0; p < items.length; p++) {
            long timestamp = timestamps[p];
            String time = timestamp == InteractionMatrix.NO_TIMESTAMP ? "" : TIME.format(java.time.Instant.ofEpochSecond(timestamp));
            rows.add(new HistoryRow(catalog.item(items[p]).id(), catalog.item(items[p]).title(), values[p], time));
        }
        history.setAll(rows);
        shownUserId = "User " + matrix.userId(user);
        selectedUser.set("User " + matrix.userId(user) + ": " + io.tastelab.engine.format.Counts.of(items.length, "interaction"));
        selectedBand.set(bandOf(user));
    }

    /** The heatmap's legend; a log scale only means something when some cell holds more than one interaction. */
    static String legendFor(int maxCount) {
        return maxCount <= 1 ? "Interactions per cell: white 0, blue 1"
                : String.format(Locale.ROOT, "Interactions per cell (log scale): white 0, light 1, darkest %,d", maxCount);
    }
}
