package io.tastelab.array;

/** Elementwise unary operations. */
public enum UnaryOp {
    NEGATIVE("negative", false),
    POSITIVE("positive", false),
    ABSOLUTE("absolute", false),
    INVERT("invert", false),
    SIGN("sign", false),
    EXP("exp", true),
    LOG("log", true),
    SQRT("sqrt", true),
    SIN("sin", true),
    COS("cos", true),
    TANH("tanh", true),
    LOG1P("log1p", true),
    EXPM1("expm1", true),
    LOG2("log2", true),
    EXP2("exp2", true);

    private final String ufuncName;
    private final boolean inexact;

    UnaryOp(String ufuncName, boolean inexact) {
        this.ufuncName = ufuncName;
        this.inexact = inexact;
    }

    public String ufuncName() {
        return ufuncName;
    }

    /** Whether integer inputs are computed in a float type (exp, log, ...). */
    public boolean isInexact() {
        return inexact;
    }
}
