package io.tastelab.playground.arrays;

import static io.tastelab.playground.arrays.PlaygroundTesting.repr;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * NumPy's {@code square} and {@code reciprocal} ufuncs. Each expected repr is what NumPy 2.4.6 printed for the same
 * statement (run with {@code python3 -c 'import numpy as np; print(repr(...))'}): integer results keep their type,
 * bool goes through int8, an integer reciprocal truncates 1 / x and 1 / 0 is the cast of inf.
 */
class NumpySquareAndReciprocalTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "np.square(np.array([1, -2, 3]))                          | array([1, 4, 9])",
        "np.square(np.array([True, False]))                       | array([1, 0], dtype=int8)",
        "np.square(3)                                             | np.int64(9)",
        "np.square(np.float32(1.5))                               | np.float32(2.25)",
        "np.square(np.array([1.5, 2.5], dtype=np.float32))        | array([2.25, 6.25], dtype=float32)",
        "np.square([1, 2])                                        | array([1, 4])",
        "np.reciprocal(np.array([1, 2, -1]))                      | array([ 1,  0, -1])",
        "np.reciprocal(np.array([0]))                             | array([-9223372036854775808])",
        "np.reciprocal(np.array([2.0, 0.0, -4.0], dtype=np.float32)) | array([ 0.5 ,   inf, -0.25], dtype=float32)",
        "np.reciprocal(4.0)                                       | np.float64(0.25)",
        "np.reciprocal(np.array([1, 2], dtype=np.int8))           | array([1, 0], dtype=int8)",
        "np.reciprocal([2.0])                                     | array([0.5])",
    })
    void matchesNumpy(String expression, String numpysRepr) {
        assertThat(repr("import numpy as np\n" + expression)).isEqualTo(numpysRepr);
    }
}
