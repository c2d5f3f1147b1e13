package io.tastelab.engine.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Behaviour of the keys and draws that can be checked by hand, in both modes where it applies. */
class JaxRandomTest {

    private static final PrngKey KEY_0 = PrngKey.fromSeed(0);

    @Test
    void prngKeyZeroPrintsAsJaxRawKey() {
        assertThat(PrngKey.fromSeed(0)).hasToString("[0, 0]");
        assertThat(PrngKey.fromSeed(0).words()).containsExactly(0L, 0L);
    }

    @Test
    void seedsKeepTheLow32BitsLikeJaxWithX64Off() {
        assertThat(PrngKey.fromSeed(-1)).hasToString("[0, 4294967295]");
        assertThat(PrngKey.fromSeed(4_294_967_301L)).isEqualTo(PrngKey.fromSeed(5));
        assertThat(PrngKey.fromSeedX64(-1)).hasToString("[4294967295, 4294967295]");
        assertThat(PrngKey.fromSeedX64(4_294_967_301L)).hasToString("[1, 5]");
    }

    @Test
    void keysAreValuesWithEqualityAndHash() {
        PrngKey a = PrngKey.ofWords(4_146_024_105L, 967_050_713L);
        PrngKey b = JaxRandom.split(PrngMode.LEGACY, KEY_0, 2)[0];
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).hasToString("[4146024105, 967050713]");
        assertThat(a).isNotEqualTo(JaxRandom.split(PrngMode.LEGACY, KEY_0, 2)[1]);
    }

    @Test
    void keyWordsOutsideUint32AreRejected() {
        assertThatThrownBy(() -> PrngKey.ofWords(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PrngKey.ofWords(0, 1L << 32)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void threefryOfZeroKeyAndCounterIsRandom123KnownAnswer() {
        assertThat(Threefry2x32.hash(0, 0, 0, 0)).containsExactly(0x6b200159, 0x99ba4efe);
    }

    @Test
    void legacyFlatHashPadsOddCountsWithZero() {
        // An odd count is padded with 0: [0, 1, 2] hashes the pairs (0, 2) and (1, 0).
        int[] out = Threefry2x32.hashFlat(KEY_0, new int[] {0, 1, 2});
        int[] first = Threefry2x32.hash(0, 0, 0, 2);
        int[] second = Threefry2x32.hash(0, 0, 1, 0);
        assertThat(out).containsExactly(first[0], second[0], first[1]);
    }

    @ParameterizedTest
    @EnumSource(PrngMode.class)
    void reusingAKeyGivesTheSameNumbers(PrngMode mode) {
        PrngKey key = PrngKey.fromSeed(1701);
        assertThat(JaxRandom.uniform(mode, key, 5)).containsExactly(JaxRandom.uniform(mode, key, 5));
        assertThat(JaxRandom.normal(mode, key, 2, 3)).containsExactly(JaxRandom.normal(mode, key, 2, 3));
        assertThat(JaxRandom.randint(mode, key, new int[] {7}, -3, 3))
                .containsExactly(JaxRandom.randint(mode, key, new int[] {7}, -3, 3));
    }

    @ParameterizedTest
    @EnumSource(PrngMode.class)
    void splitIsDeterministicAndGivesDistinctKeys(PrngMode mode) {
        PrngKey[] once = JaxRandom.split(mode, KEY_0, 4);
        PrngKey[] again = JaxRandom.split(mode, KEY_0, 4);
        assertThat(once).containsExactly(again).doesNotHaveDuplicates().doesNotContain(KEY_0);
    }

    @Test
    void partitionableSplitEqualsFoldInByIndex() {
        // JAX's test_threefry_split_fold_in_symmetry.
        PrngKey key = PrngKey.fromSeed(72);
        PrngKey[] split = JaxRandom.split(PrngMode.PARTITIONABLE, key, 3);
        for (int i = 0; i < 3; i++) {
            assertThat(split[i]).isEqualTo(JaxRandom.foldIn(PrngMode.PARTITIONABLE, key, i));
        }
    }

    @Test
    void foldInIsTheSameInBothModes() {
        PrngKey key = PrngKey.fromSeed(42);
        assertThat(JaxRandom.foldIn(PrngMode.LEGACY, key, 7)).isEqualTo(JaxRandom.foldIn(PrngMode.PARTITIONABLE, key, 7));
    }

    @Test
    void partitionableDrawsArePrefixStable() {
        PrngKey key = PrngKey.fromSeed(3);
        assertThat(Arrays.copyOf(JaxRandom.uniform(PrngMode.PARTITIONABLE, key, 10), 4))
                .containsExactly(JaxRandom.uniform(PrngMode.PARTITIONABLE, key, 4));
    }

    @Test
    void legacyNarrowBitsAreAViewOfThe32BitDraws() {
        // JAX's testRngRandomBitsViewProperty: 8-, 16- and 32-bit draws share their bytes, little-endian.
        PrngKey key = PrngKey.fromSeed(1701);
        long[] bits8 = JaxRandom.bitsOfWidth(PrngMode.LEGACY, key, 8, 40);
        long[] bits16 = JaxRandom.bitsOfWidth(PrngMode.LEGACY, key, 16, 20);
        int[] bits32 = JaxRandom.bits(PrngMode.LEGACY, key, 10);
        for (int i = 0; i < 10; i++) {
            int from8 = (int) (bits8[4 * i] | bits8[4 * i + 1] << 8 | bits8[4 * i + 2] << 16 | bits8[4 * i + 3] << 24);
            int from16 = (int) (bits16[2 * i] | bits16[2 * i + 1] << 16);
            assertThat(from8).isEqualTo(bits32[i]);
            assertThat(from16).isEqualTo(bits32[i]);
        }
    }

    @Test
    void unsupportedBitWidthIsRejected() {
        assertThatThrownBy(() -> JaxRandom.bitsOfWidth(PrngMode.LEGACY, KEY_0, 12, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("8, 16, 32 or 64");
    }

    @ParameterizedTest
    @EnumSource(PrngMode.class)
    void scalarShapeGivesOneValue(PrngMode mode) {
        assertThat(JaxRandom.uniform(mode, KEY_0)).hasSize(1);
        assertThat(JaxRandom.normal(mode, KEY_0)).hasSize(1);
        assertThat(JaxRandom.randint(mode, KEY_0, new int[0], 0, 5)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(PrngMode.class)
    void emptyShapeGivesNoValues(PrngMode mode) {
        assertThat(JaxRandom.uniform(mode, KEY_0, 0, 3)).isEmpty();
        assertThat(JaxRandom.bitsOfWidth(mode, KEY_0, 8, 0)).isEmpty();
        assertThat(JaxRandom.split(mode, KEY_0, 0)).isEmpty();
    }

    @Test
    void negativeDimensionsAreRejected() {
        assertThatThrownBy(() -> JaxRandom.uniform(PrngMode.LEGACY, KEY_0, 2, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(PrngMode.class)
    void randintWithEmptyRangeReturnsMinval(PrngMode mode) {
        // https://github.com/jax-ml/jax/issues/222: maxval <= minval gives minval.
        assertThat(JaxRandom.randint(mode, KEY_0, new int[] {4}, 5, 5)).containsOnly(5);
        assertThat(JaxRandom.randint(mode, KEY_0, new int[] {4}, 5, -2)).containsOnly(5);
    }

    @ParameterizedTest
    @EnumSource(PrngMode.class)
    void randintCoversTheFullInt32Range(PrngMode mode) {
        int[] values = JaxRandom.randint(mode, KEY_0, new int[] {1000}, Integer.MIN_VALUE, Integer.MAX_VALUE);
        assertThat(values).doesNotContain(Integer.MAX_VALUE);
        assertThat(Arrays.stream(values).filter(v -> v < 0).count()).isBetween(400L, 600L);
    }

    @ParameterizedTest
    @EnumSource(PrngMode.class)
    void permutationOfOneOrNoneIsIdentity(PrngMode mode) {
        assertThat(JaxRandom.permutation(mode, KEY_0, 0)).isEmpty();
        assertThat(JaxRandom.permutation(mode, KEY_0, 1)).containsExactly(0);
    }

    @ParameterizedTest
    @EnumSource(PrngMode.class)
    void permutationAboveTheCollisionBoundUsesTwoRoundsAndStaysAPermutation(PrngMode mode) {
        // ceil(3 ln n / ln(2^32 - 1)) is 1 up to n = 1625 and 2 from 1626.
        int n = 5000;
        int[] p = JaxRandom.permutation(mode, PrngKey.fromSeed(9), n);
        assertThat(Arrays.stream(p).sorted().toArray()).isEqualTo(java.util.stream.IntStream.range(0, n).toArray());
        assertThat(p).isNotEqualTo(java.util.stream.IntStream.range(0, n).toArray());
    }

    @ParameterizedTest
    @EnumSource(PrngMode.class)
    void choiceWithReplacementIsRandint(PrngMode mode) {
        PrngKey key = PrngKey.fromSeed(11);
        assertThat(JaxRandom.choice(mode, key, 10, new int[] {2, 3}, true))
                .containsExactly(JaxRandom.randint(mode, key, new int[] {2, 3}, 0, 10));
    }

    @ParameterizedTest
    @EnumSource(PrngMode.class)
    void choiceWithoutReplacementIsAPermutationPrefix(PrngMode mode) {
        PrngKey key = PrngKey.fromSeed(11);
        int[] drawn = JaxRandom.choice(mode, key, 10, new int[] {4}, false);
        assertThat(drawn).containsExactly(Arrays.copyOf(JaxRandom.permutation(mode, key, 10), 4))
                .doesNotHaveDuplicates();
    }

    @Test
    void choiceRejectsImpossibleRequests() {
        assertThatThrownBy(() -> JaxRandom.choice(PrngMode.PARTITIONABLE, KEY_0, 3, new int[] {4}, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("larger sample");
        assertThatThrownBy(() -> JaxRandom.choice(PrngMode.PARTITIONABLE, KEY_0, 0, new int[] {1}, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(JaxRandom.choice(PrngMode.PARTITIONABLE, KEY_0, 0, new int[] {0}, true)).isEmpty();
    }

    @Test
    void normalSurvivesTheExtremesOfItsUniformInput() {
        // normal's uniform runs over (nextafter(-1, 0), 1); erf_inv must stay finite at both ends.
        assertThat(ErfInv.erfInv(Math.nextUp(-1f))).isFinite().isLessThan(-3.4f);
        assertThat(ErfInv.erfInv(Math.nextDown(1f))).isFinite().isGreaterThan(3.4f);
        assertThat(ErfInv.erfInv(0f)).isZero();
        assertThat(ErfInv.erfInv(1f)).isEqualTo(Float.POSITIVE_INFINITY);
        assertThat(ErfInv.erfInv(-1f)).isEqualTo(Float.NEGATIVE_INFINITY);
    }

    @Test
    void erfInvInvertsErfToFloatPrecision() {
        // erf(0.5) = 0.5204998778130465, erf(2) = 0.9953222650189527
        assertThat((double) ErfInv.erfInv(0.5204998778130465f)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-6));
        assertThat((double) ErfInv.erfInv(0.9953222650189527f)).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-4));
    }
}
