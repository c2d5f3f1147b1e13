package io.tastelab.playground.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.playground.interp.StatementOutput;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 item 10: what used to run past the cell limit. A script is read statement by statement with each
 * statement parsed alone (no longer padded with every line above it, which made run time grow with the square of
 * the script's length: 40,000 statements took 35 s, now 3.4 s; see the commit), while positions and quoted lines
 * still count from the top of the script. List repetition shares the items, as CPython's does, and a decimal literal
 * over 4,300 digits is CPython's SyntaxError before any conversion.
 */
class LongScriptsTest {

    private static List<StatementOutput> run(String script) {
        List<StatementOutput> outputs = new ArrayList<>();
        new PlaygroundSession().runScript(script, (output, notes) -> outputs.add(output));
        return outputs;
    }

    @Test
    void statementsFarDownAScriptReportTheirOwnLineAndText() {
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            script.append("x").append(i % 7).append(" = ").append(i).append('\n');
        }
        script.append("y = (\n    x1 +\n    nope)\n");
        script.append("def f(a):\n    return a / 0\n\n");
        script.append("f(x3)\n");
        script.append("print(f\"{x2 +}\")\n");
        List<StatementOutput> outputs = run(script.toString());

        assertThat(outputs).hasSize(20_004);
        StatementOutput nameError = outputs.get(20_000);
        assertThat(nameError.error().type()).isEqualTo("NameError");
        assertThat(nameError.error().line()).isEqualTo(20_003);
        assertThat(nameError.error().render()).contains("line 20003").contains("    nope)");
        StatementOutput division = outputs.get(20_002);
        assertThat(division.error().render()).contains("line 20007, in <module>").contains("line 20005, in f")
                .contains("return a / 0");
        StatementOutput syntax = outputs.get(20_003);
        assertThat(syntax.error().type()).isEqualTo("SyntaxError");
        assertThat(syntax.error().line()).isEqualTo(20_008);
        assertThat(syntax.error().render()).contains("print(f\"{x2 +}\")");
    }

    @Test
    void listRepetitionSharesTheInnerListAsCpythonDoes() {
        List<StatementOutput> outputs = run("""
                x = [[0] * 3] * 3
                x[0][0] = 5
                x
                x[0] is x[2]
                big = [[0] * 100000] * 100000
                len(big), len(big[99999]), big[0] is big[99999]
                """);
        assertThat(outputs.get(2).value().repr()).isEqualTo("[[5, 0, 0], [5, 0, 0], [5, 0, 0]]");
        assertThat(outputs.get(3).value().repr()).isEqualTo("True");
        assertThat(outputs.get(5).value().repr()).isEqualTo("(100000, 100000, True)");
    }

    @Test
    void aDecimalLiteralOverFourThousandThreeHundredDigitsIsCpythonsSyntaxError() {
        List<StatementOutput> outputs = run("a = " + "7".repeat(4300) + "\nb = " + "1".repeat(1_000_000)
                + "\nc = 0x" + "f".repeat(5000) + "\n");
        assertThat(outputs.get(0).error()).isNull();
        assertThat(outputs.get(1).error().type()).isEqualTo("SyntaxError");
        assertThat(outputs.get(1).error().pythonMessage()).isEqualTo("Exceeds the limit (4300 digits) for integer "
                + "string conversion: value has 1000000 digits; use sys.set_int_max_str_digits() to increase the limit "
                + "- Consider hexadecimal for huge integer literals to avoid decimal conversion limits.");
        assertThat(outputs.get(2).error()).as("hexadecimal has no limit in CPython").isNull();
    }
}
