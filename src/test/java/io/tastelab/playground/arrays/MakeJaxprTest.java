package io.tastelab.playground.arrays;

import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.playground.interp.CellResult;
import io.tastelab.playground.session.PlaygroundSession;
import org.junit.jupiter.api.Test;

/**
 * {@code jax.make_jaxpr} prints what JAX prints. Expected texts: the JAX documentation (key-concepts, jit-compilation,
 * common gotchas pages, also in the docs corpus) and, for the primitives those pages do not show, JAX's printing
 * rules (jax/_src/core.py pp_jaxpr: width 80, one line when it fits, long parameter lists one per line).
 */
class MakeJaxprTest {

    private final PlaygroundSession session = new PlaygroundSession();

    private String printed(String code) {
        CellResult result = session.runCell("import jax\nimport jax.numpy as jnp\n" + code);
        assertThat(result.error()).as(code).isEmpty();
        return result.stdout();
    }

    @Test
    void shortJaxprsFitOnOneLine() {
        assertThat(printed("print(jax.make_jaxpr(jnp.sin)(1.0))"))
                .isEqualTo("{ lambda ; a:f32[]. let b:f32[] = sin a in (b,) }\n");
        assertThat(printed("print(jax.make_jaxpr(lambda x: x)(jnp.arange(3)))"))
                .isEqualTo("{ lambda ; a:i32[3]. let  in (a,) }\n");
    }

    @Test
    void literalsConstvarsAndPrimitiveParametersAsJaxPrintsThem() {
        assertThat(printed("""
                W = jnp.ones((3, 2))
                print(jax.make_jaxpr(lambda x, y: (jnp.sum(x @ W * 2, axis=0), x[1], y ** 3, jnp.mean(x), x.T))(
                    jnp.ones((2, 3)), 1.0))""")).isEqualTo("""
                { lambda a:f32[3,2]; b:f32[2,3] c:f32[]. let
                    d:f32[2,2] = dot_general[
                      dimension_numbers=(([1], [0]), ([], []))
                      precision=None
                      preferred_element_type=float32
                    ] b a
                    e:f32[2,2] = mul d 2.0:f32[]
                    f:f32[2] = reduce_sum[axes=(0,)] e
                    g:f32[1,3] = slice[limit_indices=(2, 3) start_indices=(1, 0) strides=None] b
                    h:f32[3] = squeeze[dimensions=(0,)] g
                    i:f32[] = integer_pow[y=3] c
                    j:f32[] = reduce_sum[axes=(0, 1)] b
                    k:f32[] = div j 6.0:f32[]
                    l:f32[3,2] = transpose[permutation=(1, 0)] b
                  in (f, h, i, k, l) }
                """);
    }

    @Test
    void whereIsSelectNWithTheFalseCaseFirstAndPrintShowsTheJaxprTracer() {
        assertThat(printed("""
                def f(x):
                    print(x)
                    return jnp.where(x > 0, x, jnp.exp(x) - 1)
                print(jax.make_jaxpr(f)(jnp.arange(3.0)))""")).isEqualTo("""
                JaxprTracer(float32[3])
                { lambda ; a:f32[3]. let
                    b:bool[3] = gt a 0.0:f32[]
                    c:f32[3] = exp a
                    d:f32[3] = sub c 1.0:f32[]
                    e:f32[3] = select_n b d a
                  in (e,) }
                """);
    }

    /**
     * The gradient's equations are the playground's reverse pass (JAX linearizes first and prints cos before the
     * products, with add_any): the same derivative, not JAX's text; checked for what it computes.
     */
    @Test
    void aGradientIsTracedIntoTheJaxpr() {
        String jaxpr = printed("print(jax.make_jaxpr(jax.grad(lambda x: jnp.sin(x) * x))(1.0))");
        assertThat(jaxpr).startsWith("{ lambda ; a:f32[]. let\n    b:f32[] = sin a\n").contains(" = cos a\n")
                .endsWith("  in (h,) }\n");
    }
}
