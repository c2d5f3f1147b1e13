package io.tastelab.playground.arrays;

import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.playground.session.PlaygroundSession;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 item 9: huge slice bounds clamp as NumPy's do, {@code sign}, {@code <<}/{@code >>} and
 * {@code argmax(keepdims=)} exist, and assignments raise NumPy's error types. Expected values are NumPy 2.4's
 * (and JAX's documented shift and sign rules for jnp).
 */
class SlicesShiftsAndSignTest {

    private static String repr(PlaygroundSession session, String code) {
        return PlaygroundTesting.eval(session, code).repr();
    }

    private static PlaygroundSession session() {
        PlaygroundSession session = new PlaygroundSession();
        PlaygroundTesting.eval(session, "import numpy as np\nimport jax.numpy as jnp\nh = np.arange(5)\n0");
        return session;
    }

    @Test
    void sliceBoundsBeyondAnIndexClampInsteadOfOverflowing() {
        PlaygroundSession s = session();
        assertThat(repr(s, "h[2:10**20]")).isEqualTo("array([2, 3, 4])");
        assertThat(repr(s, "h[-10**30:2]")).isEqualTo("array([0, 1])");
        assertThat(repr(s, "h[::10**19]")).isEqualTo("array([0])");
        assertThat(repr(s, "h[::-10**20]")).isEqualTo("array([4])");
        assertThat(repr(s, "v = np.arange(4)\nv[1:2**63] = 7\nv")).isEqualTo("array([0, 7, 7, 7])");
        assertThat(repr(s, "jnp.arange(5)[2:10**20]")).isEqualTo("Array([2, 3, 4], dtype=int32)");
    }

    @Test
    void signFollowsNumpysRules() {
        PlaygroundSession s = session();
        assertThat(repr(s, "np.sign(np.array([-2.5, -0.0, np.nan, 3.0]))")).isEqualTo("array([-1.,  0., nan,  1.])");
        assertThat(repr(s, "np.sign(np.array([-3, 0, 4], dtype=np.int8))")).isEqualTo("array([-1,  0,  1], dtype=int8)");
        assertThat(repr(s, "np.sign(np.array([0, 200], dtype=np.uint8))")).isEqualTo("array([0, 1], dtype=uint8)");
        assertThat(repr(s, "jnp.sign(jnp.array([-2, 0, 5]))")).isEqualTo("Array([-1,  0,  1], dtype=int32)");
        assertThat(PlaygroundTesting.error(s, "np.sign(np.array([True]))").type()).isEqualTo("TypeError");
    }

    @Test
    void shiftsPastTheWidthGiveZeroOrTheSign() {
        PlaygroundSession s = session();
        assertThat(repr(s, "np.arange(3, dtype=np.int8) << 7")).isEqualTo("array([   0, -128,    0], dtype=int8)");
        assertThat(repr(s, "np.array([-8, 8]) >> np.array([1, 70])")).isEqualTo("array([-4,  0])");
        assertThat(repr(s, "np.array([-8, 8]) >> np.array([70, -1])")).isEqualTo("array([-1,  0])");
        assertThat(repr(s, "np.array([True, False]) << np.array([True, True])")).isEqualTo("array([2, 0], dtype=int8)");
        assertThat(repr(s, "1 << np.arange(3, dtype=np.uint16)")).isEqualTo("array([1, 2, 4], dtype=uint16)");
        assertThat(repr(s, "jnp.arange(4) << 2")).isEqualTo("Array([ 0,  4,  8, 12], dtype=int32)");
        assertThat(PlaygroundTesting.error(s, "np.array([1.5]) << 1").type()).isEqualTo("TypeError");
        assertThat(PlaygroundTesting.error(s, "np.arange(3, dtype=np.int8) << 300").type()).isEqualTo("OverflowError");
    }

    @Test
    void argmaxAndArgminKeepDimensionsOnRequest() {
        PlaygroundSession s = session();
        assertThat(repr(s, "np.argmax(np.arange(6).reshape(2, 3), axis=1, keepdims=True)"))
                .isEqualTo("array([[2],\n       [2]])");
        assertThat(repr(s, "np.arange(6).reshape(2, 3).argmin(keepdims=True)")).isEqualTo("array([[0]])");
        assertThat(repr(s, "jnp.argmax(jnp.arange(6).reshape(2, 3), axis=0, keepdims=True)"))
                .isEqualTo("Array([[1, 1, 1]], dtype=int32)");
    }

    @Test
    void assignmentsRaiseNumpysErrorTypesInNumpysOrder() {
        PlaygroundSession s = session();
        // One element and a sequence: int() refuses a list, a float element any sequence, a bool takes its truth.
        assertThat(PlaygroundTesting.error(s, "h[0] = [1, 2]").type()).isEqualTo("TypeError");
        assertThat(PlaygroundTesting.error(s, "np.zeros(3)[0] = [1, 2]").type()).isEqualTo("ValueError");
        assertThat(PlaygroundTesting.error(s, "h[0] = np.array([9])").type()).isEqualTo("ValueError");
        assertThat(repr(s, "t = np.zeros(2, dtype=bool)\nt[0] = [1]\nt")).isEqualTo("array([ True, False])");
        // An array index converts and broadcasts the value before it checks the indices; a plain int does not.
        assertThat(PlaygroundTesting.error(s, "h[[9]] = np.nan").type()).isEqualTo("ValueError");
        assertThat(PlaygroundTesting.error(s, "h[[9]] = [1, 2]").type()).isEqualTo("ValueError");
        assertThat(PlaygroundTesting.error(s, "h[[0, 9]] = -1").type()).isEqualTo("IndexError");
        assertThat(PlaygroundTesting.error(s, "h[9] = np.nan").type()).isEqualTo("IndexError");
        assertThat(repr(s, "h")).isEqualTo("array([0, 1, 2, 3, 4])");
    }
}
