package io.tastelab.engine.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** PCG64 and SeedSequence against NumPy 2.4 ({@code SeedSequence(1).generate_state(4, np.uint64)}, random_raw). */
class Pcg64Test {

    @Test
    void seedSequenceGivesNumpysSeedWords() {
        assertThat(SeedSequence.generateState64(BigInteger.ONE, 4)).containsExactly(0x672d8ee56d6791ffL,
                0x8ae19ca14eb1072cL, 0x4915796d1322fc4aL, 0xd0cc2bdcaba049bdL);
    }

    @Test
    void rawDrawsMatchNumpysPcg64() {
        Pcg64 generator = new Pcg64(BigInteger.ONE);
        assertThat(new long[] {generator.nextLong(), generator.nextLong(), generator.nextLong()})
                .containsExactly(0x8306bdf37922e4ffL, 0xf35196bbc152a866L, 0x24e7a4f608ec18cdL);
    }
}
