package io.tastelab.playground.arrays;

import static io.tastelab.playground.arrays.PlaygroundTesting.error;
import static io.tastelab.playground.arrays.PlaygroundTesting.eval;
import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.session.PlaygroundSession;
import org.junit.jupiter.api.Test;

/**
 * What the NumPy-generated "structured" corpus page cannot show: that a field and a record are views of the same
 * memory through several steps, that errors point at the statement's subscript or operator, and that jax.numpy
 * refuses structured dtypes with JAX's TypeError (JAX has none).
 */
class StructuredArraysTest {

    private final PlaygroundSession session = new PlaygroundSession();

    @Test
    void fieldsAndRecordsWriteThroughToTheArray() {
        eval(session, "import numpy as np\n"
                + "x = np.zeros((2, 2), dtype=[('a', np.int32), ('b', np.float64, (3, 3))])\n"
                + "a = x['a']\n"
                + "row = x[1]\n"
                + "cell = row[0]\n"
                + "a[0, 1] = 3\n"
                + "cell['b'][2, 2] = 1.5\n"
                + "row['a'] = 9\n0");
        assertThat(eval(session, "x['a'].tolist(), x['b'][1, 0, 2, 2], x[1, 0]['b'].sum()").repr())
                .isEqualTo("([[0, 3], [9, 9]], np.float64(1.5), np.float64(1.5))");
        eval(session, "y = x.copy()\ny['a'] = -1\n0");
        assertThat(eval(session, "x['a'].min(), y['a'].max()").repr()).isEqualTo("(np.int32(0), np.int32(-1))");
    }

    @Test
    void emptyMakesTheStructureItIsGiven() {
        // the corpus leaves np.empty out (NumPy's uninitialized memory differs between runs); its shape and dtype
        // are NumPy's all the same
        eval(session, "import numpy as np\n0");
        assertThat(eval(session, "e = np.empty((2, 3), dtype='i4, (2,)f8')\ne.shape, e.dtype, e['f1'].shape").repr())
                .isEqualTo("((2, 3), dtype([('f0', '<i4'), ('f1', '<f8', (2,))]), (2, 3, 2))");
        assertThat(error(session, "np.can_cast(e.dtype, e.dtype)").headline()).startsWith("TypeError: can_cast of "
                + "structured dtypes is not in the playground");
    }

    @Test
    void anUnknownFieldIsReportedAtItsSubscript() {
        eval(session, "import numpy as np\nr = np.array([(1, 2.0)], dtype=[('x', 'i4'), ('y', 'f8')])\n0");
        PlaygroundError unknown = error(session, "v = 1\nw = r['c'] + v");
        assertThat(unknown.headline()).isEqualTo("ValueError: no field of name c");
        assertThat(unknown.line()).isEqualTo(2);
        assertThat(unknown.render()).contains("w = r['c'] + v\n        ^^^^^^");
        PlaygroundError arithmetic = error(session, "r * 2");
        assertThat(arithmetic.headline()).isEqualTo("UFuncTypeError: ufunc 'multiply' did not contain a loop with "
                + "signature matching types (dtype([('x', '<i4'), ('y', '<f8')]), dtype('int64')) -> None");
        assertThat(error(session, "np.sum(r)").headline()).startsWith("TypeError: sum() does not take structured "
                + "arrays");
    }

    @Test
    void jaxNumpyRefusesStructuredDTypesWithJaxsTypeError() {
        eval(session, "import numpy as np\nimport jax.numpy as jnp\n0");
        assertThat(error(session, "jnp.zeros((2, 2), dtype=[('a', np.int32), ('b', np.float64, (3, 3))])")
                .headline()).isEqualTo("TypeError: JAX only supports number, bool, and string dtypes, got dtype "
                + "[('a', <class 'numpy.int32'>), ('b', <class 'numpy.float64'>, (3, 3))] in zeros");
        assertThat(error(session, "jnp.array([(1, 2.0)], dtype='i4,f8')").headline()).isEqualTo("TypeError: JAX "
                + "only supports number, bool, and string dtypes, got dtype i4,f8 in array");
        assertThat(eval(session, "jnp.zeros(2, dtype=jnp.int32)").repr()).isEqualTo(
                "Array([0, 0], dtype=int32)");
    }
}
