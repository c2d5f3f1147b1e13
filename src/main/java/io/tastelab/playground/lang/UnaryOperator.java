package io.tastelab.playground.lang;

/** Python's unary operators. */
public enum UnaryOperator {
    NEGATE("-"),
    PLUS("+"),
    INVERT("~"),
    NOT("not");

    private final String symbol;

    UnaryOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written. */
    public String symbol() {
        return symbol;
    }
}
