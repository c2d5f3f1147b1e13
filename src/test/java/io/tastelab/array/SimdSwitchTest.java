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

    @Test
    void theKernelsLoadTheVectorModuleLateIntoTheBootLoader() throws ClassNotFoundException {
        assumeTrue("true".equals(System.getProperty("tastelab.expect.simd")), "a run with the SIMD kernels");
        assertThat(ModuleLayer.boot().findModule(VectorModule.NAME))
                .as("the tests start as the launchers do, without naming the module (it costs the AOT cache its "
                        + "module graph)").isEmpty();
        assertThat(Simd.ENABLED).isTrue();
        Class<?> vectors = Class.forName("jdk.incubator.vector.FloatVector");
        assertThat(vectors.getClassLoader()).as("the boot loader, whose classes keep the JIT's intrinsics").isNull();
        assertThat(vectors.getModule().getName()).isEqualTo(VectorModule.NAME);
        assertThat(vectors.getModule().getLayer()).isNotNull().isNotSameAs(ModuleLayer.boot());
    }
}
