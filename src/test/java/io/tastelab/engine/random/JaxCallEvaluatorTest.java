package io.tastelab.engine.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The vector file's call syntax, so new held-back cases run without code changes. */
class JaxCallEvaluatorTest {

    private final JaxCallEvaluator legacy = new JaxCallEvaluator(PrngMode.LEGACY);
    private final JaxCallEvaluator partitionable = new JaxCallEvaluator(PrngMode.PARTITIONABLE);

    @Test
    void bindingsCarryKeysToTheNextStatement() {
        Object sub = legacy.evaluate("key, subkey = jax.random.split(jax.random.PRNGKey(0)); subkey");
        assertThat(sub).isEqualTo(JaxRandom.split(PrngMode.LEGACY, PrngKey.fromSeed(0), 2)[1]);
    }

    @Test
    void keywordAndPositionalArgumentsMeanTheSame() {
        JaxCallEvaluator.Floats positional = (JaxCallEvaluator.Floats)
                partitionable.evaluate("jax.random.uniform(jax.random.key(42), (3, 3), jnp.float32, -5, 5.0)");
        JaxCallEvaluator.Floats keywords = (JaxCallEvaluator.Floats)
                partitionable.evaluate("jax.random.uniform(key=jax.random.key(42), maxval=5., minval=-5, shape=(3, 3))");
        assertThat(positional.values()).containsExactly(keywords.values());
        assertThat(positional.shape()).containsExactly(3, 3);
    }

    @Test
    void permutationOfArangeIsPermutationOfN() {
        JaxCallEvaluator.Ints ofArray = (JaxCallEvaluator.Ints)
                legacy.evaluate("jax.random.permutation(jax.random.PRNGKey(0), jnp.arange(10))");
        JaxCallEvaluator.Ints ofN = (JaxCallEvaluator.Ints) legacy.evaluate("jax.random.permutation(jax.random.PRNGKey(0), 10)");
        assertThat(ofArray.values()).containsExactly(ofN.values());
    }

    @Test
    void choiceUnderstandsReplaceFalseAndDtypeInt() {
        JaxCallEvaluator.Ints chosen = (JaxCallEvaluator.Ints)
                partitionable.evaluate("jax.random.choice(jax.random.PRNGKey(1), 5, (3,), replace=False)");
        assertThat(chosen.values()).hasSize(3).doesNotHaveDuplicates();
        JaxCallEvaluator.Ints ints = (JaxCallEvaluator.Ints)
                partitionable.evaluate("jax.random.randint(jax.random.PRNGKey(1), (2,), 0, 3, dtype=int)");
        assertThat(ints.shape()).containsExactly(2);
    }

    @Test
    void splitTakesAShapeAndKeyDataPassesKeysThrough() {
        Object keys = partitionable.evaluate("jax.random.key_data(jax.random.split(jax.random.key(0), (2, 3)))");
        assertThat((PrngKey[]) keys).containsExactly(JaxRandom.split(PrngMode.PARTITIONABLE, PrngKey.fromSeed(0), 6));
    }

    @Test
    void foldInAcceptsTheWholeUint32Range() {
        assertThat(legacy.evaluate("jax.random.fold_in(jax.random.PRNGKey(0), 4294967295)"))
                .isEqualTo(JaxRandom.foldIn(PrngMode.LEGACY, PrngKey.fromSeed(0), -1));
    }

    @Test
    void proseIsRejectedSoTheCaseNameCanBeTried() {
        assertThatThrownBy(() -> legacy.evaluate("second init() call in JEP 4410 example"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> legacy.evaluate("jax.random.gamma(jax.random.PRNGKey(0), 1.0)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gamma");
    }
}
