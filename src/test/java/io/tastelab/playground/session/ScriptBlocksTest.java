package io.tastelab.playground.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.playground.interp.StatementOutput;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How {@code play} cuts a script into statements: a blank line ends a block as in Python's REPL, unless the block
 * goes on with indented lines after it (NumPy's quickstart defines mandelbrot with a blank line before its
 * {@code for} loop and its {@code return}).
 */
class ScriptBlocksTest {

    private static List<StatementOutput> run(String script) {
        List<StatementOutput> outputs = new ArrayList<>();
        new PlaygroundSession().runScript(script, (output, notes) -> outputs.add(output));
        return outputs;
    }

    @Test
    void aBlankLineInsideAFunctionBodyKeepsTheBodyTogether() {
        List<StatementOutput> outputs = run("""
                def f(n):
                    total = 0

                    for i in range(n):
                        total += i

                    return total

                f(4)
                """);
        assertThat(outputs).hasSize(2);
        assertThat(outputs.get(0).error()).isNull();
        assertThat(outputs.get(1).value().repr()).isEqualTo("6");
    }

    @Test
    void aBlankLineBeforeAnUnindentedLineStillEndsTheBlock() {
        List<StatementOutput> outputs = run("""
                if True:
                    x = 1

                x + 1
                """);
        assertThat(outputs).hasSize(2);
        assertThat(outputs.get(1).value().repr()).isEqualTo("2");
    }
}
