package io.tastelab.ui.playground;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PythonHighlighterTest {

    @Test
    void coloursKeywordsStringsNumbersCommentsAndMagics() {
        String code = "import jax.numpy as jnp\nx = jnp.array([1.5, 2], dtype='f4')  # note\n%timeit f(x)";
        assertThat(PythonHighlighter.styleAt(code, code.indexOf("import"))).isEqualTo("py-keyword");
        assertThat(PythonHighlighter.styleAt(code, code.indexOf(" as ") + 1)).isEqualTo("py-keyword");
        assertThat(PythonHighlighter.styleAt(code, code.indexOf("1.5"))).isEqualTo("py-number");
        assertThat(PythonHighlighter.styleAt(code, code.indexOf("'f4'") + 1)).isEqualTo("py-string");
        assertThat(PythonHighlighter.styleAt(code, code.indexOf("# note") + 3)).isEqualTo("py-comment");
        assertThat(PythonHighlighter.styleAt(code, code.indexOf("%timeit"))).isEqualTo("py-magic");
        assertThat(PythonHighlighter.styleAt(code, code.indexOf("jnp.array"))).isEmpty();
    }

    @Test
    void aNumberInsideANameIsNotANumber() {
        String code = "x2 = float32";
        assertThat(PythonHighlighter.styleAt(code, 1)).isEmpty();
        assertThat(PythonHighlighter.styleAt(code, code.indexOf("32"))).isEmpty();
    }
}
