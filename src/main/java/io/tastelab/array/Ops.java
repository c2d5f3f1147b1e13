package io.tastelab.array;

import io.tastelab.array.nd4j.NdStorage;
import java.util.List;

/**
 * The elementwise kernels and their type rules. ND4J computes large same-dtype float work; everything whose
 * semantics differ from ND4J's (integer wrap-around, Python floor division, NaN rules, bools) runs here.
 */
final class Ops {
    /** Below this many elements, a Java loop beats a native call. Tests lower it to run ND4J on everything. */
    static volatile long bulkThreshold = 4096;

    private Ops() {
    }

    /** Converts an operand: arrays as they are, Python scalars to weak 0-d arrays, lists to arrays. */
    static NdArray operand(Flavor flavor, Object o) {
        if (o instanceof NdArray a) {
            return a;
        }
        if (Creation.isPythonScalar(o)) {
            return Creation.scalarOperand(flavor, o);
        }
        if (o instanceof List<?>) {
            return Creation.fromNested(flavor, o, null);
        }
        throw new ArrayTypeError("unsupported operand type: '" + Creation.typeName(o) + "'");
    }

    /**
     * The flavor of an operation's result: JAX when any operand is a JAX array (JAX arrays take priority
     * over NumPy's, as {@code __array_priority__} makes them in Python), else NumPy when any operand is an
     * array, else the namespace's own.
     */
    static Flavor flavorOf(Flavor fallback, Object... operands) {
        Flavor found = null;
        for (Object o : operands) {
            if (o instanceof NdArray a) {
                if (a.flavor == Flavor.JAX) {
                    return Flavor.JAX;
                }
                found = a.flavor;
            }
        }
        return found != null ? found : fallback;
    }

    private static void checkWeakFits(NdArray operand, DType target) {
        if (operand.weak == Promotion.Weak.INT && target.isInteger()) {
            long v = operand.rawLong(operand.offset);
            if (!Values.fits(v, target)) {
                throw new ArrayOverflowError("Python integer " + v + " out of bounds for " + target);
            }
        }
    }

    // ------------------------------------------------------------------ binary

