package io.tastelab.playground.lang;

/**
 * A piece of an f-string literal as the lexer reads it: literal text, or a replacement field whose expression the
 * parser parses. The value of an f-string {@link Token} is a {@code List<FStringPart>}.
 */
public sealed interface FStringPart {

    /** Text outside replacement fields, with escapes and {@code {{ }}} already decoded. */
    record Literal(String text) implements FStringPart {
    }

    /**
     * A replacement field {@code {expression!conversion:formatSpec}}.
     *
     * @param expression the expression's source text
     * @param line       the line where the expression starts
     * @param column     the column where the expression starts
     * @param conversion {@code ""}, {@code "r"}, {@code "s"} or {@code "a"}
     * @param formatSpec the format spec after the colon, or {@code ""}
     */
    record Field(String expression, int line, int column, String conversion, String formatSpec) implements FStringPart {
    }
}
