package io.tastelab.playground.arrays;

import static io.tastelab.playground.arrays.Samples.checkScale;
import static io.tastelab.playground.arrays.Samples.checkShape;
import static io.tastelab.playground.arrays.Samples.continuous;
import static io.tastelab.playground.arrays.Samples.doubles;
import static io.tastelab.playground.arrays.Samples.parameter;
import static io.tastelab.playground.arrays.Samples.shape;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.DType;
import io.tastelab.array.Index;
import io.tastelab.array.NdArray;
import io.tastelab.array.Shape;
import io.tastelab.engine.random.LegacyDraws;
import io.tastelab.engine.random.Mt19937;
import io.tastelab.playground.interp.AttributeDispatch;
import io.tastelab.playground.interp.BoolValue;
import io.tastelab.playground.interp.BuiltinFunction;
import io.tastelab.playground.interp.DictValue;
import io.tastelab.playground.interp.FloatValue;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.IterableValue;
import io.tastelab.playground.interp.ListValue;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.StrValue;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.TypeValue;
import io.tastelab.playground.interp.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleSupplier;

/**
 * NumPy's legacy {@code RandomState} over MT19937, and the global one behind {@code np.random.seed},
 * {@code np.random.random}, {@code rand}, {@code randn}, {@code randint}, ...: NumPy's exact bits for seeding,
 * {@code random_sample}, the polar Gaussian with its kept second value, masked {@code randint}, {@code choice},
 * {@code shuffle}, {@code permutation}, {@code exponential}, and {@code get_state}/{@code set_state} (the
 * Gaussian and exponential take their logarithm from the C library, as NumPy's compiled code does). The global generator belongs to
 * the session's {@code numpy} module; unseeded, it draws its state from the operating system's entropy on first
 * use, as a new Python process does. Mutable, confined to the session's interpreter thread.
 */
final class RandomStateValue implements AttributeDispatch {
    private static final ArrayNamespace NP = ArrayNamespace.NUMPY;
    private static final String OWNER = "numpy.random.mtrand.RandomState object";
    /** The functions of {@code numpy.random} that are the global RandomState's bound methods. */
    private static final List<String> MODULE_FUNCTIONS = List.of("seed", "get_state", "set_state", "random",
            "random_sample", "rand", "randn", "standard_normal", "normal", "uniform", "randint", "choice", "shuffle",
            "permutation", "exponential", "standard_exponential");
    /** RandomState's other samplers: refused by name rather than drawn with other numbers than NumPy's. */
    private static final List<String> NOT_YET = List.of("beta", "binomial", "bytes", "chisquare", "dirichlet", "f",
            "gamma", "geometric", "gumbel", "hypergeometric", "laplace", "logistic", "lognormal", "logseries",
            "multinomial", "multivariate_normal", "negative_binomial", "noncentral_chisquare", "noncentral_f",
            "pareto", "poisson", "power", "random_integers", "rayleigh", "standard_cauchy", "standard_gamma",
            "standard_t", "tomaxint", "triangular", "vonmises", "wald", "weibull", "zipf");

    /** Null until the first draw of an unseeded generator, which then takes fresh entropy. */
    private LegacyDraws draws;

    private RandomStateValue(LegacyDraws draws) {
        this.draws = draws;
    }

    /**
     * Adds the legacy API to a {@code numpy.random} module's attributes: {@code RandomState}, and the global
     * generator's methods as module functions ({@code sample} and {@code ranf} are NumPy's old aliases of
     * {@code random_sample}). Each call makes a new, unseeded global generator.
     */
    static void register(Map<String, Value> module) {
        RandomStateValue global = new RandomStateValue(null);
        for (String name : MODULE_FUNCTIONS) {
            module.put(name, global.getAttribute(name));
        }
        for (String name : NOT_YET) {
            module.put(name, global.getAttribute(name));
        }
        module.put("sample", global.getAttribute("random_sample"));
        module.put("ranf", global.getAttribute("random_sample"));
        module.put("RandomState", Fn.function("RandomState", List.of("seed"), 0, (a, c) -> {
            RandomStateValue state = new RandomStateValue(null);
            state.seed(a[0]);
            return state;
        }));
    }