    static NdArray binary(BinaryOp op, Object left, Object right, Flavor fallback) {
        Flavor f = flavorOf(fallback, left, right);
        if (f == Flavor.JAX) {
            checkJaxPythonInt(left, "x");
            checkJaxPythonInt(right, "y");
        }
        NdArray rawLeft = operand(f, left);
        NdArray a = Subnormals.operand(f, rawLeft);
        NdArray b = Subnormals.operand(f, operand(f, right));
        Promotion.Typed t = Promotion.resultType(f, a.typed(), b.typed());
        DType promoted = t.dtype();
        if (f == Flavor.NUMPY && !op.isComparison() && op != BinaryOp.DIVIDE) {
            checkWeakFits(a, promoted);
            checkWeakFits(b, promoted);
        }
        DType compute = promoted;
        DType out = promoted;
        if (op.isComparison()) {
            if (f == Flavor.NUMPY && promoted.isInteger() && (!fitsWeak(a, promoted) || !fitsWeak(b, promoted))) {
                compute = DType.FLOAT64;
            }
            out = DType.BOOL;
        } else if (op == BinaryOp.DIVIDE) {
            compute = Promotion.trueDivide(f, promoted);
            out = compute;
        } else if (op == BinaryOp.LOGADDEXP) {
            if (promoted.isComplex()) {
                throw new ArrayTypeError("ufunc 'logaddexp' not supported for the input types, and the inputs "
                        + "could not be safely coerced to any supported types according to the casting rule ''safe''");
            }
            compute = Promotion.inexact(f, promoted);
            out = compute;
        } else if (promoted.isBool()) {
            switch (op) {
                case SUBTRACT -> throw new ArrayTypeError("numpy boolean subtract, the `-` operator, is not "
                        + "supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.");
                case FLOOR_DIVIDE, REMAINDER, POWER, LEFT_SHIFT, RIGHT_SHIFT -> {
                    compute = DType.INT8;
                    out = f == Flavor.JAX ? DType.INT32 : DType.INT8;
                    compute = out;
                }
                default -> { }
            }
        } else if (op.isBitwise() && promoted.isFloat()) {
            throw new ArrayTypeError("ufunc '" + op.ufuncName() + "' not supported for the input types, and the "
                    + "inputs could not be safely coerced to any supported types according to the casting rule ''safe''");
        }
        if (compute.isComplex()) {
            NdArray result = ComplexOps.binary(op, a, b, compute, out, Shape.broadcast(f, a.shape, b.shape), f);
            return finish(result, f, !t.isWeak() ? Promotion.Weak.NONE
                    : op.isComparison() ? (f == Flavor.JAX ? Promotion.Weak.BOOL : Promotion.Weak.NONE) : t.weak());
        }
        boolean jax = f == Flavor.JAX;
        // JAX itself raises "add got incompatible shapes for broadcasting: (3,), (4,)." (a TypeError) here; the
        // conformance vectors expect the ValueError of jnp.broadcast_shapes, which every jnp function raises.
        int[] shape = Shape.broadcast(f, a.shape, b.shape);
        // A Python int or 0-d integer exponent is a concrete power: JAX's integer_pow, exact, no negatives.
        boolean concreteExponent = jax && op == BinaryOp.POWER && !compute.isFloat() && b.ndim() == 0;
        if (concreteExponent && !b.dtype.isFloat() && b.readLong(b.offset) < 0) {
            throw new ArrayTypeError("Integers cannot be raised to negative powers, got integer_pow("
                    + compute.name().toLowerCase() + java.util.Arrays.toString(a.shape).replace(" ", "") + ", "
                    + b.readLong(b.offset) + ")");
        }
        if (jax && op == BinaryOp.POWER && compute.isFloat() && isConcreteIntegerExponent(b)) {
            // jnp.power's first case: a concrete integer exponent is lax.integer_pow of the base in its own type.
            // The base unflushed: lax returns x ** 1 as x is, and IntegerPower reads subnormals as zeros elsewhere.
            NdArray base = rawLeft.dtype == compute ? rawLeft : rawLeft.astype(compute);
            return finish(IntegerPower.of(base, b.readLong(b.offset)), f, a.weak);
        }
        if (jax && op == BinaryOp.DIVIDE && compute.isFloat() && b.size() == 1 && !Shape.equal(b.shape, shape)) {
            // XLA divides by a broadcast scalar as a multiplication by its reciprocal, rounded to the dtype:
            // jnp.arange(1.0, 8.0) / 3 gives 1.6666667 for 5/3, where true division gives 1.6666666.
            double divisor = Values.round(b.readDouble(b.offset), compute);
            NdArray reciprocal = NdArray.zeros(f, compute, new int[0]);
            reciprocal.writeDouble(0, Values.round(1.0 / divisor, compute));
            op = BinaryOp.MULTIPLY;
            b = reciprocal;
        }
        // Only bool arrays: a Python bool is converted and multiplied like any number.
        boolean boolFactor = jax && op == BinaryOp.MULTIPLY && compute.isFloat()
                && ((a.dtype.isBool() && left instanceof NdArray) || (b.dtype.isBool() && right instanceof NdArray));
        // JAX's own integer power and divmod run in the loop below; float powers (x ** 2) keep the bulk path.
        boolean jaxLoop = jax && (op == BinaryOp.FLOOR_DIVIDE || op == BinaryOp.REMAINDER
                || (op == BinaryOp.POWER && !compute.isFloat()));
        NdArray result = boolFactor || jaxLoop ? null : bulk(op, a, b, compute, out, shape, f);
        if (result == null) {
            result = NdArray.zeros(f, out, shape);
            loop(op, a, b, compute, result, jax, concreteExponent, boolFactor && a.dtype.isBool(),
                    boolFactor && b.dtype.isBool());
        }
        // JAX marks a comparison of weakly typed operands weak too (bool, weak_type=True), though a weak bool
        // promotes as bool.
        Promotion.Weak weak = !t.isWeak() ? Promotion.Weak.NONE
                : op.isComparison() ? (f == Flavor.JAX ? Promotion.Weak.BOOL : Promotion.Weak.NONE) : t.weak();
        if (f == Flavor.JAX && op == BinaryOp.POWER && ((a.dtype.isBool() && !compute.isFloat())
                || (right instanceof NdArray && !b.isWeaklyTyped() && !b.dtype.isFloat()
                && !(b.dtype.isBool() && compute.isFloat())))) {
            // jnp.power makes a bool base a strong int, and an integer exponent array a strong float.
            weak = Promotion.Weak.NONE;
        }
        result = Subnormals.result(f, result, !Subnormals.cannotUnderflow(op));
        return finish(result, f, weak);
    }

