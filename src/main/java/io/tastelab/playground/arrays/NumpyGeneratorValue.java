package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.DType;
import io.tastelab.array.Index;
import io.tastelab.array.NdArray;
import io.tastelab.engine.random.NumpyDraws;
import io.tastelab.engine.random.Pcg64;
import io.tastelab.playground.interp.AttributeDispatch;
import io.tastelab.playground.interp.FloatValue;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.ModuleValue;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.StrValue;
import io.tastelab.playground.interp.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code np.random.default_rng(seed)}: NumPy's Generator over PCG64 with NumPy's exact bit stream for
 * {@code random}, {@code integers}, {@code uniform}, {@code permutation}, {@code shuffle}, {@code choice} and
 * (through NumPy's ziggurat) {@code normal}, {@code standard_normal}, {@code exponential} and
 * {@code standard_exponential}; its other samplers are refused by name rather than drawn differently.
 */
final class NumpyGeneratorValue implements AttributeDispatch {
    private static final ArrayNamespace NP = ArrayNamespace.NUMPY;
    private static final java.security.SecureRandom ENTROPY = new java.security.SecureRandom();
    /** NumPy's largest Poisson mean: int64's max less ten of its square roots. */
    private static final double POISSON_LAM_MAX = Long.MAX_VALUE - Math.sqrt(Long.MAX_VALUE) * 10;
    private final NumpyDraws draws;

    private NumpyGeneratorValue(NumpyDraws draws) {
        this.draws = draws;
    }

    /** The {@code numpy.random} module: {@code default_rng}. */
    static ModuleValue module() {
        Map<String, Value> f = new LinkedHashMap<>();
        f.put("default_rng", Fn.function("default_rng", List.of("seed"), 0, (a, c) -> {
            if (a[0] == null || a[0] == NoneValue.INSTANCE) {
                // NumPy seeds from 128 bits of the operating system's entropy: each run draws other numbers
                return new NumpyGeneratorValue(new NumpyDraws(new Pcg64(new BigInteger(128, ENTROPY))));
            }
            long seed = Py.toLong(a[0], "seed");
            if (seed < 0) {
                throw PlaygroundError.valueError("expected non-negative integer");
            }
            return new NumpyGeneratorValue(new NumpyDraws(new Pcg64(BigInteger.valueOf(seed))));
        }));
        RandomStateValue.register(f);
        f.put("__name__", new StrValue("numpy.random"));
        return new ModuleValue("numpy.random", f);
    }

    @Override
    public String typeName() {
        return "Generator";
    }

    @Override
    public String repr() {
        return "Generator(PCG64) at 0x" + Integer.toHexString(System.identityHashCode(this)).toUpperCase();
    }

    @Override
    public boolean isTruthy() {
        return true;
    }

    @Override
    public Value getAttribute(String name) {
        String owner = "numpy.random._generator.Generator object";
        return switch (name) {
            case "random" -> Fn.method(name, owner, List.of("size", "dtype", "out"), 0, (a, c) -> {
                boolean single = floatDType(name, a[1]);
                return Samples.doubles(Samples.shape(a[0]), single ? DType.FLOAT32 : DType.FLOAT64,
                        single ? draws::nextFloat : draws::nextDouble);
            });
            case "uniform" -> Fn.method(name, owner, List.of("low", "high", "size"), 0, (a, c) -> {
                NdArray low = Samples.parameter(a[0], 0.0, name);
                NdArray high = Samples.parameter(a[1], 1.0, name);
                NdArray range = Py.guard(() -> NP.subtract(high, low));
                for (double r : range.toDoubleArray()) {
                    if (!Double.isFinite(r)) {
                        // NumPy words it by whether both bounds were scalars
                        throw PlaygroundError.overflowError(low.ndim() == 0 && high.ndim() == 0
                                ? "high - low range exceeds valid bounds" : "Range exceeds valid bounds");
                    }
                }
                return Samples.continuous(Samples.shape(a[2]), low, range,
                        (lower, width) -> lower + width * draws.nextDouble());
            });
            case "standard_normal" -> Fn.method(name, owner, List.of("size", "dtype", "out"), 0, (a, c) -> {
                boolean single = floatDType(name, a[1]);
                return Samples.doubles(Samples.shape(a[0]), single ? DType.FLOAT32 : DType.FLOAT64,
                        single ? draws::standardNormalFloat : draws::standardNormal);
            });
            case "normal" -> Fn.method(name, owner, List.of("loc", "scale", "size"), 0, (a, c) -> {
                NdArray loc = Samples.parameter(a[0], 0.0, name);
                NdArray scale = Samples.parameter(a[1], 1.0, name);
                Samples.checkScale(scale);
                return Samples.continuous(Samples.shape(a[2]), loc, scale,
                        (mean, spread) -> mean + spread * draws.standardNormal());
            });
            case "standard_exponential" -> Fn.method(name, owner, List.of("size", "dtype", "method", "out"), 0,
                    (a, c) -> {
                        boolean single = floatDType(name, a[1]);
                        // NumPy takes any method other than 'zig' as inversion
                        boolean inverse = a[2] != null && !(a[2] instanceof StrValue text
                                && text.value().equals("zig"));
                        return Samples.doubles(Samples.shape(a[0]), single ? DType.FLOAT32 : DType.FLOAT64,
                                single ? () -> draws.standardExponentialFloat(inverse)
                                        : () -> draws.standardExponential(inverse));
                    });
            case "exponential" -> Fn.method(name, owner, List.of("scale", "size"), 0, (a, c) -> {
                NdArray scale = Samples.parameter(a[0], 1.0, name);
                Samples.checkScale(scale);
                return Samples.continuous(Samples.shape(a[1]), scale, NP.array(0.0, DType.FLOAT64),
                        (spread, unused) -> spread * draws.standardExponential(false));
            });
            case "integers" -> Fn.method(name, owner, List.of("low", "high", "size", "dtype", "endpoint"), 1,
                    (a, c) -> integers(a));
            case "permutation" -> Fn.method(name, owner, List.of("x", "axis"), 1, (a, c) -> {
                NdArray x = a[0] instanceof IntValue ? NP.arange(Py.toLong(a[0], "x"), null, null, null)
                        : Py.asArray(NP, a[0], "permutation").copy();
                return new ArrayValue(shuffled(x));
            });
            case "shuffle" -> Fn.method(name, owner, List.of("x", "axis"), 1, (a, c) -> {
                if (!(a[0] instanceof ArrayValue array) || !array.array().isMutable()) {
                    throw PlaygroundError.typeError("x must be a NumPy array to shuffle in place");
                }
                NdArray x = array.array();
                NdArray result = shuffled(x.copy());
                Py.guard(() -> {
                    x.set(List.of(Index.Ellipsis.INSTANCE), result);
                    return null;
                });
                return NoneValue.INSTANCE;
            });
            case "choice" -> Fn.method(name, owner, List.of("a", "size", "replace", "p", "axis", "shuffle"), 1,
                    (a, c) -> choice(a));
            case "gamma" -> Fn.method(name, owner, List.of("shape", "scale", "size"), 1, (a, c) -> {
                NdArray shape = Samples.parameter(a[0], 1.0, name);
                NdArray scale = Samples.parameter(a[1], 1.0, name);
                Samples.checkNonNegative(shape, "shape");
                Samples.checkNonNegative(scale, "scale");
                return Samples.continuous(Samples.shape(a[2]), shape, scale,
                        (k, theta) -> theta * draws.standardGamma(k));
            });
            case "standard_gamma" -> Fn.method(name, owner, List.of("shape", "size", "dtype", "out"), 1,
                    (a, c) -> {
                        boolean single = floatDType(name, a[2]);
                        NdArray shape = Samples.parameter(a[0], 1.0, name);
                        Samples.checkNonNegative(shape, "shape");
                        Value drawn = Samples.continuous(Samples.shape(a[1]), shape, NP.array(0.0, DType.FLOAT64),
                                (k, unused) -> single ? draws.standardGammaFloat((float) k) : draws.standardGamma(k));
                        return single && drawn instanceof ArrayValue array
                                ? new ArrayValue(array.array().astype(DType.FLOAT32)) : drawn;
                    });
            case "poisson" -> Fn.method(name, owner, List.of("lam", "size"), 0, (a, c) -> {
                NdArray lam = Samples.parameter(a[0], 1.0, name);
                for (double l : lam.toDoubleArray()) {
                    if (!(l >= 0)) {
                        throw PlaygroundError.valueError("lam < 0 or lam is NaN");
                    }
                    if (l > POISSON_LAM_MAX) {
                        throw PlaygroundError.valueError("lam value too large");
                    }
                }
                long[] single = new long[1];
                Value drawn = Samples.continuous(Samples.shape(a[1]), lam, NP.array(0.0, DType.FLOAT64),
                        (l, unused) -> single[0] = draws.poisson(l));
                return drawn instanceof ArrayValue array ? new ArrayValue(array.array().astype(DType.INT64))
                        : IntValue.of(single[0]);
            });
            case "binomial", "beta" ->
                    Fn.method(name, owner, List.of(), 0, (a, c) -> {
                        throw PlaygroundError.of("NotImplementedError", "Generator." + name + "() is not in the "
                                + "playground yet: it draws NumPy's exact PCG64 bits for random, integers, uniform, "
                                + "permutation, shuffle, choice, normal, exponential, gamma and poisson, and does not imitate NumPy's other samplers "
                                + "with different numbers");
                    });
            default -> null;
        };
    }

    /** True for dtype float32, false for float64 (the default); NumPy's TypeError for any other. */
    private static boolean floatDType(String method, Value dtype) {
        DType chosen = dtype == null ? DType.FLOAT64 : ArrayValue.requireDType(NP, dtype);
        if (chosen != DType.FLOAT64 && chosen != DType.FLOAT32) {
            throw PlaygroundError.typeError("Unsupported dtype " + chosen.pythonRepr() + " for " + method);
        }
        return chosen == DType.FLOAT32;
    }

    private Value integers(Value[] a) {
        long low = Py.toLong(a[0], "low");
        Long high = a[1] == null || a[1] == NoneValue.INSTANCE ? null : Py.toLong(a[1], "high");
        boolean endpoint = Py.toBool(a[4]);
        DType dtype = a[3] == null ? DType.INT64 : ArrayValue.requireDType(NP, a[3]);
        if (dtype != DType.INT64 && dtype != DType.INT32) {
            throw PlaygroundError.typeError("integers() in the playground draws int64 or int32, not "
                    + dtype.numpyName());
        }
        long lo = high == null ? 0 : low;
        long hi = high == null ? low : high;
        if (!endpoint) {
            if (hi <= lo) {
                throw PlaygroundError.valueError(high == null ? "high <= 0" : "low >= high");
            }
            hi -= 1;
        } else if (hi < lo) {
            throw PlaygroundError.valueError(high == null ? "high < 0" : "low > high");
        }
        long range = hi - lo;
        int[] shape = Samples.shape(a[2]);
        if (shape == null) {
            return new ArrayValue(NP.scalar(draws.bounded(lo, range), dtype));
        }
        int n = (int) io.tastelab.array.Shape.size(shape);
        List<Object> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(draws.bounded(lo, range));
        }
        return new ArrayValue(NP.array(items, dtype).reshape(shape));
    }

    /** {@code x} (a fresh copy) with its first axis in shuffle order. */
    private NdArray shuffled(NdArray x) {
        if (x.ndim() == 0) {
            throw PlaygroundError.valueError("x must be an integer or at least 1-dimensional");
        }
        int[] order = draws.shuffleOrder(x.shape()[0]);
        List<Object> positions = new ArrayList<>(order.length);
        for (int position : order) {
            positions.add((long) position);
        }
        return Py.guard(() -> x.get(List.of(Index.of(positions))));
    }

    private Value choice(Value[] a) {
        boolean fromInt = a[0] instanceof IntValue;
        NdArray population = fromInt ? null : Py.asArray(NP, a[0], "choice");
        long size = fromInt ? Py.toLong(a[0], "a") : population.ndim() == 0 ? -1 : population.shape()[0];
        if (size < 0 || !fromInt && population.ndim() != 1) {
            throw PlaygroundError.valueError(size < 0 ? "a must be a sequence or an integer, not a scalar array"
                    : "the playground's choice takes a 1-d population");
        }
        if (size == 0) {
            throw PlaygroundError.valueError("a cannot be empty unless no samples are taken");
        }
        int[] shape = Samples.shape(a[1]);
        boolean replace = a[2] == null || a[2].isTruthy();
        int count = shape == null ? 1 : (int) io.tastelab.array.Shape.size(shape);
        long[] picks = new long[count];
        if (a[3] != null && a[3] != NoneValue.INSTANCE) {
            if (!replace) {
                throw PlaygroundError.of("NotImplementedError", "choice(replace=False, p=...) is not in the "
                        + "playground yet");
            }
            double[] cdf = ChoiceProbabilities.cumulative(ChoiceProbabilities.checked(a[3], size, true));
            for (int i = 0; i < count; i++) {
                picks[i] = ChoiceProbabilities.searchRight(cdf, draws.nextDouble());
            }
        } else if (replace) {
            for (int i = 0; i < count; i++) {
                picks[i] = draws.bounded(0, size - 1);
            }
        } else {
            if (count > size) {
                throw PlaygroundError.valueError("Cannot take a larger sample than population when replace is False");
            }
            picks = draws.sampleWithoutReplacement(size, count, a[5] == null || a[5].isTruthy());
        }
        List<Object> items = new ArrayList<>(count);
        for (long pick : picks) {
            items.add(pick);
        }
        NdArray index = NP.array(items, DType.INT64);
        if (fromInt) {
            return shape == null ? IntValue.of(picks[0]) : new ArrayValue(index.reshape(shape));
        }
        NdArray chosen = Py.guard(() -> population.get(List.of(Index.of(index))));
        if (shape == null) {
            long first = picks[0];
            return new ArrayValue(Py.guard(() -> population.get(List.of(new Index.Int(first)))));
        }
        return new ArrayValue(chosen.reshape(shape));
    }
}
