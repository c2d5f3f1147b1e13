package io.tastelab.engine.random;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the small Python expressions the vector file writes for each case, such as
 * {@code key, subkey = jax.random.split(jax.random.PRNGKey(0)); jax.random.uniform(subkey)}, against
 * {@link JaxRandom} in one {@link PrngMode}. Knowing the calls rather than the case names lets a larger
 * vector file with new seeds, shapes and bounds run without code changes.
 *
 * <p>Understood: {@code PRNGKey}, {@code key}, {@code key_data}, {@code split}, {@code fold_in}, {@code bits},
 * {@code uniform}, {@code normal}, {@code randint}, {@code permutation}, {@code choice} and {@code arange} (with
 * or without a module prefix), int and float literals, {@code True}/{@code False}, tuples, strings, dtype names,
 * {@code [i]} on a split, and {@code a, b = ...;} bindings. Anything else throws {@link IllegalArgumentException}.
 */
final class JaxCallEvaluator {

    /** An integer array result; {@code unsigned} values are uint64 bit patterns. */
    record Ints(long[] values, int[] shape, boolean unsigned) {
    }

    /** A float32 array result; {@code approximate} marks results that go through {@code erf_inv}. */
    record Floats(float[] values, int[] shape, boolean approximate) {
    }

    private final PrngMode mode;
    private final Map<String, Object> variables = new HashMap<>();
    private List<String> tokens;
    private int pos;

    JaxCallEvaluator(PrngMode mode) {
        this.mode = mode;
    }

    /** Runs the statements and returns the value of the last one. */
    Object evaluate(String source) {
        tokens = tokenize(source);
        pos = 0;
        Object last = null;
        while (pos < tokens.size()) {
            last = statement();
            if (pos < tokens.size()) {
                expect(";");
            }
        }
        if (last == null) {
            throw new IllegalArgumentException("nothing to evaluate in: " + source);
        }
        return last;
    }

    private Object statement() {
        // Look ahead for "name (, name)* =" (a binding) before reading an expression.
        int start = pos;
        List<String> names = new ArrayList<>();
        while (pos < tokens.size() && isIdentifier(tokens.get(pos))) {
            names.add(tokens.get(pos++));
            if (peek(",")) {
                pos++;
            } else {
                break;
            }
        }
        if (!names.isEmpty() && peek("=")) {
            pos++;
            Object value = expression();
            if (names.size() == 1) {
                variables.put(names.getFirst(), value);
            } else {
                if (!(value instanceof PrngKey[] keys) || keys.length != names.size()) {
                    throw new IllegalArgumentException("cannot unpack into " + names);
                }
                for (int i = 0; i < keys.length; i++) {
                    variables.put(names.get(i), keys[i]);
                }
            }
            return value;
        }
        pos = start;
        return expression();
    }

    private Object expression() {
        Object value = primary();
        while (peek("[")) {
            pos++;
            int index = toInt(expression());
            expect("]");
            if (!(value instanceof PrngKey[] keys)) {
                throw new IllegalArgumentException("can only index a split, got " + describe(value));
            }
            value = keys[index < 0 ? keys.length + index : index];
        }
        return value;
    }

    private Object primary() {
        String token = next();
        if (token.equals("(")) {
            List<Object> items = new ArrayList<>();
            boolean tuple = false;
            while (!peek(")")) {
                items.add(expression());
                if (peek(",")) {
                    pos++;
                    tuple = true;
                } else {
                    break;
                }
            }
            expect(")");
            if (!tuple && items.size() == 1) {
                return items.getFirst();
            }
            return items;
        }
        if (token.equals("-")) {
            Object operand = primary();
            if (operand instanceof Long l) {
                return -l;
            }
            if (operand instanceof Double d) {
                return -d;
            }
            throw new IllegalArgumentException("cannot negate " + describe(operand));
        }
        if (token.startsWith("'") || token.startsWith("\"")) {
            return token.substring(1, token.length() - 1);
        }
        if (Character.isDigit(token.charAt(0))) {
            if (token.contains(".") || token.contains("e") || token.contains("E")) {
                return Double.parseDouble(token);
            }
            return Long.parseLong(token);
        }
        if (!isIdentifier(token)) {
            throw new IllegalArgumentException("unexpected '" + token + "'");
        }
        if (token.equals("True") || token.equals("False")) {
            return Boolean.valueOf(token.equals("True"));
        }
        String name = shortName(token);
        if (peek("(")) {
            pos++;
            List<Object> positional = new ArrayList<>();
            Map<String, Object> keywords = new HashMap<>();
            while (!peek(")")) {
                if (isIdentifier(tokens.get(pos)) && pos + 1 < tokens.size() && tokens.get(pos + 1).equals("=")) {
                    String keyword = tokens.get(pos);
                    pos += 2;
                    keywords.put(keyword, expression());
                } else {
                    positional.add(expression());
                }
                if (peek(",")) {
                    pos++;
                } else {
                    break;
                }
            }
            expect(")");
            return call(name, positional, keywords);
        }
        if (variables.containsKey(token)) {
            return variables.get(token);
        }
        if (name.matches("u?int(8|16|32|64)|float32")) {
            return name;
        }
        // With 64-bit types off, Python's int and float mean int32 and float32.
        if (name.equals("int") || name.equals("float")) {
            return name + "32";
        }
        throw new IllegalArgumentException("unknown name '" + token + "'");
    }

