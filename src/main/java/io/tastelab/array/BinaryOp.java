package io.tastelab.array;

/** The elementwise binary operations, by NumPy ufunc name and Python operator. */
public enum BinaryOp {
    ADD("add", "+"),
    SUBTRACT("subtract", "-"),
    MULTIPLY("multiply", "*"),
    DIVIDE("divide", "/"),
    FLOOR_DIVIDE("floor_divide", "//"),
    REMAINDER("remainder", "%"),
    POWER("power", "**"),
    MAXIMUM("maximum", null),
    MINIMUM("minimum", null),
    LOGADDEXP("logaddexp", null),
    EQUAL("equal", "=="),
    NOT_EQUAL("not_equal", "!="),
    LESS("less", "<"),
    LESS_EQUAL("less_equal", "<="),
    GREATER("greater", ">"),
    GREATER_EQUAL("greater_equal", ">="),
    BITWISE_AND("bitwise_and", "&"),
    BITWISE_OR("bitwise_or", "|"),
    BITWISE_XOR("bitwise_xor", "^"),
    LEFT_SHIFT("left_shift", "<<"),
    RIGHT_SHIFT("right_shift", ">>");

    private final String ufuncName;
    private final String operator;

    BinaryOp(String ufuncName, String operator) {
        this.ufuncName = ufuncName;
        this.operator = operator;
    }

    public String ufuncName() {
        return ufuncName;
    }

    /** The Python operator, or null for function-only ops. */
    public String operator() {
        return operator;
    }

    public boolean isComparison() {
        return ordinal() >= EQUAL.ordinal() && ordinal() <= GREATER_EQUAL.ordinal();
    }

    public boolean isBitwise() {
        return ordinal() >= BITWISE_AND.ordinal();
    }

    public boolean isShift() {
        return this == LEFT_SHIFT || this == RIGHT_SHIFT;
    }

    /** Looks an op up by ufunc name ({@code add}) or operator ({@code +}). */
    public static BinaryOp of(String nameOrOperator) {
        for (BinaryOp op : values()) {
            if (op.ufuncName.equals(nameOrOperator) || nameOrOperator.equals(op.operator)) {
                return op;
            }
        }
        if (nameOrOperator.equals("true_divide")) {
            return DIVIDE;
        }
        if (nameOrOperator.equals("mod")) {
            return REMAINDER;
        }
        throw new IllegalArgumentException("unknown binary op " + nameOrOperator);
    }
}
