package io.tastelab.playground.interp;

import io.tastelab.math.CLibraryMath;
import io.tastelab.engine.random.Mt19937;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's own {@code random} module (not {@code np.random}): a {@code random.Random} on the Mersenne Twister, giving
 * CPython's numbers to the bit for the same seed. {@code seed(n)} is CPython's {@code init_by_array} over the 32-bit
 * words of {@code abs(n)} (a str or bytes seed first gets its SHA-512 appended, a float seed is its hash);
 * {@code random()} takes 53 bits of two words; integers come from {@code getrandbits} with rejection
 * ({@code _randbelow}), and {@code shuffle}, {@code sample}, {@code choice}, {@code choices} and {@code gauss} follow
 * CPython 3.11's {@code random.py} step by step, C library logarithm and sines included. Mutable, not
 * thread-safe.
 */
final class PythonRandom implements AttributeDispatch {

    private static final String SEED_TYPES = "The only supported seed types are: None,\nint, float, str, bytes, and "
            + "bytearray.";
    private static final BigInteger WORD = BigInteger.valueOf(0xFFFFFFFFL);

    private final Mt19937 bits = Mt19937.fromEntropy();
    /** The second Gaussian of the last pair {@code gauss} drew, or null. */
    private Double gaussNext;

    /** The module: its functions are the methods of one generator per session, seeded from entropy. */
    static ModuleValue module() {
        PythonRandom shared = new PythonRandom();
        Map<String, Value> attributes = new LinkedHashMap<>();
        for (String name : List.of("seed", "random", "getrandbits", "randrange", "randint", "uniform", "choice",
                "choices", "shuffle", "sample", "gauss", "normalvariate", "expovariate")) {
            attributes.put(name, shared.getAttribute(name));
        }
        attributes.put("Random", new TypeValue("random.Random", (arguments, context) -> {
            Value[] slots = arguments.bind("Random", List.of("x"), 0);
            PythonRandom generator = new PythonRandom();
            generator.seed(slots[0]);
            return generator;
        }));
        return new ModuleValue("random", attributes);
    }

    // ---------------------------------------------------------------- seeding

    void seed(Value seed) {
        gaussNext = null;
        if (seed == null || seed == NoneValue.INSTANCE) {
            bits.reseedFromEntropy();
            return;
        }
        BigInteger n;
        if (seed instanceof IntValue || seed instanceof BoolValue) {
            n = Values.asIndex(seed).abs();
        } else if (seed instanceof FloatValue real) {
            n = BigInteger.valueOf(floatHash(real.value())).and(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
        } else if (seed instanceof StrValue text) {
            n = withDigest(text.value().getBytes(StandardCharsets.UTF_8));
        } else if (seed instanceof BytesValue bytes) {
            n = withDigest(bytes.bytes());
        } else {
            throw PlaygroundError.typeError(SEED_TYPES);
        }
        int used = n.signum() == 0 ? 1 : (n.bitLength() - 1) / 32 + 1;
        long[] words = new long[used];
        for (int i = 0; i < used; i++) {
            words[i] = n.shiftRight(32 * i).and(WORD).longValue();
        }
        bits.reseed(words);
    }

    /** {@code int.from_bytes(a + sha512(a).digest())}: version 2 seeding of a str or bytes. */
    private static BigInteger withDigest(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-512").digest(bytes);
            byte[] all = new byte[bytes.length + digest.length];
            System.arraycopy(bytes, 0, all, 0, bytes.length);
            System.arraycopy(digest, 0, all, bytes.length, digest.length);
            return new BigInteger(1, all);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime has SHA-512", missing);
        }
    }

