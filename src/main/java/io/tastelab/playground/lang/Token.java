package io.tastelab.playground.lang;

/**
 * One token of a cell's source.
 *
 * @param type  what kind of token
 * @param text  the source text of the token (for {@link TokenType#MAGIC} the magic's name, without {@code %})
 * @param value the literal's value for {@link TokenType#INT}, {@link TokenType#FLOAT} and {@link TokenType#STRING}; else null
 * @param span  where it is
 */
public record Token(TokenType type, String text, Object value, SourceSpan span) {

    /** True if this is the operator or delimiter {@code op}. */
    public boolean isOperator(String op) {
        return type == TokenType.OPERATOR && text.equals(op);
    }

    /** True if this is the keyword {@code keyword}. */
    public boolean isKeyword(String keyword) {
        return type == TokenType.KEYWORD && text.equals(keyword);
    }

    @Override
    public String toString() {
        return type + (text.isEmpty() ? "" : "(" + text + ")") + "@" + span.line() + ":" + span.column();
    }
}