    private Object call(String function, List<Object> positional, Map<String, Object> keywords) {
        Arguments args = new Arguments(function, positional, keywords);
        return switch (function) {
            case "PRNGKey", "key" -> PrngKey.fromSeed(toLong(args.required(0, "seed")));
            case "key_data" -> {
                Object keys = args.required(0, "keys");
                yield keys instanceof PrngKey[] ? keys : toKey(keys);
            }
            case "split" -> JaxRandom.split(mode, toKey(args.required(0, "key")),
                    JaxRandom.size(toShape(args.optional(1, "num", 2L))));
            case "fold_in" -> JaxRandom.foldIn(mode, toKey(args.required(0, "key")), toUint32(args.required(1, "data")));
            case "arange" -> {
                int n = toInt(args.required(0, "stop"));
                long[] values = new long[n];
                for (int i = 0; i < n; i++) {
                    values[i] = i;
                }
                yield new Ints(values, new int[] {n}, false);
            }
            case "bits" -> {
                int[] shape = toShape(args.optional(1, "shape", List.of()));
                String dtype = (String) args.optional(2, "dtype", "uint32");
                int width = switch (dtype) {
                    case "uint8" -> 8;
                    case "uint16" -> 16;
                    case "uint32" -> 32;
                    case "uint64" -> 64;
                    default -> throw new IllegalArgumentException("bits dtype must be unsigned, got " + dtype);
                };
                yield new Ints(JaxRandom.bitsOfWidth(mode, toKey(args.required(0, "key")), width, shape), shape, true);
            }
            case "uniform" -> {
                int[] shape = toShape(args.optional(1, "shape", List.of()));
                requireFloat32(args.optional(2, "dtype", "float32"));
                float minval = toFloat(args.optional(3, "minval", 0L));
                float maxval = toFloat(args.optional(4, "maxval", 1L));
                yield new Floats(JaxRandom.uniform(mode, toKey(args.required(0, "key")), shape, minval, maxval),
                        shape, false);
            }
            case "normal" -> {
                int[] shape = toShape(args.optional(1, "shape", List.of()));
                requireFloat32(args.optional(2, "dtype", "float32"));
                yield new Floats(JaxRandom.normal(mode, toKey(args.required(0, "key")), shape), shape, true);
            }
            case "randint" -> {
                int[] shape = toShape(args.required(1, "shape"));
                Object dtype = args.optional(4, "dtype", "int32");
                if (!dtype.equals("int32") && !dtype.equals("int")) {
                    throw new IllegalArgumentException("randint supports int32 only, got " + dtype);
                }
                yield new Ints(toLongs(JaxRandom.randint(mode, toKey(args.required(0, "key")), shape,
                        toInt(args.required(2, "minval")), toInt(args.required(3, "maxval")))), shape, false);
            }
            case "permutation" -> {
                Object x = args.required(1, "x");
                PrngKey key = toKey(args.required(0, "key"));
                if (x instanceof Ints array) {
                    yield new Ints(toLongs(JaxRandom.permutation(mode, key, toIntArray(array))), array.shape(), false);
                }
                int n = toInt(x);
                yield new Ints(toLongs(JaxRandom.permutation(mode, key, n)), new int[] {n}, false);
            }
            case "choice" -> {
                int[] shape = toShape(args.optional(2, "shape", List.of()));
                boolean replace = (Boolean) args.optional(3, "replace", Boolean.TRUE);
                Object a = args.required(1, "a");
                int n = a instanceof Ints array ? array.values().length : toInt(a);
                int[] indices = JaxRandom.choice(mode, toKey(args.required(0, "key")), n, shape, replace);
                long[] values = new long[indices.length];
                for (int i = 0; i < indices.length; i++) {
                    values[i] = a instanceof Ints array ? array.values()[indices[i]] : indices[i];
                }
                yield new Ints(values, shape, false);
            }
            default -> throw new IllegalArgumentException("unsupported function '" + function + "'");
        };
    }