    /**
     * What jnp.power's {@code operator.index(x2)} accepts: a 0-d integer or bool exponent (a Python int, a NumPy
     * integer, a 0-d integer array), which JAX raises to by lax.integer_pow.
     */
    static boolean isConcreteIntegerExponent(NdArray exponent) {
        return exponent.ndim() == 0 && exponent.dtype.isIntegral();
    }

    /** JAX (64-bit types off) converts a Python int operand to int32 first and refuses one that does not fit. */
    private static void checkJaxPythonInt(Object operand, String argument) {
        if (operand instanceof Long v && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)) {
            throw new ArrayOverflowError("An overflow was encountered while parsing an argument to a jitted "
                    + "computation, whose argument path is " + argument + ". Got <class 'int'> with value " + v);
        }
    }

    private static boolean fitsWeak(NdArray operand, DType target) {
        return operand.weak != Promotion.Weak.INT || Values.fits(operand.rawLong(operand.offset), target);
    }

    /** NumPy returns scalars from operations on 0-d inputs; JAX keeps weak types. */
    static NdArray finish(NdArray r, Flavor f, Promotion.Weak weak) {
        if (f == Flavor.NUMPY) {
            return r.ndim() == 0 ? r.withScalar(true) : r;
        }
        return weak != Promotion.Weak.NONE ? r.withWeak(weak) : r;
    }

    /**
     * ND4J path for big arrays; null when not applicable. ND4J computes comparisons, {@code + - *} for
     * int32/int64/float32/float64, {@code /} for float32/float64 and maximum/minimum (with NumPy's NaN and tie rules restored in
     * {@link NdStorage}). Operands of other dtypes are cast by ND4J first (exact, or NumPy's rounding to float32);
     * unequal shapes are broadcast by ND4J.
     */
    private static NdArray bulk(BinaryOp op, NdArray a, NdArray b, DType compute, DType out, int[] shape, Flavor f) {
        long n = Shape.size(shape);
        if (op.isComparison() && out == DType.BOOL && n >= bulkThreshold && NdStorage.bulkCapable(compute)
                && bulkOperand(a) && bulkOperand(b)) {
            MemoryGuard.check(shape, out);
            return NdArray.wrap(f, NdStorage.compareBroadcast(op.ufuncName(), a.contiguousStorage(),
                    pad(a.shape, shape.length), b.contiguousStorage(), pad(b.shape, shape.length), shape, compute),
                    shape);
        }
        if (compute != out || n < bulkThreshold || n == 0 || !NdStorage.bulkCapable(compute)) {
            return null;
        }
        if (op == BinaryOp.POWER && compute.isFloat() && b.size() == 1 && a.dtype == compute
                && Shape.equal(a.shape, shape) && b.readDouble(b.offset) == 2.0) {
            return bulk(BinaryOp.MULTIPLY, a, a, compute, out, shape, f); // NumPy's fast path: x ** 2 is square(x)
        }
        boolean intCompute = !compute.isFloat();
        boolean supported = switch (op) {
            case ADD, SUBTRACT, MULTIPLY -> true;
            case DIVIDE -> !intCompute;
            case MAXIMUM, MINIMUM -> true;
            default -> false;
        };
        if (!supported || !bulkOperand(a) || !bulkOperand(b)) {
            return null;
        }
        MemoryGuard.check(shape, out);
        if (f == Flavor.JAX && compute == DType.FLOAT32 && Simd.ENABLED && FlushingArithmetic.supports(op)) {
            NdArray flushed = flushingBulk(op, a, b, shape, f);
            if (flushed != null) {
                return flushed;
            }
        }
        if (!intCompute && (a.size() == 1 || b.size() == 1) && (a.size() != 1 || b.size() != 1)) {
            NdArray big = a.size() == 1 ? b : a;
            NdArray small = a.size() == 1 ? a : b;
            if (Shape.equal(big.shape, shape) && big.dtype == compute && op != BinaryOp.MAXIMUM
                    && op != BinaryOp.MINIMUM) {
                double s = Values.round(small.readDouble(small.offset), compute);
                return NdArray.wrap(f, NdStorage.binaryScalar(op.ufuncName(), big.contiguousStorage(), s, small == a),
                        shape);
            }
        }
        NdStorage r = NdStorage.binaryBroadcast(op.ufuncName(), a.contiguousStorage(), pad(a.shape, shape.length),
                b.contiguousStorage(), pad(b.shape, shape.length), shape, compute);
        return NdArray.wrap(f, r, shape);
    }

    /**
     * jnp's float32 {@code + - * /} of two arrays of the result's shape, or of one and a single value, with XLA's flush
     * of subnormal results in the same pass ({@link FlushingArithmetic}); null for other operands.
     */
    private static NdArray flushingBulk(BinaryOp op, NdArray a, NdArray b, int[] shape, Flavor f) {
        boolean oneValue = (a.size() == 1) != (b.size() == 1);
        NdArray big = oneValue && a.size() == 1 ? b : a;
        if (!oneValue && !Shape.equal(a.shape, shape)) {
            big = b;
        }
        NdArray other = big == a ? b : a;
        if (!Shape.equal(big.shape, shape) || big.dtype != DType.FLOAT32
                || (!oneValue && other.dtype != DType.FLOAT32)) {
            return null;
        }
        if (!oneValue && !Shape.equal(other.shape, shape)) {
            return flushingBroadcast(op, big, other, other == a, shape, f);
        }
        NdStorage x = big.contiguousStorage();
        NdStorage y = oneValue ? null : other.contiguousStorage();
        if (!x.hasSegment() || (y != null && !y.hasSegment())) {
            return null;
        }
        float value = 0f;
        if (oneValue) {
            value = (float) Values.round(other.readDouble(other.offset), DType.FLOAT32);
            value = Subnormals.isSubnormal(value) ? Math.copySign(0f, value) : value; // a float64 value, rounded: DAZ
        }
        return NdArray.wrap(f, NdStorage.float32Flushing(op, x, y, value, oneValue && other == a), shape);
    }

    /**
     * jnp's float32 {@code + - * /} of an array of the result's shape and one row ({@code x * x[0]}) or one column
     * ({@code x + x[:, :1]}) broadcast along its last axis, flushed in the same pass; null for other shapes and for
     * rows too short for a call per row.
     */
    private static NdArray flushingBroadcast(BinaryOp op, NdArray big, NdArray line, boolean lineFirst, int[] shape,
            Flavor f) {
        if (shape.length < 2 || line.shape.length > shape.length) {
            return null;
        }
        int last = shape.length - 1;
        long columns = shape[last];
        long rows = big.size() / Math.max(1, columns);
        int skipped = shape.length - line.shape.length;
        boolean row = line.size() == columns && line.shape.length > 0 && line.shape[line.shape.length - 1] == columns;
        boolean column = skipped == 0 && line.shape[last] == 1;
        for (int d = 0; column && d < last; d++) {
            column = line.shape[d] == shape[d];
        }
        if ((!row && !column) || !FlushingArithmetic.rowsLongEnough(columns)) {
            return null;
        }
        NdStorage x = big.contiguousStorage();
        NdStorage values = line.contiguousStorage();
        if (!x.hasSegment() || !values.hasSegment()) {
            return null;
        }
        return NdArray.wrap(f, NdStorage.float32FlushingBroadcast(op, x, values, lineFirst, row, rows, columns),
                shape);
    }

    /** An operand of a dtype ND4J casts correctly (a strided view is copied into one run first). */
    private static boolean bulkOperand(NdArray x) {
        return x.dtype != DType.UINT64;
    }

    private static int[] pad(int[] s, int rank) {
        int[] out = new int[rank];
        java.util.Arrays.fill(out, 1);
        System.arraycopy(s, 0, out, rank - s.length, s.length);
        return out;
    }

    private static void loop(BinaryOp op, NdArray a, NdArray b, DType compute, NdArray result) {
        loop(op, a, b, compute, result, false, false, false, false);
    }

    private static void loop(BinaryOp op, NdArray a, NdArray b, DType compute, NdArray result, boolean jax,
                             boolean concreteExponent, boolean boolFactorA, boolean boolFactorB) {
        int[] shape = result.shape;
        long[] ao = operandOffsets(a, shape);
        long[] bo = operandOffsets(b, shape);
        int n = (int) result.size();
        if (compute.isFloat()) {
            boolean roundA = a.dtype != compute && compute != DType.FLOAT64;
            boolean roundB = b.dtype != compute && compute != DType.FLOAT64;
            for (int k = 0; k < n; k++) {
                double x = a.readDouble(at(a, ao, k));
                double y = b.readDouble(at(b, bo, k));
                if (roundA) {
                    x = Values.round(x, compute);
                }
                if (roundB) {
                    y = Values.round(y, compute);
                }
                if (op.isComparison()) {
                    result.storage.setLong(k, compareDouble(op, x, y) ? 1 : 0);
                } else if (op == BinaryOp.LOGADDEXP) {
                    result.writeDouble(k, logaddexp(x, y, compute, jax));
                } else if (jax) {
                    result.writeDouble(k, jaxFloatOp(op, x, y, compute, boolFactorA, boolFactorB));
                } else {
                    result.writeDouble(k, floatOp(op, x, y));
                }
            }
        } else {
            boolean unsigned64 = compute == DType.UINT64;
            for (int k = 0; k < n; k++) {
                long x = Values.wrap(a.readLong(at(a, ao, k)), compute);
                long y = Values.wrap(b.readLong(at(b, bo, k)), compute);
                if (op.isComparison()) {
                    int c = unsigned64 ? Long.compareUnsigned(x, y) : Long.compare(x, y);
                    result.storage.setLong(k, compareResult(op, c) ? 1 : 0);
                } else {
                    long r = compute.isBool() ? boolOp(op, x, y) : op.isShift() ? shift(op, x, y, compute)
                            : jax ? jaxIntOp(op, x, y, compute, concreteExponent) : intOp(op, x, y, unsigned64);
                    result.storage.setLong(k, Values.wrap(r, result.dtype));
                }
            }
        }
    }

    /** Offsets of an operand broadcast to {@code shape}, or null when element k is simply at offset + k (or is the only one). */
    static long[] operandOffsets(NdArray x, int[] shape) {
        if (x.size() == 1 || (Shape.equal(x.shape, shape) && x.isContiguous())) {
            return null;
        }
        return x.view(shape, Shape.broadcastStrides(x.shape, x.strides, shape), x.offset).offsets();
    }

    static long at(NdArray x, long[] offsets, int k) {
        if (offsets != null) {
            return offsets[k];
        }
        return x.size() == 1 ? x.offset : x.offset + k;
    }

    static boolean compareDouble(BinaryOp op, double x, double y) {
        return switch (op) {
            case EQUAL -> x == y;
            case NOT_EQUAL -> x != y;
            case LESS -> x < y;
            case LESS_EQUAL -> x <= y;
            case GREATER -> x > y;
            case GREATER_EQUAL -> x >= y;
            default -> throw new IllegalStateException(op.name());
        };
    }

    private static boolean compareResult(BinaryOp op, int c) {
        return switch (op) {
            case EQUAL -> c == 0;
            case NOT_EQUAL -> c != 0;
            case LESS -> c < 0;
            case LESS_EQUAL -> c <= 0;
            case GREATER -> c > 0;
            case GREATER_EQUAL -> c >= 0;
            default -> throw new IllegalStateException(op.name());
        };
    }

    static double floatOp(BinaryOp op, double x, double y) {
        return switch (op) {
            case ADD -> x + y;
            case SUBTRACT -> x - y;
            case MULTIPLY -> x * y;
            case DIVIDE -> x / y;
            case FLOOR_DIVIDE -> floorDivide(x, y);
            case REMAINDER -> remainder(x, y);
            // C's pow, where Java's differs: 1 ** nan and (+-1) ** +-inf are 1 (Math.pow gives NaN).
            case POWER -> x == 1.0 || (Math.abs(x) == 1.0 && Double.isInfinite(y)) ? 1.0 : Math.pow(x, y);
            // NumPy: NaN from either side, and the second operand on ties (maximum(-0.0, 0.0) is 0.0).
            case MAXIMUM -> Double.isNaN(x) || x > y ? x : y;
            case MINIMUM -> Double.isNaN(x) || x < y ? x : y;
            default -> throw new IllegalStateException(op.name());
        };
    }

    /**
     * {@code logaddexp(x, y)}, log(e^x + e^y) without overflow. NumPy's {@code npy_logaddexp}: x + log 2 when equal
     * (infinities of one sign), else the larger plus log1p(exp(-|x - y|)), NaN passed on; float16 and float32 in
     * float with the C library's expf and log1pf. jnp's: the larger plus log1p(exp(-|x - y|)), x + y where the
     * difference is NaN, in float32 with XLA's exp.
     */
    static double logaddexp(double x, double y, DType dtype, boolean jax) {
        boolean single = dtype != DType.FLOAT64;
        if (jax) {
            double delta = Values.round(x - y, dtype);
            if (Double.isNaN(delta)) {
                return x + y;
            }
            double larger = Double.isNaN(x) || x > y ? x : y;
            double exp = single ? Float32Math.apply(Float32Math.Function.EXP_JAX, (float) -Math.abs(delta))
                    : Math.exp(-Math.abs(delta));
            return larger + LibmFunctions.apply(UnaryOp.LOG1P, exp, single);
        }
        if (x == y) {
            return x + (single ? (double) 0.693147180559945309417232121458176568f : 0.693147180559945309417232121458176568);
        }
        double delta = single ? (float) (x - y) : x - y;
        if (delta > 0) {
            return x + LibmFunctions.apply(UnaryOp.LOG1P, LibmFunctions.exp(-delta, single), single);
        } else if (delta <= 0) {
            return y + LibmFunctions.apply(UnaryOp.LOG1P, LibmFunctions.exp(delta, single), single);
        }
        return delta;
    }

    /** NumPy's {@code npy_divmod} quotient. */
    static double floorDivide(double a, double b) {
        if (b == 0) {
            return a / b;
        }
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) {
                div -= 1.0;
            }
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, a / b);
        }
        return floordiv;
    }

    /** NumPy's {@code npy_divmod} remainder (sign of the divisor). */
    static double remainder(double a, double b) {
        double mod = a % b;
        if (b == 0) {
            return mod;
        }
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        return mod;
    }

    /**
     * jax.numpy's float semantics where they differ from NumPy's: floor division and remainder as JAX's
     * {@code _float_divmod} (fmod, then the quotient (x - mod) / y rounded, each step in the dtype; a zero divisor
     * gives x / y), so {@code -0.0 // 2} is 0.0 and {@code 0.0 % -2} is 0.0; a bool factor selects (XLA rewrites
     * x * bool as a select: {@code nan * False} is 0).
     */
    static double jaxFloatOp(BinaryOp op, double x, double y, DType dtype, boolean xBool, boolean yBool) {
        return switch (op) {
            case FLOOR_DIVIDE -> {
                if (y == 0) {
                    yield x / y;
                }
                double mod = Values.round(x % y, dtype);
                double div = Values.round(Values.round(x - mod, dtype) / y, dtype);
                if (mod != 0 && Math.signum(y) != Math.signum(mod)) {
                    div = Values.round(div - 1, dtype);
                }
                yield roundHalfAwayFromZero(div);
            }
            case REMAINDER -> {
                double mod = x % y;
                if (mod != 0 && Math.signum(y) != Math.signum(mod)) {
                    mod = Values.round(mod + y, dtype);
                }
                yield mod;
            }
            case MULTIPLY -> xBool ? (x != 0 ? y : 0.0) : yBool ? (y != 0 ? x : 0.0) : x * y;
            default -> floatOp(op, x, y);
        };
    }

    private static double roundHalfAwayFromZero(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
        }
        double r = Math.floor(Math.abs(v) + 0.5);
        return Math.copySign(r, v);
    }

    /**
     * jax.numpy's integer semantics where they differ from NumPy's (XLA's division: x / 0 is -1, all ones
     * unsigned; floor division corrects the truncated quotient), and jnp.power with an array exponent, which
     * multiplies by the squares for the low six bits of the exponent only (JAX's {@code _pow_int_int}).
     */
    static long jaxIntOp(BinaryOp op, long x, long y, DType dtype, boolean concreteExponent) {
        return switch (op) {
            case FLOOR_DIVIDE -> {
                if (dtype.isUnsigned()) {
                    yield y == 0 ? -1 : x / y;
                }
                long quotient = y == 0 ? -1 : x / y;
                long rem = y == 0 ? x : x % y;
                yield Long.signum(x) != Long.signum(y) && rem != 0 ? quotient - 1 : quotient;
            }
            case POWER -> {
                if (concreteExponent) {
                    yield intOp(op, x, y, false);
                }
                long acc = 1;
                long base = x;
                long exponent = y;
                for (int bit = 0; bit < 6; bit++) {
                    if ((exponent & 1) != 0) {
                        acc = Values.wrap(acc * base, dtype);
                    }
                    exponent >>= 1;
                    base = Values.wrap(base * base, dtype);
                }
                yield acc;
            }
            default -> intOp(op, x, y, dtype == DType.UINT64);
        };
    }

    private static long boolOp(BinaryOp op, long x, long y) {
        return switch (op) {
            case ADD, MAXIMUM, BITWISE_OR -> x | y;
            case MULTIPLY, MINIMUM, BITWISE_AND -> x & y;
            case BITWISE_XOR -> x ^ y;
            default -> throw new IllegalStateException(op.name());
        };
    }

    static long intOp(BinaryOp op, long x, long y, boolean unsigned64) {
        return switch (op) {
            case ADD -> x + y;
            case SUBTRACT -> x - y;
            case MULTIPLY -> x * y;
            case FLOOR_DIVIDE -> y == 0 ? 0 : unsigned64 ? Long.divideUnsigned(x, y) : Math.floorDiv(x, y);
            case REMAINDER -> y == 0 ? 0 : unsigned64 ? Long.remainderUnsigned(x, y) : Math.floorMod(x, y);
            case POWER -> intPower(x, y, unsigned64);
            case MAXIMUM -> (unsigned64 ? Long.compareUnsigned(x, y) : Long.compare(x, y)) >= 0 ? x : y;
            case MINIMUM -> (unsigned64 ? Long.compareUnsigned(x, y) : Long.compare(x, y)) <= 0 ? x : y;
            case BITWISE_AND -> x & y;
            case BITWISE_OR -> x | y;
            case BITWISE_XOR -> x ^ y;
            default -> throw new IllegalStateException(op.name());
        };
    }

    /**
     * NumPy's {@code npy_lshift} and {@code npy_rshift} (XLA's shifts agree): a shift by the type's width or more,
     * or by a negative amount (compared unsigned), gives 0, or -1 for a negative value shifted right.
     */
    static long shift(BinaryOp op, long x, long y, DType dtype) {
        boolean inRange = Long.compareUnsigned(y, dtype.bits()) < 0;
        if (op == BinaryOp.LEFT_SHIFT) {
            return inRange ? x << y : 0;
        }
        if (!inRange) {
            return x < 0 && !dtype.isUnsigned() ? -1 : 0;
        }
        return dtype == DType.UINT64 ? x >>> y : x >> y;
    }

    private static long intPower(long base, long exp, boolean unsigned64) {
        if (exp < 0 && !unsigned64) {
            throw new ArrayValueError("Integers to negative integer powers are not allowed.");
        }
        long result = 1;
        long b = base;
        long e = exp;
        while (e != 0) {
            if ((e & 1) != 0) {
                result *= b;
            }
            b *= b;
            e >>>= 1;
        }
        return result;
    }

    // ------------------------------------------------------------------ unary

    static NdArray unary(UnaryOp op, Object operand, Flavor fallback) {
        Flavor f = flavorOf(fallback, operand);
        NdArray a = Subnormals.operand(f, operand(f, operand));
        DType in = a.dtype;
        if (in.isComplex()) {
            NdArray result = ComplexOps.unary(op, a, f);
            return finish(result, f, a.weak == Promotion.Weak.NONE ? Promotion.Weak.NONE
                    : result.dtype.isComplex() ? a.weak : Promotion.Weak.FLOAT);
        }
        DType out = op.isInexact() ? Promotion.inexact(f, in) : in;
        if (op == UnaryOp.NEGATIVE && in.isBool()) {
            throw new ArrayTypeError("The numpy boolean negative, the `-` operator, is not supported, use the `~` "
                    + "operator or the logical_not function instead.");
        }
        if (op == UnaryOp.SIGN && in.isBool()) {
            throw new ArrayTypeError(f == Flavor.NUMPY ? "ufunc 'sign' did not contain a loop with signature "
                    + "matching types <class 'numpy.dtypes.BoolDType'> -> None"
                    : "sign does not accept dtype bool. Accepted dtypes are subtypes of integer, floating, complex.");
        }
        if (op == UnaryOp.POSITIVE && in.isBool() && f == Flavor.NUMPY) {
            throw new ArrayTypeError("ufunc 'positive' did not contain a loop with signature matching types "
                    + "<class 'numpy.dtypes.BoolDType'> -> None");
        }
        if (op == UnaryOp.INVERT && in.isFloat()) {
            throw new ArrayTypeError("ufunc 'invert' not supported for the input types, and the inputs could not be "
                    + "safely coerced to any supported types according to the casting rule ''safe''");
        }
        NdArray result = null;
        Float32Math.Function float32 = in == DType.FLOAT32 && out == DType.FLOAT32 ? float32Function(op, f) : null;
        if (float32 != null && a.size() > 0 && (a.isContiguous() || a.size() >= bulkThreshold)) {
            MemoryGuard.check(a.shape, out);
            NdStorage values;
            // jnp's exp flushes its results in the same pass (the only function here that can underflow).
            boolean jaxExp = float32 == Float32Math.Function.EXP_JAX;
            if (a.isContiguous()) {
                values = jaxExp ? a.storage.float32JaxExpFlushed(a.offset, a.size())
                        : a.storage.float32Math(float32, a.offset, a.size());
            } else {
                NdStorage gathered = a.copy().storage;
                values = jaxExp ? gathered.float32JaxExpFlushed(0, a.size())
                        : gathered.float32Math(float32, 0, a.size());
                gathered.release();
            }
            result = NdArray.wrap(f, values, a.shape);
        } else if (out.isFloat() && in == out && NdStorage.gemmCapable(out) && a.size() >= bulkThreshold
                && a.size() > 0 && a.isContiguous() && (op == UnaryOp.NEGATIVE || op == UnaryOp.ABSOLUTE
                || op == UnaryOp.SQRT || op == UnaryOp.EXP || op == UnaryOp.LOG)) {
            MemoryGuard.check(a.shape, out);
            String name = switch (op) {
                case NEGATIVE -> "negative";
                case ABSOLUTE -> "abs";
                case SQRT -> "sqrt";
                case LOG -> "log";
                default -> "exp";
            };
            result = NdArray.wrap(f, NdStorage.unary(name, a.contiguousStorage()), a.shape);
        }
        if (result == null) {
            result = NdArray.zeros(f, out, a.shape);
            long[] offs = a.isContiguous() ? null : a.offsets();
            int n = (int) a.size();
            for (int k = 0; k < n; k++) {
                long at = offs == null ? a.offset + k : offs[k];
                if (out.isFloat()) {
                    double x = a.readDouble(at);
                    if (in != out) {
                        x = Values.round(x, out);
                    }
                    Float32Math.Function function = out == DType.FLOAT32 ? float32Function(op, f) : null;
                    result.writeDouble(k, function != null ? Float32Math.apply(function, (float) x, k, n)
                            : floatUnary(op, x, out));
                } else {
                    long x = a.readLong(at);
                    long r = switch (op) {
                        case NEGATIVE -> -x;
                        case POSITIVE -> x;
                        case ABSOLUTE -> in.isUnsigned() ? x : Math.abs(x);
                        case INVERT -> in.isBool() ? (x == 0 ? 1 : 0) : ~x;
                        case SIGN -> in.isUnsigned() ? (x == 0 ? 0 : 1) : Long.signum(x);
                        default -> throw new IllegalStateException(op.name());
                    };
                    result.storage.setLong(k, Values.wrap(r, out));
                }
            }
        }
        result = Subnormals.result(f, result, !Subnormals.cannotUnderflow(op));
        return finish(result, f, a.weak == Promotion.Weak.NONE ? Promotion.Weak.NONE
                : out.isFloat() ? Promotion.Weak.FLOAT : a.weak);
    }

    /**
     * The float32 function for {@code op} in a namespace: NumPy's own exp and log for {@code np}, JAX's own exp, log
     * and tanh for {@code jnp}; null for other ops.
     */
    private static Float32Math.Function float32Function(UnaryOp op, Flavor flavor) {
        boolean numpy = flavor == Flavor.NUMPY;
        return switch (op) {
            case EXP -> numpy ? Float32Math.Function.EXP_NUMPY : Float32Math.Function.EXP_JAX;
            case LOG -> numpy ? Float32Math.Function.LOG_NUMPY : Float32Math.Function.LOG_JAX;
            case SQRT -> Float32Math.Function.SQRT;
            // XLA's tanh is a rational approximation; NumPy's float32 loop calls the C library's tanhf.
            case TANH -> numpy ? null : Float32Math.Function.TANH_JAX;
            default -> null;
        };
    }

    private static double floatUnary(UnaryOp op, double x, DType out) {
        return switch (op) {
            case NEGATIVE -> -x;
            case POSITIVE -> x;
            case ABSOLUTE -> Math.abs(x);
            case EXP -> Math.exp(x);
            case LOG -> Math.log(x);
            case SQRT -> Math.sqrt(x);
            case SIN -> Math.sin(x);
            case COS -> Math.cos(x);
            case TANH -> Math.tanh(x);
            // NumPy's float16 and float32 loops call the C library's float functions.
            case LOG1P, EXPM1, LOG2, EXP2 -> LibmFunctions.apply(op, x, out != DType.FLOAT64);
            // NumPy's npy_sign: NaN stays NaN, either zero gives +0.0.
            case SIGN -> x > 0 ? 1.0 : x < 0 ? -1.0 : x == 0 ? 0.0 : x;
            case INVERT -> throw new IllegalStateException();
        };
    }
}
