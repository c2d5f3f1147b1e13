package io.tastelab.engine.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** MT19937 as NumPy's RandomState seeds and draws it (values from NumPy 2.4: RandomState(...).get_state(), randint). */
class Mt19937Test {

    @Test
    void anIntSeedFillsTheStateByKnuthsRecurrence() {
        Mt19937 generator = Mt19937.seeded(0);
        assertThat(generator.stateWords()).startsWith(0L, 1L, 1812433255L, 1900727105L);
        assertThat(generator.position()).isEqualTo(624);
    }

    @Test
    void anArraySeedGoesThroughInitByArray() {
        Mt19937 generator = Mt19937.fromArray(new long[] {1, 2, 3});
        assertThat(generator.stateWords()).startsWith(2147483648L, 188977461L, 1294596893L);
    }

    @Test
    void drawsMatchNumpy() {
        Mt19937 words = Mt19937.seeded(5);
        assertThat(new int[] {words.nextInt(), words.nextInt(), words.nextInt()})
                .containsExactly(0x38d48b63, 0x0e2048ce, 0xdee84fef);
        Mt19937 longs = Mt19937.seeded(5);
        assertThat(new long[] {longs.nextLong(), longs.nextLong()})
                .containsExactly(0x38d48b630e2048ceL, 0xdee84fefd4d1e6bdL);
        assertThat(Mt19937.seeded(5).nextDouble()).isEqualTo(0.22199317108973948);
    }

    @Test
    void restoringAStateReplaysItsDraws() {
        Mt19937 generator = Mt19937.seeded(9);
        generator.nextInt();
        long[] words = generator.stateWords();
        int position = generator.position();
        long next = generator.nextLong();
        Mt19937 other = Mt19937.seeded(1);
        other.restore(words, position);
        assertThat(other.nextLong()).isEqualTo(next);
    }

    @Test
    void entropySeedingNeverRepeatsAndBadSeedsAreRefused() {
        assertThat(Mt19937.fromEntropy().nextLong()).isNotEqualTo(Mt19937.fromEntropy().nextLong());
        assertThatThrownBy(() -> Mt19937.seeded(1L << 32)).hasMessage("Seed must be between 0 and 2**32 - 1");
        assertThatThrownBy(() -> Mt19937.fromArray(new long[0])).hasMessage("Seed must be non-empty");
        assertThatThrownBy(() -> Mt19937.seeded(0).restore(new long[624], 625))
                .hasMessageContaining("pos must be between 0 and 624");
    }
}