    private LegacyDraws draws() {
        if (draws == null) {
            draws = new LegacyDraws(Mt19937.fromEntropy());
        }
        return draws;
    }

    @Override
    public String typeName() {
        return "RandomState";
    }

    @Override
    public String repr() {
        return "RandomState(MT19937) at 0x" + Integer.toHexString(System.identityHashCode(this)).toUpperCase();
    }

    @Override
    public String str() {
        return "RandomState(MT19937)";
    }

    @Override
    public boolean isTruthy() {
        return true;
    }

    @Override
    public Value getAttribute(String name) {
        return switch (name) {
            case "seed" -> Fn.method(name, OWNER, List.of("seed"), 0, (a, c) -> {
                seed(a[0]);
                return NoneValue.INSTANCE;
            });
            case "get_state" -> Fn.method(name, OWNER, List.of("legacy"), 0,
                    (a, c) -> state(a[0] == null || a[0].isTruthy()));
            case "set_state" -> Fn.method(name, OWNER, List.of("state"), 1, (a, c) -> {
                setState(a[0]);
                return NoneValue.INSTANCE;
            });
            case "random", "random_sample" -> Fn.method(name, OWNER, List.of("size"), 0,
                    (a, c) -> doubles(shape(a[0]), () -> draws().nextDouble()));
            case "standard_normal" -> Fn.method(name, OWNER, List.of("size"), 0,
                    (a, c) -> doubles(shape(a[0]), () -> draws().nextGauss()));
            case "rand" -> dimensions(name, () -> draws().nextDouble());
            case "randn" -> dimensions(name, () -> draws().nextGauss());
            case "uniform" -> Fn.method(name, OWNER, List.of("low", "high", "size"), 0, (a, c) -> uniform(a));
            case "normal" -> Fn.method(name, OWNER, List.of("loc", "scale", "size"), 0, (a, c) -> normal(a));
            case "randint" -> Fn.method(name, OWNER, List.of("low", "high", "size", "dtype"), 1, (a, c) -> randint(a));
            case "choice" -> Fn.method(name, OWNER, List.of("a", "size", "replace", "p"), 1, (a, c) -> choice(a));
            case "shuffle" -> Fn.method(name, OWNER, List.of("x"), 1, (a, c) -> {
                shuffle(a[0]);
                return NoneValue.INSTANCE;
            });
            case "permutation" -> Fn.method(name, OWNER, List.of("x"), 1, (a, c) -> permutation(a[0]));
            case "standard_exponential" -> Fn.method(name, OWNER, List.of("size"), 0,
                    (a, c) -> doubles(shape(a[0]), () -> draws().nextExponential()));
            case "exponential" -> Fn.method(name, OWNER, List.of("scale", "size"), 0, (a, c) -> {
                NdArray scale = parameter(a[0], 1.0, "exponential");
                checkScale(scale);
                LegacyDraws d = draws();
                return continuous(shape(a[1]), scale, NP.array(0.0, DType.FLOAT64),
                        (spread, unused) -> spread * d.nextExponential());
            });
            default -> NOT_YET.contains(name) ? new BuiltinFunction(name, (arguments, context) -> {
                throw PlaygroundError.of("NotImplementedError", "RandomState." + name + "() is not in the playground "
                        + "yet: its legacy generator draws NumPy's exact numbers for seed, random, rand, randn, "
                        + "standard_normal, normal, uniform, exponential, randint, choice, shuffle and permutation, "
                        + "and does not imitate NumPy's other samplers with different numbers");
            }, OWNER) : null;
        };
    }

    // ------------------------------------------------------------------ state

