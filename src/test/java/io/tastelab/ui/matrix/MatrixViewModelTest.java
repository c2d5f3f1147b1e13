package io.tastelab.ui.matrix;

import io.tastelab.engine.TinyCatalogs;
import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.ui.WorkspaceState;
import io.tastelab.ui.task.DirectBackgroundTasks;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The matrix pane's history times, the picked row and the colour legend, on the ViewModel. */
class MatrixViewModelTest {

    private final WorkspaceState workspace = new WorkspaceState(TinyCatalogs.five(), "tiny");
    private final MatrixViewModel matrix = new MatrixViewModel(workspace, new DirectBackgroundTasks());

    private void load() {
        // ann rates three items (two with a time), bob one
        InteractionMatrix ratings = InteractionMatrix.fromCoordinates(new String[] {"ann", "bob"}, 5,
                new int[] {0, 0, 0, 1}, new int[] {0, 1, 2, 1}, new float[] {5, 4, 3, 2},
                new long[] {964_982_703L, InteractionMatrix.NO_TIMESTAMP, 0L, 1_445_714_835L}, null, 4);
        workspace.setInteractions(new WorkspaceState.Interactions(ratings, workspace.catalog()));
    }

    @Test
    void theHistoryShowsWhenEachInteractionHappenedInUtc() {
        load();
        assertThat(matrix.selectUser("ann")).isTrue();
        assertThat(matrix.history()).extracting(MatrixViewModel.HistoryRow::time)
                .containsExactly("2000-07-30 18:45", "", "1970-01-01 00:00");
    }

    @Test
    void thePickedUsersRowIsMarkedAndTheLegendSaysWhatTheColoursMean() {
        load();
        assertThat(matrix.selectedBandProperty().get()).isNull();
        // Every cell of this small matrix holds at most one rating: no "darkest 1" of a log scale.
        assertThat(matrix.overviewProperty().get().maxCount()).isEqualTo(1);
        assertThat(matrix.legendProperty().get()).isEqualTo("Interactions per cell: white 0, blue 1");
        assertThat(MatrixViewModel.legendFor(37)).isEqualTo("Interactions per cell (log scale): white 0, light 1, darkest 37");
        assertThat(MatrixViewModel.legendFor(12_000)).endsWith("darkest 12,000");
        matrix.selectAt(0.5, 0.99); // the bottom row: the least active user
        assertThat(matrix.selectedUserProperty().get()).startsWith("User bob");
        MatrixViewModel.Band band = matrix.selectedBandProperty().get();
        assertThat(band.top() + band.height()).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(matrix.rowsLabel()).contains("most active at the top");
    }

    @Test
    void anEmptyHistorySaysWhyItIsEmpty() {
        assertThat(matrix.historyPlaceholderProperty().get()).contains("no interactions").contains("Import ratings (Ctrl+I)");
        // ann rates two items; cy is a user without any interaction
        InteractionMatrix ratings = InteractionMatrix.fromCoordinates(new String[] {"ann", "cy"}, 5,
                new int[] {0, 0}, new int[] {0, 1}, new float[] {5, 4}, null, null, 2);
        workspace.setInteractions(new WorkspaceState.Interactions(ratings, workspace.catalog()));
        assertThat(matrix.historyPlaceholderProperty().get()).startsWith("Click a row of the heatmap");
        assertThat(matrix.selectUser("cy")).isTrue();
        assertThat(matrix.history()).isEmpty();
        assertThat(matrix.historyPlaceholderProperty().get()).isEqualTo("User cy has no interactions.");
        assertThat(matrix.selectUser("ann")).isTrue();
        assertThat(matrix.history()).hasSize(2);
    }
}
