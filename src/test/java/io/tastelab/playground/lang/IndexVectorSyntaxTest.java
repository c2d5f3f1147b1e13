package io.tastelab.playground.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every subscript in the NumPy conformance vectors parses, and its index is a tuple exactly when NumPy saw a
 * tuple index (copied from {@code ../shared/vectors/numpy_index_vectors.json}).
 */
class IndexVectorSyntaxTest {

    static Stream<Arguments> expressions() throws IOException {
        try (InputStream in = IndexVectorSyntaxTest.class.getResourceAsStream("numpy_index_vector_expressions.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("\t"))
                    .map(parts -> Arguments.of(parts[0], Boolean.parseBoolean(parts[1])))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expressions")
    void parsesAsASubscriptOfXWithNumpysTupleStructure(String source, boolean indexIsTuple) {
        Expr.Subscript subscript = (Expr.Subscript) Parser.parseExpression(source);
        assertThat(subscript.value()).isEqualTo(new Expr.Name("x", new SourceSpan(1, 1, 1, 2)));
        assertThat(subscript.index() instanceof Expr.TupleExpr).isEqualTo(indexIsTuple);
    }
}