    /** CPython's {@code hash(float)} ({@code _Py_HashDouble}), for finite values: what a float seed seeds with. */
    static long floatHash(double value) {
        final int hashBits = 61;
        final long modulus = (1L << hashBits) - 1;
        if (Double.isInfinite(value)) {
            return value > 0 ? 314159 : -314159;
        }
        if (Double.isNaN(value)) {
            throw PlaygroundError.valueError("the playground cannot seed with a NaN (CPython hashes its address)");
        }
        // frexp: value = mantissa * 2**exponent with mantissa in [0.5, 1) (0 for 0), subnormals included
        int exponent = 0;
        double mantissa = value;
        if (value != 0) {
            double scaled = Math.getExponent(value) < Double.MIN_EXPONENT ? value * 0x1p54 : value;
            exponent = Math.getExponent(scaled) + 1 - (scaled == value ? 0 : 54);
            mantissa = Math.scalb(scaled, -(Math.getExponent(scaled) + 1));
        }
        long sign = 1;
        if (mantissa < 0) {
            sign = -1;
            mantissa = -mantissa;
        }
        long x = 0;
        while (mantissa != 0) {
            x = ((x << 28) & modulus) | x >>> (hashBits - 28);
            mantissa *= 268435456.0;
            exponent -= 28;
            long y = (long) mantissa;
            mantissa -= y;
            x += y;
            if (x >= modulus) {
                x -= modulus;
            }
        }
        exponent = exponent >= 0 ? exponent % hashBits : hashBits - 1 - ((-1 - exponent) % hashBits);
        x = ((x << exponent) & modulus) | x >>> (hashBits - exponent);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    // ---------------------------------------------------------------- draws

    double random() {
        return bits.nextDouble();
    }

    /** {@code getrandbits(k)}: whole 32-bit words, least significant first, the last one cut to size. */
    BigInteger getrandbits(int k) {
        if (k <= 32) {
            return k == 0 ? BigInteger.ZERO : BigInteger.valueOf(Integer.toUnsignedLong(bits.nextInt()) >>> (32 - k));
        }
        BigInteger result = BigInteger.ZERO;
        int left = k;
        for (int i = 0; left > 0; i++, left -= 32) {
            long word = Integer.toUnsignedLong(bits.nextInt());
            if (left < 32) {
                word >>>= 32 - left;
            }
            result = result.or(BigInteger.valueOf(word).shiftLeft(32 * i));
        }
        return result;
    }

    /** {@code _randbelow(n)} for n > 0: draws of n's bit length until one is below n. */
    BigInteger randbelow(BigInteger n) {
        int k = n.bitLength();
        BigInteger r = getrandbits(k);
        while (r.compareTo(n) >= 0) {
            r = getrandbits(k);
        }
        return r;
    }

    private int randbelow(int n) {
        return randbelow(BigInteger.valueOf(n)).intValue();
    }

    /** A randrange argument: an int, or an integral float (deprecated in CPython 3.10, still taken). */
    private static BigInteger rangeArgument(Value value, String what) {
        BigInteger index = Values.asIndex(value);
        if (index != null) {
            return index;
        }
        if (value instanceof FloatValue real) {
            if (Double.isFinite(real.value()) && real.value() == Math.rint(real.value())) {
                return new java.math.BigDecimal(real.value()).toBigInteger();
            }
            if (Double.isFinite(real.value())) {
                throw PlaygroundError.valueError("non-integer " + what + " for randrange()");
            }
        }
        throw PlaygroundError.typeError("'" + value.typeName() + "' object cannot be interpreted as an integer");
    }

    private BigInteger randrange(Value start, Value stop, Value step) {
        BigInteger first = rangeArgument(start, "arg 1");
        if (stop == null || stop == NoneValue.INSTANCE) {
            if (step != null) {
                throw PlaygroundError.typeError("Missing a non-None stop argument");
            }
            if (first.signum() > 0) {
                return randbelow(first);
            }
            throw PlaygroundError.valueError("empty range for randrange()");
        }
        BigInteger last = rangeArgument(stop, "stop");
        BigInteger width = last.subtract(first);
        BigInteger stride = step == null ? BigInteger.ONE : rangeArgument(step, "step");
        if (stride.equals(BigInteger.ONE)) {
            if (width.signum() > 0) {
                return first.add(randbelow(width));
            }
            throw PlaygroundError.valueError("empty range for randrange() (" + first + ", " + last + ", " + width + ")");
        }
        BigInteger n;
        if (stride.signum() > 0) {
            n = floorDiv(width.add(stride).subtract(BigInteger.ONE), stride);
        } else if (stride.signum() < 0) {
            n = floorDiv(width.add(stride).add(BigInteger.ONE), stride);
        } else {
            throw PlaygroundError.valueError("zero step for randrange()");
        }
        if (n.signum() <= 0) {
            throw PlaygroundError.valueError("empty range for randrange()");
        }
        return first.add(stride.multiply(randbelow(n)));
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() != 0 && qr[1].signum() != b.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    private double gauss() {
        Double kept = gaussNext;
        gaussNext = null;
        if (kept != null) {
            return kept;
        }
        double x2pi = random() * (2 * Math.PI);
        double g2rad = Math.sqrt(-2.0 * CLibraryMath.log(1.0 - random()));
        gaussNext = CLibraryMath.sin(x2pi) * g2rad;
        return CLibraryMath.cos(x2pi) * g2rad;
    }

    private double normalvariate() {
        final double magic = 4 * CLibraryMath.exp(-0.5) / Math.sqrt(2.0);
        while (true) {
            double u1 = random();
            double u2 = 1.0 - random();
            double z = magic * (u1 - 0.5) / u2;
            double zz = z * z / 4.0;
            if (zz <= -CLibraryMath.log(u2)) {
                return z;
            }
        }
    }

    // ---------------------------------------------------------------- sequences

    private static long lengthOf(Value sequence) {
        if (sequence instanceof IterableValue iterable) {
            return iterable.length();
        }
        throw PlaygroundError.typeError("object of type '" + sequence.typeName() + "' has no len()");
    }

    private static Value itemOf(Value sequence, long index) {
        if (sequence instanceof SubscriptDispatch subscriptable) {
            return subscriptable.getItem(IntValue.of(index));
        }
        throw PlaygroundError.typeError("'" + sequence.typeName() + "' object is not subscriptable");
    }

    private Value choice(Value sequence) {
        long n = lengthOf(sequence);
        if (n == 0) {
            throw PlaygroundError.indexError("Cannot choose from an empty sequence");
        }
        return itemOf(sequence, randbelow(BigInteger.valueOf(n)).longValue());
    }

    private void shuffle(Value sequence) {
        long n = lengthOf(sequence);
        if (!(sequence instanceof SubscriptDispatch list)) {
            throw PlaygroundError.typeError("'" + sequence.typeName() + "' object is not subscriptable");
        }
        for (long i = n - 1; i >= 1; i--) {
            long j = randbelow(BigInteger.valueOf(i + 1)).longValue();
            Value atI = list.getItem(IntValue.of(i));
            Value atJ = list.getItem(IntValue.of(j));
            list.setItem(IntValue.of(i), atJ);
            list.setItem(IntValue.of(j), atI);
        }
    }

    private static boolean isSequence(Value value) {
        return value instanceof ListValue || value instanceof TupleValue || value instanceof StrValue
                || value instanceof RangeValue || value instanceof BytesValue || value instanceof DequeValue;
    }

    private Value sample(Value population, Value kValue, Value counts, CallContext context) {
        if (!isSequence(population)) {
            throw PlaygroundError.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
        }
        long n = lengthOf(population);
        if (counts != null && counts != NoneValue.INSTANCE) {
            List<Value> countList = Iteration.toList(counts, context.limits());
            if (countList.size() != n) {
                throw PlaygroundError.valueError("The number of counts does not match the population");
            }
            List<BigInteger> cumulative = new ArrayList<>();
            BigInteger total = BigInteger.ZERO;
            for (Value count : countList) {
                BigInteger whole = count instanceof IntValue || count instanceof BoolValue ? Values.asIndex(count) : null;
                if (whole == null) {
                    throw PlaygroundError.typeError("Counts must be integers");
                }
                total = total.add(whole);
                cumulative.add(total);
            }
            cumulative.removeLast();
            if (total.signum() <= 0) {
                throw PlaygroundError.valueError("Total of counts must be greater than zero");
            }
            Operators.checkLength(total.bitLength() > 62 ? Long.MAX_VALUE : total.longValue(), context.limits());
            ListValue selections = (ListValue) sample(new RangeValue(0, total.longValue(), 1), kValue, null, context);
            List<Value> picked = new ArrayList<>();
            for (Value selection : selections.items()) {
                BigInteger s = Values.asIndex(selection);
                int position = 0; // bisect_right
                while (position < cumulative.size() && cumulative.get(position).compareTo(s) <= 0) {
                    position++;
                }
                picked.add(itemOf(population, position));
            }
            return new ListValue(picked);
        }
        BigInteger kIndex = Values.asIndex(kValue);
        if (kIndex == null) {
            throw PlaygroundError.typeError("'" + kValue.typeName() + "' object cannot be interpreted as an integer");
        }
        if (kIndex.signum() < 0 || kIndex.compareTo(BigInteger.valueOf(n)) > 0) {
            throw PlaygroundError.valueError("Sample larger than population or is negative");
        }
        int k = kIndex.intValue();
        Operators.checkLength(k, context.limits());
        List<Value> result = new ArrayList<>(k);
        long setsize = 21;
        if (k > 5) {
            setsize += (long) Math.pow(4, Math.ceil(CLibraryMath.log(k * 3.0) / CLibraryMath.log(4)));
        }
        if (n <= setsize) {
            List<Value> pool = new ArrayList<>();
            for (long i = 0; i < n; i++) {
                pool.add(itemOf(population, i));
            }
            for (int i = 0; i < k; i++) {
                int j = randbelow((int) n - i);
                result.add(pool.get(j));
                pool.set(j, pool.get((int) n - i - 1));
            }
        } else {
            java.util.Set<Long> selected = new java.util.HashSet<>();
            BigInteger size = BigInteger.valueOf(n);
            for (int i = 0; i < k; i++) {
                long j = randbelow(size).longValue();
                while (selected.contains(j)) {
                    j = randbelow(size).longValue();
                }
                selected.add(j);
                result.add(itemOf(population, j));
            }
        }
        return new ListValue(result);
    }

    private Value choices(Arguments arguments, CallContext context) {
        Value[] slots = arguments.bind("choices", List.of("population", "weights", "cum_weights", "k"), 1);
        if (arguments.size() > 2) {
            throw PlaygroundError.typeError("Random.choices() takes from 2 to 3 positional arguments but "
                    + (arguments.size() + 1) + " were given");
        }
        Value population = slots[0];
        long n = lengthOf(population);
        BigInteger kIndex = slots[3] == null ? BigInteger.ONE : Values.asIndex(slots[3]);
        if (kIndex == null) {
            throw PlaygroundError.typeError("'" + slots[3].typeName() + "' object cannot be interpreted as an integer");
        }
        long k = Math.max(0, kIndex.bitLength() > 62 ? Long.MAX_VALUE : kIndex.longValue());
        Operators.checkLength(k, context.limits());
        Value weights = slots[1] == null ? NoneValue.INSTANCE : slots[1];
        Value cumulativeWeights = slots[2] == null ? NoneValue.INSTANCE : slots[2];
        List<Value> picked = new ArrayList<>();
        if (cumulativeWeights == NoneValue.INSTANCE) {
            if (weights == NoneValue.INSTANCE) {
                double size = n;
                for (long i = 0; i < k; i++) {
                    picked.add(itemOf(population, (long) Math.floor(random() * size)));
                }
                return new ListValue(picked);
            }
            if (weights instanceof IntValue count) {
                throw PlaygroundError.typeError("The number of choices must be a keyword argument: k=" + count.repr());
            }
            List<Value> running = new ArrayList<>();
            Value total = null;
            for (Value weight : Iteration.toList(weights, context.limits())) {
                total = total == null ? weight : Operators.binary(io.tastelab.playground.lang.BinaryOperator.ADD,
                        total, weight, context.limits());
                running.add(total);
            }
            cumulativeWeights = new ListValue(running);
        } else if (weights != NoneValue.INSTANCE) {
            throw PlaygroundError.typeError("Cannot specify both weights and cumulative weights");
        }
        List<Value> cumulative = Iteration.toList(cumulativeWeights, context.limits());
        if (cumulative.size() != n) {
            throw PlaygroundError.valueError("The number of weights does not match the population");
        }
        double[] bounds = new double[cumulative.size()];
        for (int i = 0; i < bounds.length; i++) {
            bounds[i] = Values.asDouble(cumulative.get(i));
        }
        double total = bounds.length == 0 ? 0.0 : bounds[bounds.length - 1] + 0.0;
        if (bounds.length == 0) {
            throw PlaygroundError.indexError("list index out of range");
        }
        if (total <= 0.0) {
            throw PlaygroundError.valueError("Total of weights must be greater than zero");
        }
        if (!Double.isFinite(total)) {
            throw PlaygroundError.valueError("Total of weights must be finite");
        }
        int hi = bounds.length - 1;
        for (long i = 0; i < k; i++) {
            double x = random() * total;
            int lo = 0;
            int top = hi;
            while (lo < top) { // bisect_right(cum_weights, x, 0, hi)
                int mid = (lo + top) >>> 1;
                if (x < bounds[mid]) {
                    top = mid;
                } else {
                    lo = mid + 1;
                }
            }
            picked.add(itemOf(population, lo));
        }
        return new ListValue(picked);
    }

    // ---------------------------------------------------------------- Python face

    @Override
    public String typeName() {
        return "random.Random";
    }

    @Override
    public String repr() {
        return String.format("<random.Random object at 0x%012x>", System.identityHashCode(this));
    }

    @Override
    public Value getAttribute(String name) {
        BuiltinFunction.Body body = switch (name) {
            case "seed" -> (arguments, context) -> {
                Value[] slots = arguments.bind("seed", List.of("a", "version"), 0);
                seed(slots[0]);
                return NoneValue.INSTANCE;
            };
            case "random" -> (arguments, context) -> {
                arguments.bind("random", List.of(), 0);
                return new FloatValue(random());
            };
            case "getrandbits" -> (arguments, context) -> {
                Value[] slots = arguments.bind("getrandbits", List.of("k"), 1);
                BigInteger k = Values.asIndex(slots[0]);
                if (k == null) {
                    throw PlaygroundError.typeError("'" + slots[0].typeName() + "' object cannot be interpreted as an "
                            + "integer");
                }
                if (k.signum() < 0) {
                    throw PlaygroundError.valueError("number of bits must be non-negative");
                }
                if (k.compareTo(BigInteger.valueOf(context.limits().maxIntBits())) > 0) {
                    throw PlaygroundError.memoryError("getrandbits(" + k + ") is larger than the playground's "
                            + "int limit");
                }
                return IntValue.of(getrandbits(k.intValue()));
            };
            case "randrange" -> (arguments, context) -> {
                Value[] slots = arguments.bind("randrange", List.of("start", "stop", "step"), 1);
                return IntValue.of(randrange(slots[0], slots[1], slots[2]));
            };
            case "randint" -> (arguments, context) -> {
                Value[] slots = arguments.bind("randint", List.of("a", "b"), 2);
                Value stop = Operators.binary(io.tastelab.playground.lang.BinaryOperator.ADD, slots[1], IntValue.of(1),
                        context.limits());
                return IntValue.of(randrange(slots[0], stop, null));
            };
            case "uniform" -> (arguments, context) -> {
                Value[] slots = arguments.bind("uniform", List.of("a", "b"), 2);
                double a = Values.asDouble(slots[0]);
                double b = Values.asDouble(slots[1]);
                return new FloatValue(a + (b - a) * random());
            };
            case "choice" -> (arguments, context) -> choice(arguments.bind("choice", List.of("seq"), 1)[0]);
            case "choices" -> this::choices;
            case "shuffle" -> (arguments, context) -> {
                shuffle(arguments.bind("shuffle", List.of("x"), 1)[0]);
                return NoneValue.INSTANCE;
            };
            case "sample" -> (arguments, context) -> {
                Value[] slots = arguments.bind("sample", List.of("population", "k", "counts"), 2);
                return sample(slots[0], slots[1], slots[2], context);
            };
            case "gauss", "normalvariate" -> (arguments, context) -> {
                Value[] slots = arguments.bind(name, List.of("mu", "sigma"), 0);
                double mu = slots[0] == null ? 0.0 : Values.asDouble(slots[0]);
                double sigma = slots[1] == null ? 1.0 : Values.asDouble(slots[1]);
                double z = name.equals("gauss") ? gauss() : normalvariate();
                return new FloatValue(mu + z * sigma);
            };
            case "expovariate" -> (arguments, context) -> {
                Value[] slots = arguments.bind("expovariate", List.of("lambd"), 0);
                double lambd = slots[0] == null ? 1.0 : Values.asDouble(slots[0]);
                if (lambd == 0.0) {
                    throw PlaygroundError.zeroDivisionError("float division by zero");
                }
                return new FloatValue(-CLibraryMath.log(1.0 - random()) / lambd);
            };
            default -> null;
        };
        return body == null ? null : new BuiltinFunction(name, body, "Random object");
    }
}
