package io.tastelab.engine.interactions;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InteractionMatrixTest {

    /**
     * Three users, four items:
     * <pre>
     *        i0  i1  i2  i3
     *   u0    5   .   3   .
     *   u1    .   .   4   .
     *   u2    1   2   .   .
     * </pre>
     * entered out of order, to check that rows keep input order and columns come out sorted by user.
     */
    static InteractionMatrix tiny() {
        return InteractionMatrix.fromCoordinates(new String[] {"u0", "u1", "u2"}, 4,
                new int[] {2, 0, 1, 0, 2}, new int[] {1, 2, 2, 0, 0}, new float[] {2, 3, 4, 5, 1},
                new long[] {10, 20, 30, 40, InteractionMatrix.NO_TIMESTAMP}, null, 5);
    }

    @Test
    void csrAndCscHoldTheHandCheckedArrays() {
        InteractionMatrix m = tiny();
        assertThat(m.csr().rowPointers()).containsExactly(0, 2, 3, 5);
        assertThat(m.csr().columnIndices()).containsExactly(2, 0, 2, 1, 0);
        assertThat(m.csr().values()).containsExactly(3, 5, 4, 2, 1);
        assertThat(m.csc().columnPointers()).containsExactly(0, 2, 3, 5, 5);
        assertThat(m.csc().rowIndices()).containsExactly(0, 2, 2, 0, 1);
        assertThat(m.csc().values()).containsExactly(5, 1, 2, 3, 4);
        assertThat(m.timestamps()).containsExactly(20, 40, 30, 10, InteractionMatrix.NO_TIMESTAMP);
    }

    @Test
    void rowsColumnsAndDensityAnswerTheObviousQuestions() {
        InteractionMatrix m = tiny();
        assertThat(m.nnz()).isEqualTo(5);
        assertThat(m.density()).isEqualTo(5 / 12.0);
        assertThat(m.rowItems(2)).containsExactly(1, 0);
        assertThat(m.rowValues(2)).containsExactly(2, 1);
        assertThat(m.columnUsers(0)).containsExactly(0, 2);
        assertThat(m.columnLength(3)).isZero();
        assertThat(m.rowLength(1)).isEqualTo(1);
        assertThat(m.userIndex("u2")).contains(2);
        assertThat(m.userIndex("nobody")).isEmpty();
    }

    @Test
    void anIndexOutOfRangeIsRefusedWithTheEntryNumber() {
        assertThatThrownBy(() -> InteractionMatrix.fromCoordinates(new String[] {"u"}, 2, new int[] {0, 0},
                new int[] {1, 2}, new float[] {1, 1}, null, null, 2))
                .hasMessage("entry 1: item index 2 is outside 0..1");
    }
}
