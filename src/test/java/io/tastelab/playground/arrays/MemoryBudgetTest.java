package io.tastelab.playground.arrays;

import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.array.MemoryGuard;
import io.tastelab.array.nd4j.NdStorage;
import io.tastelab.playground.interp.InterpreterLimits;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.session.PlaygroundSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 item 11: one memory budget for all the arrays a session holds, checked before allocating, and inputs
 * that used to take gigabytes before failing (a list holding itself, {@code random.split(key, 10**9)}) refused
 * at once with NumPy's error types.
 */
class MemoryBudgetTest {

    private static final long MIB = 1L << 20;

    @AfterEach
    void restoreTheDefaultLimit() {
        MemoryGuard.setLimitBytes(MemoryGuard.DEFAULT_LIMIT_BYTES);
    }

    private static PlaygroundSession session(long limitBytes) {
        PlaygroundSession session = new PlaygroundSession(InterpreterLimits.defaults().withMaxArrayBytes(limitBytes));
        PlaygroundTesting.eval(session, "import numpy as np\nimport jax.numpy as jnp\nfrom jax import random\n0");
        return session;
    }

    @Test
    void arraysAliveTogetherShareOneBudget() {
        // The budget is the JVM's: arrays that other tests of this JVM still hold (a static session, say) count too,
        // so the limit here is 100 MiB beyond them.
        long heldElsewhere = settledLiveBytes();
        PlaygroundSession s = session(heldElsewhere + 100 * MIB);
        // Each array is 24 MiB (3 * 2**20 float64): four fit in 100 MiB, a fifth does not while they live.
        for (String name : new String[] {"a", "b", "c", "d"}) {
            PlaygroundTesting.eval(s, name + " = np.zeros(3 * 2**20)\n0");
        }
        // What earlier tests left may have been freed meanwhile (on a busy machine their buffers come back late):
        // the budget stays 100 MiB beyond whatever else is alive now.
        heldElsewhere = settledLiveBytes() - 96 * MIB;
        MemoryGuard.setLimitBytes(heldElsewhere + 100 * MIB);
        PlaygroundError refused = PlaygroundTesting.error(s, "e = np.ones(3 * 2**20)");
        assertThat(refused.type()).isEqualTo("MemoryError");
        assertThat(refused.pythonMessage()).startsWith("Unable to allocate 24.00 MiB (25165824 bytes) for an array "
                + "with shape (3145728,) and data type float64: the arrays still alive hold ");
        if (heldElsewhere == 0) {
            assertThat(refused.pythonMessage()).contains("the arrays still alive hold 96.00 MiB of the 100.00 MiB");
        }
        assertThat(PlaygroundTesting.error(s, "e = jnp.ones((3 * 2**20,), dtype=jnp.float32) + a").type())
                .isEqualTo("MemoryError");
        // Dropping one gives its memory back to the budget.
        PlaygroundTesting.eval(s, "a = None\n0");
        assertThat(PlaygroundTesting.eval(s, "e = np.ones(3 * 2**20)\ne.shape").repr()).isEqualTo("(3145728,)");
    }

    /** The live bytes once collections stop returning buffers (two in a row agree). */
    private static long settledLiveBytes() {
        long previous = NdStorage.liveBytesAfterCollection();
        for (int i = 0; i < 5; i++) {
            long now = NdStorage.liveBytesAfterCollection();
            if (now == previous) {
                return now;
            }
            previous = now;
        }
        return previous;
    }

    @Test
    void oneArrayOverTheLimitIsRefusedBeforeAllocating() {
        PlaygroundError error = PlaygroundTesting.error(session(100 * MIB), "np.zeros((100000, 100000))");
        assertThat(error.type()).isEqualTo("MemoryError");
        assertThat(error.pythonMessage()).startsWith("Unable to allocate 74.51 GiB");
    }

    @Test
    void aListHoldingItselfFailsAtOnceAsInNumpy() {
        PlaygroundSession s = session(MemoryGuard.DEFAULT_LIMIT_BYTES);
        PlaygroundError error = PlaygroundTesting.error(s, "b = []\nb.append(b)\nnp.array(b)");
        assertThat(error.type()).isEqualTo("ValueError");
        assertThat(error.pythonMessage()).isEqualTo("setting an array element with a sequence. The requested array "
                + "would exceed the maximum number of dimension of 64.");
        assertThat(PlaygroundTesting.error(s, "a = [1]\na.append(a)\njnp.array(a)").type()).isEqualTo("ValueError");
        assertThat(PlaygroundTesting.error(session(64 * MIB),
                "c = [0] * 10\nfor i in range(30):\n    c = [c] * 10\n\nnp.array(c)").type()).isEqualTo("MemoryError");
        // NumPy's 64 dimensions are allowed, a 65th is not.
        assertThat(PlaygroundTesting.eval(s, "d = 0\nfor i in range(64):\n    d = [d]\n\nnp.array(d).ndim").repr())
                .isEqualTo("64");
        assertThat(PlaygroundTesting.error(s, "np.array([d])").type()).isEqualTo("ValueError");
    }

    @Test
    void splittingIntoMoreKeysThanTheBudgetHoldsIsRefusedBeforeMakingAny() {
        PlaygroundSession s = session(MemoryGuard.DEFAULT_LIMIT_BYTES);
        PlaygroundError error = PlaygroundTesting.error(s, "k = random.PRNGKey(0)\nrandom.split(k, 10**9)");
        assertThat(error.type()).isEqualTo("MemoryError");
        assertThat(error.pythonMessage()).contains("1000000000 keys of shape (1000000000, 2)");
        assertThat(PlaygroundTesting.eval(s, "random.split(k, 1000).shape").repr()).isEqualTo("(1000, 2)");
    }
}
