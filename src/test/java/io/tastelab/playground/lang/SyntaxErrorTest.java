package io.tastelab.playground.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Messages and positions checked against CPython 3.11's {@code compile()} (see src/test/python/syntax_errors.py). */
class SyntaxErrorTest {

    private static PlaygroundSyntaxError errorOf(String source) {
        return catchThrowableOfType(PlaygroundSyntaxError.class, () -> Parser.parse(source));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "x = (1,\\ny = 2\\n         | SyntaxError      | '(' was never closed | 1 | 5",
        "f(1 2)\\n                  | SyntaxError      | invalid syntax. Perhaps you forgot a comma? | 1 | 3",
        "x = \\n                    | SyntaxError      | invalid syntax | 1 | 5",
        "def f(x):\\nreturn x\\n    | IndentationError | expected an indented block after function definition on line 1 | 2 | 1",
        "def f(x):\\n               | IndentationError | expected an indented block after function definition on line 1 | 1 | 10",
        "if x:\\nreturn 1\\n        | IndentationError | expected an indented block after 'if' statement on line 1 | 2 | 1",
        "if x:\\n    pass\\nelse:\\ny\\n | IndentationError | expected an indented block after 'else' statement on line 3 | 4 | 1",
        "else:\\n    pass\\n         | SyntaxError      | invalid syntax | 1 | 1",
        "if x:\\n    pass\\nelif:\\n    pass\\n | SyntaxError | invalid syntax | 3 | 5",
        "if x:\\n    return 1\\n    | SyntaxError      | 'return' outside function | 2 | 5",
        "\" x = 1\\n\"             | IndentationError | unexpected indent | 1 | 1",
        "x = 'abc\\n                | SyntaxError      | unterminated string literal (detected at line 1) | 1 | 5",
        "x = '''abc\\n              | SyntaxError      | unterminated triple-quoted string literal (detected at line 1) | 1 | 5",
        "1 = 2\\n                   | SyntaxError      | cannot assign to literal here. Maybe you meant '==' instead of '='? | 1 | 1",
        "f() = 3\\n                 | SyntaxError      | cannot assign to function call here. Maybe you meant '==' instead of '='? | 1 | 1",
        "x + 1 = 2\\n               | SyntaxError      | cannot assign to expression here. Maybe you meant '==' instead of '='? | 1 | 1",
        "a, 1 = 2\\n                | SyntaxError      | cannot assign to literal here. Maybe you meant '==' instead of '='? | 1 | 4",
        "x = [1, 2\\n               | SyntaxError      | '[' was never closed | 1 | 5",
        "x = (1, [2,\\n             | SyntaxError      | '[' was never closed | 1 | 9",
        "x = (1]\\n                 | SyntaxError      | closing parenthesis ']' does not match opening parenthesis '(' | 1 | 7",
        "x = 1)\\n                  | SyntaxError      | unmatched ')' | 1 | 6",
        "x = 01\\n                  | SyntaxError      | leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers | 1 | 5",
        "x = 1abc\\n                | SyntaxError      | invalid decimal literal | 1 | 5",
        "def f(a=1, b):\\n  pass\\n | SyntaxError      | non-default argument follows default argument | 1 | 12",
        "def f(x, x): pass\\n       | SyntaxError      | duplicate argument 'x' in function definition | 1 | 10",
        // CPython 3.11 points one past the argument here (column 9); we point at the argument itself.
        "f(a=1, 2)\\n               | SyntaxError      | positional argument follows keyword argument | 1 | 8",
        "f(a=1, a=2)\\n             | SyntaxError      | keyword argument repeated: a | 1 | 8",
        "return 1\\n                | SyntaxError      | 'return' outside function | 1 | 1",
        "x = 1 2\\n                 | SyntaxError      | invalid syntax | 1 | 7",
        "  \\nx=1\\n  y=2\\n         | IndentationError | unexpected indent | 3 | 2",
        // CPython points at the end of the line (column 6); we point at the first token.
        "def f():\\n    x=1\\n  y=2\\n | IndentationError | unindent does not match any outer indentation level | 3 | 3",
        "print 'hi'\\n              | SyntaxError      | Missing parentheses in call to 'print'. Did you mean print(...)? | 1 | 1",
        "x == \\n                   | SyntaxError      | invalid syntax | 1 | 6",
        "x = [1 2]\\n               | SyntaxError      | invalid syntax. Perhaps you forgot a comma? | 1 | 6",
        "x = [1, 2]]\\n             | SyntaxError      | unmatched ']' | 1 | 11",
        "True = 1\\n                | SyntaxError      | cannot assign to True | 1 | 1",
        "x\u20ac = 1\\n              | SyntaxError      | invalid character '\u20ac' (U+20AC) | 1 | 2",
        "(a, b) += 1\\n             | SyntaxError      | 'tuple' is an illegal expression for augmented assignment | 1 | 1",
    })
    void reportsPythonsMessageAndPosition(String escapedSource, String kind, String message, int line, int column) {
        PlaygroundSyntaxError error = errorOf(escapedSource.replace("\\n", "\n"));
        assertThat(error).as("expected a syntax error").isNotNull();
        assertThat(error.kind()).isEqualTo(kind);
        assertThat(error.pythonMessage()).isEqualTo(message);
        assertThat(error.line()).isEqualTo(line);
        assertThat(error.column()).isEqualTo(column);
    }

    @Test
    void rendersLikePythonWithCaretUnderTheUnclosedBracket() {
        PlaygroundSyntaxError error = errorOf("x = 1\ny = (1 +\n");
        assertThat(error.render()).isEqualTo("""
                  File "<cell>", line 2
                    y = (1 +
                        ^
                SyntaxError: '(' was never closed
                """);
    }

    @Test
    void rendersARangeOfCaretsUnderAnInvalidTarget() {
        assertThat(errorOf("y = x + 1 = 2\n").render()).isEqualTo("""
                  File "<cell>", line 1
                    y = x + 1 = 2
                        ^^^^^
                SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='?
                """);
    }

    @Test
    void caretIgnoresTheLinesIndentation() {
        assertThat(errorOf("def f(x):\n    y = (1 +\n").render()).isEqualTo("""
                  File "<cell>", line 2
                    y = (1 +
                        ^
                SyntaxError: '(' was never closed
                """);
    }

    @Test
    void booksMissingParenthesisIsReportedAtTheOpeningBracket() {
        PlaygroundSyntaxError error = errorOf("vec = jnp.reshape(jnp.array([0.5, 1.0, 2.0]), [1, 3]\nvec * x\n");
        assertThat(error.pythonMessage()).isEqualTo("'(' was never closed");
        assertThat(error.line()).isEqualTo(1);
        assertThat(error.column()).isEqualTo(18);
    }

    @Test
    void deepNestingIsASyntaxErrorNotAStackOverflow() {
        assertThat(errorOf("x = " + "(".repeat(5000) + "1" + ")".repeat(5000)).pythonMessage())
                .isEqualTo("too many nested parentheses");
        assertThat(errorOf("x = " + "-".repeat(100_000) + "1").pythonMessage())
                .isEqualTo("expression is too deeply nested");
        assertThat(errorOf("x = " + "not ".repeat(100_000) + "1").pythonMessage())
                .isEqualTo("expression is too deeply nested");
        assertThat(errorOf("x = " + "2**".repeat(100_000) + "1").pythonMessage())
                .isEqualTo("expression is too deeply nested");
    }

    @Test
    void fStringMistakesAreSyntaxErrorsAtTheirSpot() {
        assertThat(errorOf("f\"{x\"\n").pythonMessage()).isEqualTo("f-string: expecting '}'");
        assertThat(errorOf("f\"{}\"\n").pythonMessage()).isEqualTo("f-string: empty expression not allowed");
        assertThat(errorOf("f\"{x!z}\"\n").pythonMessage())
                .isEqualTo("f-string: invalid conversion character: expected 's', 'r', or 'a'");
        assertThat(errorOf("f\"}\"\n").pythonMessage()).isEqualTo("f-string: single '}' is not allowed");
        PlaygroundSyntaxError unclosed = errorOf("x = f'''{a +\n b\n");
        assertThat(unclosed.pythonMessage()).isEqualTo("f-string: expecting '}'");
        assertThat(unclosed.line()).isEqualTo(1);
        assertThat(unclosed.column()).isEqualTo(9);
        PlaygroundSyntaxError error = errorOf("y = 1\nz = f\"a {y +* 2}\"\n");
        assertThat(error.pythonMessage()).isEqualTo("f-string: invalid syntax");
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(13);
    }

    @Test
    void unsupportedStatementsSaySo() {
        assertThat(errorOf("async def f():\n    pass\n").pythonMessage()).isEqualTo("'async' statements are not supported in the playground");
        assertThat(errorOf("%prun f(x)\n").pythonMessage()).contains("%timeit");
    }
}