    /** _legacy_seeding: None takes fresh entropy, an int in [0, 2**32 - 1] one word, a 1-d array init_by_array. */
    private void seed(Value seed) {
        if (seed == null || seed == NoneValue.INSTANCE) {
            if (draws == null) {
                draws = new LegacyDraws(Mt19937.fromEntropy());
            } else {
                draws.bits().reseedFromEntropy();
            }
        } else if (seed instanceof IntValue || seed instanceof BoolValue
                || seed instanceof ArrayValue array && array.array().ndim() == 0 && isInteger(array.array().dtype())) {
            BigInteger value = BigInteger.valueOf(Py.toLong(seed instanceof ArrayValue ? Py.fromObject(
                    ((ArrayValue) seed).array().item()) : seed, "seed"));
            if (value.signum() < 0 || value.bitLength() > 32) {
                throw PlaygroundError.valueError("Seed must be between 0 and 2**32 - 1");
            }
            if (draws == null) {
                draws = new LegacyDraws(Mt19937.seeded(value.longValue()));
            } else {
                draws.bits().reseed(value.longValue());
            }
        } else {
            long[] words = seedWords(seed);
            if (draws == null) {
                draws = new LegacyDraws(Mt19937.fromArray(words));
            } else {
                draws.bits().reseed(words);
            }
        }
        draws.setGauss(false, 0.0);
    }

    private static boolean isInteger(DType dtype) {
        return dtype.kind() == 'i' || dtype.kind() == 'u' || dtype == DType.BOOL;
    }

    private static long[] seedWords(Value seed) {
        if (seed instanceof IntValue big) { // past 63 bits: Py.toLong would say OverflowError
            throw PlaygroundError.valueError("Seed must be between 0 and 2**32 - 1");
        }
        NdArray array = Py.asArray(NP, seed, "seed");
        if (array.size() == 0) {
            throw PlaygroundError.valueError("Seed must be non-empty");
        }
        if (!isInteger(array.dtype())) {
            throw PlaygroundError.typeError("Cannot cast " + (array.ndim() == 0 ? "scalar" : "array data")
                    + " from dtype('" + array.dtype().numpyName()
                    + "') to dtype('int64') according to the rule 'safe'");
        }
        if (array.ndim() != 1) {
            throw PlaygroundError.valueError("Seed array must be 1-d");
        }
        long[] words = array.toLongArray();
        for (long word : words) {
            if (word < 0 || word > 0xFFFFFFFFL) {
                throw PlaygroundError.valueError("Seed must be between 0 and 2**32 - 1");
            }
        }
        return words;
    }

    /** get_state(): NumPy's legacy tuple, or (legacy=False) its dict. */
    private Value state(boolean legacy) {
        LegacyDraws d = draws();
        List<Object> words = new ArrayList<>(Mt19937.STATE_WORDS);
        for (long word : d.bits().stateWords()) {
            words.add(word);
        }
        Value key = new ArrayValue(NP.array(words, DType.UINT32));
        Value position = IntValue.of(d.bits().position());
        Value hasGauss = IntValue.of(d.hasGauss() ? 1 : 0);
        Value gauss = new FloatValue(d.cachedGauss());
        if (legacy) {
            return TupleValue.of(new StrValue("MT19937"), key, position, hasGauss, gauss);
        }
        DictValue inner = new DictValue();
        inner.put(new StrValue("key"), key);
        inner.put(new StrValue("pos"), position);
        DictValue outer = new DictValue();
        outer.put(new StrValue("bit_generator"), new StrValue("MT19937"));
        outer.put(new StrValue("state"), inner);
        outer.put(new StrValue("has_gauss"), hasGauss);
        outer.put(new StrValue("gauss"), gauss);
        return outer;
    }

