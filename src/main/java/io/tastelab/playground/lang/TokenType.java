package io.tastelab.playground.lang;

/** The kinds of token the {@link Lexer} produces. */
public enum TokenType {
    /** An identifier that is not a keyword. */
    NAME,
    /** A Python keyword such as {@code def}, {@code import}, {@code True}. */
    KEYWORD,
    /** An integer literal; the token's value is a {@code Long} or, when it does not fit, a {@code BigInteger}. */
    INT,
    /** A float literal; the token's value is a {@code Double}. */
    FLOAT,
    /** An imaginary literal such as {@code 2j}; its value is the imaginary part as a Double. */
    IMAGINARY,
    /** A string literal; the token's value is the decoded {@code String}. */
    STRING,
    /** A bytes literal ({@code b"..."}); the token's value is its {@code byte[]}. */
    BYTES,
    /** An f-string literal; the token's value is its {@code List<FStringPart>}. */
    FSTRING,
    /** An operator or delimiter such as {@code +}, {@code **}, {@code (}, {@code ...}. */
    OPERATOR,
    /** An IPython line magic at the start of a line, such as {@code %timeit}; the text is the name without {@code %}. */
    MAGIC,
    /** The end of a logical line. */
    NEWLINE,
    /** The indentation grew: a block starts. */
    INDENT,
    /** The indentation shrank back to an outer level: a block ends. */
    DEDENT,
    /** The end of the source. */
    END
}
