package io.tastelab.engine.interactions;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class InteractionMatrixPropertiesTest {

    @Property(tries = 50)
    void cscIsTheTransposeOfCsr(@ForAll @IntRange(min = 1, max = 30) int users, @ForAll @IntRange(min = 1, max = 30) int items,
                                @ForAll @IntRange(min = 0, max = 300) int nnz, @ForAll long seed) {
        Random random = new Random(seed);
        int[] u = new int[nnz];
        int[] i = new int[nnz];
        float[] v = new float[nnz];
        for (int e = 0; e < nnz; e++) {
            u[e] = random.nextInt(users);
            i[e] = random.nextInt(items);
            v[e] = random.nextInt(5) + 1;
        }
        String[] ids = new String[users];
        for (int k = 0; k < users; k++) {
            ids[k] = "u" + k;
        }
        InteractionMatrix m = InteractionMatrix.fromCoordinates(ids, items, u, i, v, null, null, nnz);
        double[][] fromRows = new double[users][items];
        double[][] fromColumns = new double[users][items];
        for (int row = 0; row < users; row++) {
            int[] columns = m.rowItems(row);
            float[] values = m.rowValues(row);
            for (int p = 0; p < columns.length; p++) {
                fromRows[row][columns[p]] += values[p];
            }
        }
        for (int column = 0; column < items; column++) {
            int[] rows = m.columnUsers(column);
            float[] values = m.columnValues(column);
            for (int p = 0; p < rows.length; p++) {
                fromColumns[rows[p]][column] += values[p];
                assertThat(p == 0 || rows[p - 1] <= rows[p]).isTrue();
            }
        }
        assertThat(fromColumns).isDeepEqualTo(fromRows);
    }
}