    /** set_state(state): the legacy tuple (3 or 5 items) or get_state(legacy=False)'s dict. */
    private void setState(Value state) {
        Value key;
        Value position;
        Value hasGauss = null;
        Value gauss = null;
        if (state instanceof DictValue dict) {
            Value name = dict.get(new StrValue("bit_generator"));
            Value inner = dict.get(new StrValue("state"));
            if (name == null || inner == null) {
                throw PlaygroundError.valueError("state dictionary is not valid.");
            }
            if (!(name instanceof StrValue text) || !text.value().equals("MT19937")) {
                throw PlaygroundError.valueError("state must be for a MT19937 PRNG");
            }
            if (!(inner instanceof DictValue innerDict) || innerDict.get(new StrValue("key")) == null
                    || innerDict.get(new StrValue("pos")) == null) {
                throw PlaygroundError.valueError("state dictionary is not valid.");
            }
            key = innerDict.get(new StrValue("key"));
            position = innerDict.get(new StrValue("pos"));
            hasGauss = dict.get(new StrValue("has_gauss"));
            gauss = dict.get(new StrValue("gauss"));
        } else if (state instanceof TupleValue || state instanceof ListValue) {
            List<Value> items = ((IterableValue) state).items();
            if (items.size() < 3) { // NumPy reads state[0], [1] and [2] before checking the length
                throw PlaygroundError.indexError(state.typeName() + " index out of range");
            }
            if (!(items.get(0) instanceof StrValue text) || !text.value().equals("MT19937")) {
                throw PlaygroundError.valueError("set_state can only be used with legacy MT19937 state instances.");
            }
            if (items.size() != 3 && items.size() != 5) {
                throw PlaygroundError.valueError("state is not a legacy MT19937 state");
            }
            key = items.get(1);
            position = items.get(2);
            if (items.size() == 5) {
                hasGauss = items.get(3);
                gauss = items.get(4);
            }
        } else {
            throw PlaygroundError.typeError("state must be a dict or a tuple.");
        }
        NdArray words = Py.asArray(NP, key, "set_state");
        if (words.ndim() != 1 || words.size() != Mt19937.STATE_WORDS || !isInteger(words.dtype())) {
            throw PlaygroundError.valueError("the state's key must be 624 integers (a uint32 array)");
        }
        long pos = Py.toLong(position, "pos");
        if (pos < 0 || pos > Mt19937.STATE_WORDS) {
            throw PlaygroundError.valueError("the state's pos must be between 0 and 624, not " + pos);
        }
        double kept = gauss == null ? 0.0 : Py.toDouble(gauss, "gauss");
        boolean has = hasGauss != null && hasGauss.isTruthy();
        LegacyDraws d = draws();
        try {
            d.bits().restore(words.toLongArray(), (int) pos);
        } catch (IllegalArgumentException e) {
            throw PlaygroundError.valueError(e.getMessage());
        }
        d.setGauss(has, kept);
    }

    // ------------------------------------------------------------------ floats

