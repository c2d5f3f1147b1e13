package io.tastelab.playground.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a user types, the parser answers with a module or a syntax error, and quickly. */
class ParserFuzzTest {

    private static final List<String> FRAGMENTS = List.of(
            "x", "jnp", ".", "(", ")", "[", "]", ",", ":", "::", "=", "==", "+", "-", "**", "*", "@", "//", "%",
            "1", "2.5", "1e-3", "'s'", "\"", "'", "\n", "\n    ", "\n  ", " ", "def", "f", "return", "import",
            "from", "as", "None", "...", "not", "and", "if", "else", "%timeit ", "#", "\\", "{", "}", "<", ">=",
            "\t", "lambda", "for", "0x", "_", "1_", "'''", "~", ";", "is", "in", "f'", "f\"", "!r", ":>", "{x}", "=}");

    @Property(tries = 3000)
    void randomCharactersGiveAModuleOrASyntaxError(@ForAll String source) {
        assertParsesOrReportsSyntaxError(source);
    }

    @Property(tries = 3000)
    void randomPythonishFragmentsGiveAModuleOrASyntaxError(@ForAll("pythonish") String source) {
        assertParsesOrReportsSyntaxError(source);
    }

    @Provide
    Arbitrary<String> pythonish() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    private static void assertParsesOrReportsSyntaxError(String source) {
        long start = System.nanoTime();
        try {
            Module module = Parser.parse(source);
            assertThat(module).isNotNull();
        } catch (PlaygroundSyntaxError expected) {
            assertThat(expected.render()).contains(expected.kind());
        }
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }
}