    /** Positional-or-keyword arguments of one call. */
    private record Arguments(String function, List<Object> positional, Map<String, Object> keywords) {

        Object required(int index, String name) {
            Object value = optional(index, name, null);
            if (value == null) {
                throw new IllegalArgumentException(function + "() is missing argument '" + name + "'");
            }
            return value;
        }

        Object optional(int index, String name, Object fallback) {
            if (index < positional.size()) {
                return positional.get(index);
            }
            return keywords.getOrDefault(name, fallback);
        }
    }

    // ------------------------------------------------------------ conversions

    private static String shortName(String dotted) {
        return dotted.substring(dotted.lastIndexOf('.') + 1);
    }

    private static void requireFloat32(Object dtype) {
        if (!"float32".equals(dtype)) {
            throw new IllegalArgumentException("only float32 is supported, got " + dtype);
        }
    }

    private static PrngKey toKey(Object value) {
        if (value instanceof PrngKey key) {
            return key;
        }
        throw new IllegalArgumentException("expected a key, got " + describe(value));
    }

    private static long toLong(Object value) {
        if (value instanceof Long l) {
            return l;
        }
        throw new IllegalArgumentException("expected an int, got " + describe(value));
    }

    private static int toInt(Object value) {
        return Math.toIntExact(toLong(value));
    }

    /** A Python int in {@code [-2^31, 2^32)} as the uint32 bit pattern JAX would make of it. */
    private static int toUint32(Object value) {
        long l = toLong(value);
        if (l < Integer.MIN_VALUE || l > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(l + " does not fit in uint32");
        }
        return (int) l;
    }

    private static int[] toIntArray(Ints array) {
        int[] out = new int[array.values().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.toIntExact(array.values()[i]);
        }
        return out;
    }

    private static float toFloat(Object value) {
        if (value instanceof Long l) {
            return (float) (long) l;
        }
        if (value instanceof Double d) {
            return (float) (double) d;
        }
        throw new IllegalArgumentException("expected a number, got " + describe(value));
    }

    private static int[] toShape(Object value) {
        if (value instanceof Long) {
            return new int[] {toInt(value)};
        }
        if (value instanceof List<?> list) {
            int[] shape = new int[list.size()];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = toInt(list.get(i));
            }
            return shape;
        }
        throw new IllegalArgumentException("expected a shape, got " + describe(value));
    }

    private static long[] toLongs(int[] values) {
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    private static String describe(Object value) {
        return value == null ? "nothing" : value.getClass().getSimpleName();
    }

    // ------------------------------------------------------------ tokens

    private boolean peek(String token) {
        return pos < tokens.size() && tokens.get(pos).equals(token);
    }

    private String next() {
        if (pos >= tokens.size()) {
            throw new IllegalArgumentException("unexpected end of expression");
        }
        return tokens.get(pos++);
    }

    private void expect(String token) {
        String actual = next();
        if (!actual.equals(token)) {
            throw new IllegalArgumentException("expected '" + token + "' but found '" + actual + "'");
        }
    }

    private static boolean isIdentifier(String token) {
        return Character.isJavaIdentifierStart(token.charAt(0));
    }

    private static List<String> tokenize(String source) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < source.length()
                        && (Character.isJavaIdentifierPart(source.charAt(i)) || source.charAt(i) == '.')) {
                    i++;
                }
                out.add(source.substring(start, i));
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < source.length() && (Character.isLetterOrDigit(source.charAt(i))
                        || source.charAt(i) == '.'
                        || ((source.charAt(i) == '-' || source.charAt(i) == '+')
                                && (source.charAt(i - 1) == 'e' || source.charAt(i - 1) == 'E')))) {
                    i++;
                }
                out.add(source.substring(start, i));
            } else if (c == '\'' || c == '"') {
                int end = source.indexOf(c, i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated string in: " + source);
                }
                out.add(source.substring(i, end + 1));
                i = end + 1;
            } else if ("()[],=;-".indexOf(c) >= 0) {
                out.add(String.valueOf(c));
                i++;
            } else {
                throw new IllegalArgumentException("unexpected character '" + c + "' in: " + source);
            }
        }
        return out;
    }
}