    /** rand(d0, d1, ...) and randn(...): dimensions as separate ints, no keywords. */
    private static BuiltinFunction dimensions(String name, DoubleSupplier draw) {
        return new BuiltinFunction(name, (arguments, context) -> {
            if (!arguments.keywords().isEmpty()) {
                String keyword = arguments.keywords().keySet().iterator().next();
                throw PlaygroundError.typeError(name + "() got an unexpected keyword argument '" + keyword + "'");
            }
            if (arguments.positional().isEmpty()) {
                return new FloatValue(draw.getAsDouble());
            }
            int[] shape = new int[arguments.positional().size()];
            for (int i = 0; i < shape.length; i++) {
                long dimension = Py.toLong(arguments.positional().get(i), null);
                shape[i] = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, dimension));
            }
            return Py.guard(() -> doubles(shape, draw));
        }, OWNER);
    }

    private Value uniform(Value[] a) {
        NdArray low = parameter(a[0], 0.0, "uniform");
        NdArray high = parameter(a[1], 1.0, "uniform");
        NdArray range = Py.guard(() -> NP.subtract(high, low));
        for (double r : range.toDoubleArray()) {
            if (!Double.isFinite(r)) {
                throw PlaygroundError.overflowError("Range exceeds valid bounds");
            }
        }
        LegacyDraws d = draws();
        return continuous(shape(a[2]), low, range, (lower, width) -> lower + width * d.nextDouble());
    }

    private Value normal(Value[] a) {
        NdArray loc = parameter(a[0], 0.0, "normal");
        NdArray scale = parameter(a[1], 1.0, "normal");
        checkScale(scale);
        LegacyDraws d = draws();
        return continuous(shape(a[2]), loc, scale, (mean, spread) -> mean + spread * d.nextGauss());
    }

    // ------------------------------------------------------------------ integers

    /** randint(low, high=None, size=None, dtype=int): masked rejection sampling, as RandomState always uses. */
    private Value randint(Value[] a) {
        Value lowValue = a[0];
        Value highValue = a[1];
        if (highValue == null || highValue == NoneValue.INSTANCE) {
            highValue = lowValue;
            lowValue = IntValue.of(0);
        }
        boolean pythonType = a[3] == null || a[3] instanceof TypeValue type
                && (type.name().equals("int") || type.name().equals("bool"));
        DType dtype = a[3] == null ? DType.INT64 : Py.toDType(NP, a[3]);
        if (dtype == null || !(isInteger(dtype))) {
            throw PlaygroundError.typeError("Unsupported dtype " + (dtype == null ? "dtype('float64')"
                    : "dtype('" + dtype.numpyName() + "')") + " for randint");
        }
        int[] shape = shape(a[2]);
        if (shape != null) {
            checkShape(shape);
            if (Shape.size(shape) == 0) {
                return new ArrayValue(NP.zeros(shape, dtype));
            }
        }
        BigInteger low = bound(lowValue, "low");
        BigInteger high = bound(highValue, "high").subtract(BigInteger.ONE);
        int width = dtype == DType.BOOL ? 1 : dtype.itemSize() * 8;
        boolean signed = dtype.kind() == 'i';
        BigInteger lowest = signed ? BigInteger.ONE.shiftLeft(width - 1).negate() : BigInteger.ZERO;
        BigInteger highest = signed ? BigInteger.ONE.shiftLeft(width - 1).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE);
        String typeName = dtype.numpyName();
        if (low.compareTo(lowest) < 0) {
            throw PlaygroundError.valueError("low is out of bounds for " + typeName);
        }
        if (high.compareTo(highest) > 0) {
            throw PlaygroundError.valueError("high is out of bounds for " + typeName);
        }
        if (low.compareTo(high) > 0) {
            throw PlaygroundError.valueError(low.signum() == 0 ? "high <= 0" : "low >= high");
        }
        long range = high.subtract(low).longValue(); // modulo 2^64, as NumPy's unsigned arithmetic
        long off = low.longValue();
        int count = shape == null ? 1 : (int) Shape.size(shape);
        long[] raw = draws().boundedFill(width, off, range, count);
        List<Object> items = new ArrayList<>(count);
        for (long value : raw) {
            items.add(element(value, width, signed, dtype));
        }
        if (shape == null) {
            Object item = items.get(0);
            if (pythonType) {
                return dtype == DType.BOOL ? BoolValue.of((Boolean) item) : Py.fromObject(item);
            }
            return new ArrayValue(NP.scalar(item, dtype));
        }
        return new ArrayValue(Py.guard(() -> NP.array(items, dtype)).reshape(shape));
    }

    /** A scalar bound as NumPy reads it ({@code int(np.asarray(bound))}: floats truncate); arrays are refused. */
    private static BigInteger bound(Value value, String what) {
        if (value instanceof IntValue integer) {
            return integer.value();
        }
        if (value instanceof BoolValue bool) {
            return bool.asInteger();
        }
        if (value instanceof FloatValue number) {
            if (!Double.isFinite(number.value())) {
                throw PlaygroundError.of(Double.isNaN(number.value()) ? "ValueError" : "OverflowError",
                        "cannot convert float " + (Double.isNaN(number.value()) ? "NaN" : "infinity")
                                + " to integer");
            }
            return new java.math.BigDecimal(number.value()).toBigInteger();
        }
        if (value instanceof ArrayValue array && array.array().ndim() == 0) {
            return bound(Py.fromObject(array.array().item()), what);
        }
        if (value instanceof ArrayValue || value instanceof IterableValue) {
            throw PlaygroundError.of("NotImplementedError", "randint() in the playground takes a number for " + what
                    + ", not an array of bounds");
        }
        throw PlaygroundError.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + value.typeName() + "'");
    }

    /** An element of {@code dtype} from its unsigned {@code width}-bit pattern. */
    private static Object element(long bits, int width, boolean signed, DType dtype) {
        if (dtype == DType.BOOL) {
            return bits != 0;
        }
        if (signed && width < 64) {
            return (bits << (64 - width)) >> (64 - width);
        }
        if (!signed && width == 64 && bits < 0) {
            return new BigInteger(Long.toUnsignedString(bits));
        }
        return bits;
    }

    // ------------------------------------------------------------------ sequences

    /** The order Fisher-Yates from the end puts {@code n} items in: random_interval(i) for i = n-1 .. 1. */
    private int[] shuffleOrder(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        LegacyDraws d = draws();
        for (int i = n - 1; i >= 1; i--) {
            int j = (int) d.interval(i);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    private void shuffle(Value x) {
        if (x instanceof ListValue list) {
            List<Value> items = list.mutableItems();
            int[] order = shuffleOrder(items.size());
            List<Value> before = new ArrayList<>(items);
            for (int i = 0; i < order.length; i++) {
                items.set(i, before.get(order[i]));
            }
            return;
        }
        if (!(x instanceof ArrayValue value)) {
            throw PlaygroundError.typeError("shuffle() in the playground takes a NumPy array or a list, not '"
                    + x.typeName() + "'");
        }
        NdArray array = value.array();
        if (array.ndim() == 0) {
            throw PlaygroundError.typeError("len() of unsized object");
        }
        if (!array.isMutable()) {
            throw PlaygroundError.typeError(array.flavor() == io.tastelab.array.Flavor.JAX
                    ? "JAX arrays are immutable and do not support in-place item assignment. Instead of x[idx] = y, "
                    + "use x = x.at[idx].set(y) or another .at[] method: "
                    + "https://docs.jax.dev/en/latest/_autosummary/jax.numpy.ndarray.at.html"
                    : "array is read-only");
        }
        NdArray shuffled = reordered(array, shuffleOrder(array.shape()[0]));
        Py.guard(() -> {
            array.set(List.of(Index.Ellipsis.INSTANCE), shuffled);
            return null;
        });
    }

    /** {@code x[order]} (a new array). */
    private static NdArray reordered(NdArray x, int[] order) {
        List<Object> positions = new ArrayList<>(order.length);
        for (int position : order) {
            positions.add((long) position);
        }
        return Py.guard(() -> x.get(List.of(Index.of(positions))));
    }

    private Value permutation(Value x) {
        if (x instanceof IntValue || x instanceof BoolValue
                || x instanceof ArrayValue v && v.array().isScalar() && isInteger(v.array().dtype())) {
            long n = Py.toLong(x instanceof ArrayValue v ? Py.fromObject(v.array().item()) : x, "x");
            NdArray range = NP.arange(Math.max(n, 0), null, null, DType.INT64);
            return new ArrayValue(n <= 0 ? range : reordered(range, shuffleOrder((int) n)));
        }
        NdArray array = Py.asArray(NP, x, "permutation");
        if (array.ndim() < 1) {
            throw PlaygroundError.indexError("x must be an integer or at least 1-dimensional");
        }
        return new ArrayValue(reordered(array, shuffleOrder(array.shape()[0])));
    }

    /** choice(a, size=None, replace=True, p=None), with RandomState's algorithms. */
    private Value choice(Value[] a) {
        NdArray population = Py.asArray(NP, a[0], "choice");
        int[] shape = shape(a[1]);
        long requested = shape == null ? 1 : Shape.size(shape);
        long populationSize;
        if (population.ndim() == 0) {
            Object item = population.item();
            if (!(item instanceof Long) && !(item instanceof Integer)) {
                throw PlaygroundError.valueError("a must be 1-dimensional or an integer");
            }
            populationSize = ((Number) item).longValue();
            if (populationSize <= 0 && requested != 0) {
                throw PlaygroundError.valueError("a must be greater than 0 unless no samples are taken");
            }
        } else if (population.ndim() != 1) {
            throw PlaygroundError.valueError("a must be 1-dimensional");
        } else {
            populationSize = population.shape()[0];
            if (populationSize == 0 && requested != 0) {
                throw PlaygroundError.valueError("'a' cannot be empty unless no samples are taken");
            }
        }
        double[] p = null;
        if (a[3] != null && a[3] != NoneValue.INSTANCE) {
            p = ChoiceProbabilities.checked(a[3], populationSize, false);
        }
        boolean replace = a[2] == null || a[2].isTruthy();
        if (shape != null) {
            checkShape(shape);
        }
        int count = (int) requested;
        long[] picks;
        if (replace) {
            if (p != null) {
                double[] cdf = ChoiceProbabilities.cumulative(p);
                picks = new long[count];
                for (int i = 0; i < count; i++) {
                    picks[i] = ChoiceProbabilities.searchRight(cdf, draws().nextDouble());
                }
            } else {
                if (populationSize <= 0) {
                    throw PlaygroundError.valueError("high <= 0");
                }
                picks = draws().boundedFill(64, 0, populationSize - 1, count);
            }
        } else {
            if (count > populationSize) {
                throw PlaygroundError.valueError("Cannot take a larger sample than population when 'replace=False'");
            }
            picks = p != null ? withoutReplacement(p, count) : firstOfPermutation((int) populationSize, count);
        }
        if (population.ndim() == 0) {
            if (shape == null) {
                return IntValue.of(picks[0]);
            }
            return new ArrayValue(indexArray(picks).reshape(shape));
        }
        if (shape == null) {
            long first = picks[0];
            return new ArrayValue(Py.guard(() -> population.get(List.of(new Index.Int(first)))));
        }
        NdArray index = indexArray(picks);
        return new ArrayValue(Py.guard(() -> population.get(List.of(Index.of(index)))).reshape(shape));
    }

    private static NdArray indexArray(long[] picks) {
        List<Object> items = new ArrayList<>(picks.length);
        for (long pick : picks) {
            items.add(pick);
        }
        return NP.array(items, DType.INT64);
    }

    /** permutation(n)[:count]: the whole population is shuffled, as RandomState does. */
    private long[] firstOfPermutation(int populationSize, int count) {
        int[] order = shuffleOrder(populationSize);
        long[] picks = new long[count];
        for (int i = 0; i < count; i++) {
            picks[i] = order[i];
        }
        return picks;
    }

    /**
     * Without replacement, with p: draw the missing count uniformly, zero the probabilities of what was found,
     * keep each newly drawn index once (in the order it first appears), until there are enough.
     */
    private long[] withoutReplacement(double[] p, int count) {
        int nonZero = 0;
        for (double v : p) {
            nonZero += v > 0 ? 1 : 0;
        }
        if (nonZero < count) {
            throw PlaygroundError.valueError("Fewer non-zero entries in p than size");
        }
        double[] weights = p.clone();
        long[] found = new long[count];
        int unique = 0;
        while (unique < count) {
            double[] x = new double[count - unique];
            for (int i = 0; i < x.length; i++) {
                x[i] = draws().nextDouble();
            }
            for (int i = 0; i < unique; i++) {
                weights[(int) found[i]] = 0;
            }
            double[] cdf = ChoiceProbabilities.cumulative(weights);
            Set<Long> fresh = new LinkedHashSet<>();
            for (double u : x) {
                fresh.add(ChoiceProbabilities.searchRight(cdf, u));
            }
            for (long index : fresh) {
                found[unique++] = index;
            }
        }
        return found;
    }
}
