package io.tastelab.playground.interp;

import io.tastelab.playground.lang.BinaryOperator;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * Python's {@code math} module: its constants and common functions on Python floats, with CPython's errors
 * ({@code ValueError: math domain error}, {@code OverflowError: math range error}). Each function uses whichever of
 * {@link Math} and {@link StrictMath} agrees more often with glibc, which CPython calls (exp, log, sin, cos, tan
 * and pow the former, the rest fdlibm's); results are within an ulp of CPython's, and mostly the same bits.
 * Exact functions (floor, gcd, factorial, fsum) are exact. Arguments may be Python numbers or NumPy scalars.
 */
final class MathModule {

    private MathModule() {
    }

    static ModuleValue create() {
        Map<String, Value> f = new LinkedHashMap<>();
        f.put("pi", new FloatValue(Math.PI));
        f.put("e", new FloatValue(Math.E));
        f.put("tau", new FloatValue(2 * Math.PI));
        f.put("inf", new FloatValue(Double.POSITIVE_INFINITY));
        f.put("nan", new FloatValue(Double.NaN));
        unary(f, "sqrt", x -> x < 0 ? Double.NaN : StrictMath.sqrt(x));
        unary(f, "exp", Math::exp);
        unary(f, "expm1", StrictMath::expm1);
        unary(f, "log2", x -> x <= 0 ? Double.NaN : log2(x));
        unary(f, "log10", x -> x <= 0 ? Double.NaN : StrictMath.log10(x));
        unary(f, "log1p", x -> x <= -1 ? Double.NaN : StrictMath.log1p(x));
        unary(f, "sin", Math::sin);
        unary(f, "cos", Math::cos);
        unary(f, "tan", Math::tan);
        unary(f, "asin", x -> Math.abs(x) > 1 ? Double.NaN : StrictMath.asin(x));
        unary(f, "acos", x -> Math.abs(x) > 1 ? Double.NaN : StrictMath.acos(x));
        unary(f, "atan", StrictMath::atan);
        unary(f, "sinh", StrictMath::sinh);
        unary(f, "cosh", MathModule::cosh);
        unary(f, "tanh", StrictMath::tanh);
        unary(f, "asinh", x -> Double.isInfinite(x) ? x : Math.copySign(
                StrictMath.log(Math.abs(x) + StrictMath.sqrt(x * x + 1)), x));
        unary(f, "acosh", x -> x < 1 ? Double.NaN : StrictMath.log(x + StrictMath.sqrt(x * x - 1)));
        unary(f, "atanh", x -> Math.abs(x) >= 1 ? Double.NaN : 0.5 * StrictMath.log1p(2 * x / (1 - x)));
        unary(f, "fabs", Math::abs);
        unary(f, "degrees", Math::toDegrees);
        unary(f, "radians", Math::toRadians);
        add(f, "log", (arguments, context) -> {
            Value[] slots = arguments.bind("log", List.of("x", "base"), 1);
            double x = logOf(slots[0]);
            if (slots[1] == null) {
                return new FloatValue(x);
            }
            double base = logOf(slots[1]);
            if (base == 0.0) {
                throw PlaygroundError.zeroDivisionError("float division by zero");
            }
            return new FloatValue(x / base);
        });
        add(f, "atan2", (arguments, context) -> {
            Value[] slots = arguments.bind("atan2", List.of("y", "x"), 2);
            return new FloatValue(StrictMath.atan2(real(slots[0]), real(slots[1])));
        });
        add(f, "pow", (arguments, context) -> {
            Value[] slots = arguments.bind("pow", List.of("x", "y"), 2);
            double x = real(slots[0]);
            double y = real(slots[1]);
            double result = Math.pow(x, y);
            if (x == 0.0 && y < 0.0 || x < 0.0 && Double.isFinite(y) && y != Math.floor(y)) {
                throw domainError();
            }
            if (Double.isInfinite(result) && Double.isFinite(x) && Double.isFinite(y)) {
                throw rangeError();
            }
            return new FloatValue(result);
        });
        add(f, "hypot", (arguments, context) -> {
            double result = 0.0;
            for (Value coordinate : arguments.positional()) {
                result = Math.hypot(result, real(coordinate));
            }
            return new FloatValue(result);
        });
        add(f, "copysign", (arguments, context) -> {
            Value[] slots = arguments.bind("copysign", List.of("x", "y"), 2);
            return new FloatValue(Math.copySign(real(slots[0]), real(slots[1])));
        });
        add(f, "fmod", (arguments, context) -> {
            Value[] slots = arguments.bind("fmod", List.of("x", "y"), 2);
            double x = real(slots[0]);
            double y = real(slots[1]);
            if (y == 0.0 && !Double.isNaN(x) || Double.isInfinite(x) && !Double.isNaN(y)) {
                throw domainError();
            }
            return new FloatValue(x % y);
        });
        add(f, "floor", (arguments, context) -> rounded("floor", arguments, Math::floor));
        add(f, "ceil", (arguments, context) -> rounded("ceil", arguments, Math::ceil));
        add(f, "trunc", (arguments, context) -> rounded("trunc", arguments, x -> x < 0 ? Math.ceil(x) : Math.floor(x)));
        add(f, "isfinite", (arguments, context) ->
                BoolValue.of(Double.isFinite(real(arguments.bind("isfinite", List.of("x"), 1)[0]))));
        add(f, "isinf", (arguments, context) ->
                BoolValue.of(Double.isInfinite(real(arguments.bind("isinf", List.of("x"), 1)[0]))));
        add(f, "isnan", (arguments, context) ->
                BoolValue.of(Double.isNaN(real(arguments.bind("isnan", List.of("x"), 1)[0]))));
        add(f, "isclose", MathModule::isClose);
        add(f, "factorial", (arguments, context) -> {
            BigInteger n = integer(arguments.bind("factorial", List.of("n"), 1)[0]);
            if (n.signum() < 0) {
                throw PlaygroundError.valueError("factorial() not defined for negative values");
            }
            if (n.compareTo(BigInteger.valueOf(20_000)) > 0) {
                throw PlaygroundError.memoryError("factorial() of " + n + " is too large for the playground");
            }
            BigInteger result = BigInteger.ONE;
            for (int i = 2; i <= n.intValue(); i++) {
                result = result.multiply(BigInteger.valueOf(i));
            }
            return IntValue.of(result);
        });
        add(f, "gcd", (arguments, context) -> {
            BigInteger result = BigInteger.ZERO;
            for (Value value : arguments.positional()) {
                result = result.gcd(integer(value));
            }
            return IntValue.of(result);
        });
        add(f, "lcm", (arguments, context) -> {
            BigInteger result = BigInteger.ONE;
            for (Value value : arguments.positional()) {
                BigInteger n = integer(value).abs();
                result = n.signum() == 0 || result.signum() == 0 ? BigInteger.ZERO
                        : result.divide(result.gcd(n)).multiply(n);
            }
            return IntValue.of(result);
        });
        add(f, "isqrt", (arguments, context) -> {
            BigInteger n = integer(arguments.bind("isqrt", List.of("n"), 1)[0]);
            if (n.signum() < 0) {
                throw PlaygroundError.valueError("isqrt() argument must be nonnegative");
            }
            return IntValue.of(n.sqrt());
        });
        add(f, "comb", (arguments, context) -> {
            Value[] slots = arguments.bind("comb", List.of("n", "k"), 2);
            return IntValue.of(combinations(integer(slots[0]), integer(slots[1]), true));
        });
        add(f, "perm", (arguments, context) -> {
            Value[] slots = arguments.bind("perm", List.of("n", "k"), 1);
            BigInteger n = integer(slots[0]);
            return IntValue.of(combinations(n, slots[1] == null ? n : integer(slots[1]), false));
        });
        add(f, "prod", (arguments, context) -> {
            if (arguments.size() != 1) {
                throw PlaygroundError.typeError("prod() takes exactly 1 positional argument (" + arguments.size()
                        + " given)");
            }
            for (String keyword : arguments.keywords().keySet()) {
                if (!keyword.equals("start")) {
                    throw PlaygroundError.typeError("prod() got an unexpected keyword argument '" + keyword + "'");
                }
            }
            Value iterable = arguments.get(0);
            Value product = arguments.keywords().getOrDefault("start", IntValue.of(1));
            for (Value item : Iteration.toList(iterable, context.limits())) {
                product = Operators.binary(BinaryOperator.MULTIPLY, product, item, context.limits());
            }
            return product;
        });
        add(f, "fsum", (arguments, context) -> {
            Value iterable = arguments.bind("fsum", List.of("seq"), 1)[0];
            BigDecimal sum = BigDecimal.ZERO;
            double special = 0.0;
            for (Value item : Iteration.toList(iterable, context.limits())) {
                double x = real(item);
                if (Double.isFinite(x)) {
                    sum = sum.add(new BigDecimal(x));
                } else {
                    special += x;
                }
            }
            if (special != 0.0 || Double.isNaN(special)) {
                return new FloatValue(special);
            }
            // the exact sum, rounded once (BigDecimal.doubleValue rounds correctly), as fsum promises
            double result = sum.doubleValue();
            if (Double.isInfinite(result)) {
                throw PlaygroundError.overflowError("intermediate overflow in fsum");
            }
            return new FloatValue(result);
        });
        return new ModuleValue("math", f);
    }

    /** glibc's {@code cosh}: through exp, as fdlibm's, but with the exp that matches glibc's. */
    private static double cosh(double x) {
        double magnitude = Math.abs(x);
        if (magnitude < 0.5 * Math.log(2.0)) {
            double w = StrictMath.expm1(magnitude);
            double ww = 1.0 + w;
            return 1.0 + (w * w) / (ww + ww);
        }
        if (magnitude < 22.0) {
            double t = Math.exp(magnitude);
            return 0.5 * t + 0.5 / t;
        }
        return StrictMath.cosh(x);
    }

    private static double log2(double x) {
        // exact for powers of two, as C's log2 is
        int exponent = Math.getExponent(x);
        if (x == Math.scalb(1.0, exponent)) {
            return exponent;
        }
        return Math.log(x) / StrictMath.log(2.0);
    }

    private static BigInteger combinations(BigInteger n, BigInteger k, boolean choose) {
        String name = choose ? "comb" : "perm";
        if (n.signum() < 0) {
            throw PlaygroundError.valueError("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw PlaygroundError.valueError("k must be a non-negative integer");
        }
        if (k.compareTo(n) > 0) {
            return BigInteger.ZERO;
        }
        if (k.compareTo(BigInteger.valueOf(20_000)) > 0) {
            throw PlaygroundError.memoryError(name + "() result is too large for the playground");
        }
        BigInteger result = BigInteger.ONE;
        for (int i = 0; i < k.intValue(); i++) {
            result = result.multiply(n.subtract(BigInteger.valueOf(i)));
            if (choose) {
                result = result.divide(BigInteger.valueOf(i + 1));
            }
        }
        return result;
    }

    private static Value isClose(Arguments arguments, CallContext context) {
        Value[] slots = arguments.bind("isclose", List.of("a", "b", "rel_tol", "abs_tol"), 2);
        if (arguments.size() > 2) {
            throw PlaygroundError.typeError("isclose() takes exactly 2 positional arguments (" + arguments.size()
                    + " given)");
        }
        double a = real(slots[0]);
        double b = real(slots[1]);
        double relative = slots[2] == null ? 1e-09 : real(slots[2]);
        double absolute = slots[3] == null ? 0.0 : real(slots[3]);
        if (relative < 0.0 || absolute < 0.0) {
            throw PlaygroundError.valueError("tolerances must be non-negative");
        }
        if (a == b) {
            return BoolValue.TRUE;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return BoolValue.FALSE;
        }
        double difference = Math.abs(b - a);
        return BoolValue.of(difference <= Math.abs(relative * b) || difference <= Math.abs(relative * a)
                || difference <= absolute);
    }

    private static Value rounded(String name, Arguments arguments, DoubleUnaryOperator round) {
        Value value = arguments.bind(name, List.of("x"), 1)[0];
        Value scalar = value instanceof ScalarConvertible convertible ? convertible.toPythonScalar() : value;
        if (scalar instanceof IntValue || scalar instanceof BoolValue) {
            return IntValue.of(Sequences.asIndex(scalar));
        }
        return IntValue.of(Builtins.floatToInteger(round.applyAsDouble(real(scalar))));
    }

    private static double logOf(Value value) {
        Value scalar = value instanceof ScalarConvertible convertible ? convertible.toPythonScalar() : value;
        if (scalar instanceof IntValue i && i.value().signum() > 0 && i.value().bitLength() > 1000) {
            // beyond a double: log(m * 2**e) = log(m) + e * log(2), as CPython does for big ints
            int shift = i.value().bitLength() - 64;
            return StrictMath.log(i.value().shiftRight(shift).doubleValue()) + shift * StrictMath.log(2.0);
        }
        double x = real(scalar);
        if (x <= 0.0) {
            throw domainError();
        }
        return Math.log(x);
    }

    private static void unary(Map<String, Value> functions, String name, DoubleUnaryOperator function) {
        add(functions, name, (arguments, context) -> {
            double x = real(arguments.bind(name, List.of("x"), 1)[0]);
            double result = function.applyAsDouble(x);
            if (Double.isNaN(result) && !Double.isNaN(x)) {
                throw domainError();
            }
            if (Double.isInfinite(result) && Double.isFinite(x)) {
                throw rangeError();
            }
            return new FloatValue(result);
        });
    }

    private static void add(Map<String, Value> functions, String name, BuiltinFunction.Body body) {
        functions.put(name, new BuiltinFunction(name, body));
    }

    /** A real number argument as a double: Python ints, floats, bools, NumPy scalars and one-element arrays. */
    static double real(Value value) {
        Value scalar = value instanceof ScalarConvertible convertible ? convertible.toPythonScalar() : value;
        if (scalar instanceof IntValue || scalar instanceof BoolValue || scalar instanceof FloatValue) {
            return Operators.toDouble(scalar);
        }
        throw PlaygroundError.typeError("must be real number, not " + value.typeName());
    }

    private static BigInteger integer(Value value) {
        BigInteger n = Sequences.asIndex(value);
        if (n == null || value instanceof FloatValue) {
            throw PlaygroundError.typeError("'" + value.typeName() + "' object cannot be interpreted as an integer");
        }
        return n;
    }

    private static PlaygroundError domainError() {
        return PlaygroundError.valueError("math domain error");
    }

    private static PlaygroundError rangeError() {
        return PlaygroundError.overflowError("math range error");
    }
}
