package io.tastelab.array;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * The build runs the array tests twice, with and without the vector module (see the pom's surefire executions);
 * this says which kernels a run is testing, so that neither run quietly tests the other's.
 */
class SimdSwitchTest {
    @Test
    void theRunTestsTheKernelsItSaysItDoes() {
        String expected = System.getProperty("tastelab.expect.simd");
        assumeTrue(expected != null, "run outside the pom's surefire executions");
        assertThat(Simd.ENABLED).isEqualTo(Boolean.parseBoolean(expected));
    }
}
