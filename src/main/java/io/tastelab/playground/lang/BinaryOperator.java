package io.tastelab.playground.lang;

/** Python's binary arithmetic and bitwise operators. */
public enum BinaryOperator {
    ADD("+", "add"),
    SUBTRACT("-", "sub"),
    MULTIPLY("*", "mul"),
    TRUE_DIVIDE("/", "truediv"),
    FLOOR_DIVIDE("//", "floordiv"),
    MODULO("%", "mod"),
    POWER("**", "pow"),
    MATMUL("@", "matmul"),
    LEFT_SHIFT("<<", "lshift"),
    RIGHT_SHIFT(">>", "rshift"),
    BIT_AND("&", "and"),
    BIT_OR("|", "or"),
    BIT_XOR("^", "xor");

    private final String symbol;
    private final String dunderStem;

    BinaryOperator(String symbol, String dunderStem) {
        this.symbol = symbol;
        this.dunderStem = dunderStem;
    }

    /** The operator as written, e.g. {@code //}. */
    public String symbol() {
        return symbol;
    }

    /** The stem of Python's special methods: {@code floordiv} for {@code __floordiv__}, {@code __rfloordiv__}. */
    public String dunderStem() {
        return dunderStem;
    }

    /** Python's special method, e.g. {@code __floordiv__}. */
    public String dunderName() {
        return "__" + dunderStem + "__";
    }

    /** The operator for a symbol, or null if the symbol is not a binary operator. */
    public static BinaryOperator fromSymbol(String symbol) {
        for (BinaryOperator op : values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        return null;
    }
}
