package io.tastelab.playground.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplInputTest {

    @ParameterizedTest(name = "{0} incomplete: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "x = 1|false",
        "x = (1,|true",
        "s = '''abc|true",
        "x = 1 + \\|true",
        "x = )|false",
        "def f(x):|true",
        "for i in range(3):|true",
        "for i in range(3):\\n    print(i)|true",
        "for i in range(3):\\n    print(i)\\n\\n|false",
        "while x:\\n    x -= 1\\nelse:|true",
        "while x:\\n    x -= 1\\n\\n|false",
        "[x for x in\\n|true",
        "[x for x in y]|false",
        "def f(x):\\n    return x|true",
        "def f(x):\\n    return x\\n|true",
        "def f(x):\\n    return x\\n\\n|false",
        "%timeit f(x)|false",
        "if x > 0:\\n    y = 1|true",
        "if x > 0:\\n    y = 1\\nelse:\\n    y = 2\\n\\n|false",
        "vec = jnp.reshape(jnp.array([0.5, 1.0, 2.0]), [1, 3]|true",
    })
    void waitsForMoreLinesLikePythonsPrompt(String escaped, boolean incomplete) {
        assertThat(ReplInput.isIncomplete(escaped.replace("\\n", "\n"))).isEqualTo(incomplete);
    }
}
