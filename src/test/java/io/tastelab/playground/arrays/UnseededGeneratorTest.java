package io.tastelab.playground.arrays;

import static io.tastelab.playground.arrays.PlaygroundTesting.eval;
import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.playground.session.PlaygroundSession;
import org.junit.jupiter.api.Test;

/** {@code np.random.default_rng()} with no seed, as the absolute-beginners page writes it, draws fresh numbers. */
class UnseededGeneratorTest {

    @Test
    void generatorsWithoutSeedDrawDifferentNumbersInRange() {
        PlaygroundSession session = new PlaygroundSession();
        eval(session, "import numpy as np\nrng = np.random.default_rng()\nother = np.random.default_rng()\n0");
        String first = eval(session, "rng.random(8)").repr();
        String second = eval(session, "other.random(8)").repr();
        assertThat(first).isNotEqualTo(second);
        assertThat(eval(session, "bool(((rng.random(100) >= 0) & (rng.random(100) < 1)).all())").repr())
                .isEqualTo("True");
        assertThat(eval(session, "rng.integers(5, size=(2, 4)).shape").repr()).isEqualTo("(2, 4)");
    }

    @Test
    void aSeededGeneratorStillDrawsNumpysNumbers() {
        // NumPy 2: np.random.default_rng(42).random(2) is [0.77395605, 0.43887844]
        assertThat(eval("import numpy as np\nnp.random.default_rng(42).random(2)").repr())
                .isEqualTo("array([0.77395605, 0.43887844])");
    }
}
