package io.tastelab.playground.lang;

/** Python's comparison operators. */
public enum CompareOperator {
    EQUAL("=="),
    NOT_EQUAL("!="),
    LESS("<"),
    LESS_EQUAL("<="),
    GREATER(">"),
    GREATER_EQUAL(">="),
    IS("is"),
    IS_NOT("is not"),
    IN("in"),
    NOT_IN("not in");

    private final String symbol;

    CompareOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written. */
    public String symbol() {
        return symbol;
    }

    /** The operator with its operands swapped: {@code a < b} is {@code b > a}; null for is/in. */
    public CompareOperator reflected() {
        return switch (this) {
            case EQUAL -> EQUAL;
            case NOT_EQUAL -> NOT_EQUAL;
            case LESS -> GREATER;
            case LESS_EQUAL -> GREATER_EQUAL;
            case GREATER -> LESS;
            case GREATER_EQUAL -> LESS_EQUAL;
            default -> null;
        };
    }
}
