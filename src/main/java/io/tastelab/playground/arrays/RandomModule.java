package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.DType;
import io.tastelab.array.NdArray;
import io.tastelab.engine.random.JaxRandom;
import io.tastelab.engine.random.PrngKey;
import io.tastelab.engine.random.PrngMode;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.ModuleValue;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code jax.random} over {@link JaxRandom}: keys as JAX's raw uint32 pairs, bit-exact draws in the mode that
 * {@code jax.config.update("jax_threefry_partitionable", ...)} selects, and every key's provenance recorded in
 * the session's {@link KeyTree}.
 */
final class RandomModule {

    private static final ArrayNamespace JNP = ArrayNamespace.JAX;

    private RandomModule() {
    }

    /** Bytes a split key takes besides its 8 in the result: the key, its words and ids, its node in the tree. */
    static final long SPLIT_KEY_OVERHEAD_BYTES = 120;

    /** Refuses {@code split(key, num)} before making any key when the keys would not fit the array limit. */
    private static void checkSplitFits(int num) {
        long limit = io.tastelab.array.MemoryGuard.limitBytes();
        long bytes = num * (8 + SPLIT_KEY_OVERHEAD_BYTES);
        if (bytes > limit) {
            throw PlaygroundError.memoryError(String.format(java.util.Locale.ROOT, "Unable to allocate %d bytes for "
                    + "%d keys of shape (%d, 2) and data type uint32 (8 bytes each and about %d of bookkeeping): the "
                    + "limit is %d bytes", bytes, num, num, SPLIT_KEY_OVERHEAD_BYTES, limit));
        }
    }

    static ModuleValue create(Supplier<PrngMode> mode, KeyTree tree) {
        Map<String, Value> f = new LinkedHashMap<>();
        f.put("PRNGKey", Fn.function("PRNGKey", List.of("seed", "impl"), 1, (a, c) -> newKey(a[0], tree, "PRNGKey")));
        f.put("key", Fn.function("key", List.of("seed", "impl"), 1,
                (a, c) -> new KeyArrayValue(newKey(a[0], tree, "key"))));
        f.put("split", Fn.function("split", List.of("key", "num"), 1, (a, c) -> {
            int num = a[1] == null ? 2 : Py.toInt(a[1], "num");
            if (num < 0) {
                throw PlaygroundError.valueError("split: num must be non-negative, got " + num);
            }
            checkSplitFits(num);
            ArrayValue keyValue = requireKey(a[0], "split");
            PrngKey key = keyOf(keyValue);
            int parent = tree.idOf(keyValue, key);
            tree.use(parent, "split");
            PrngKey[] keys = JaxRandom.split(mode.get(), key, num);
            int[] words = new int[2 * num];
            int[] ids = new int[num];
            for (int i = 0; i < num; i++) {
                words[2 * i] = keys[i].word0();
                words[2 * i + 1] = keys[i].word1();
                ids[i] = tree.child(parent, keys[i], "split[" + i + "]");
            }
            ArrayValue split = new ArrayValue(JNP.fromInts(words, DType.UINT32, num, 2), tree, ids);
            return a[0] instanceof KeyArrayValue ? new KeyArrayValue(split) : split;
        }));
        f.put("fold_in", Fn.function("fold_in", List.of("key", "data"), 2, (a, c) -> {
            ArrayValue keyValue = requireKey(a[0], "fold_in");
            PrngKey key = keyOf(keyValue);
            long data = Py.toLong(a[1], "data");
            int parent = tree.idOf(keyValue, key);
            tree.use(parent, "fold_in");
            PrngKey folded = JaxRandom.foldIn(mode.get(), key, (int) data);
            ArrayValue child = keyValue(folded, tree, tree.child(parent, folded, "fold_in(" + data + ")"));
            return a[0] instanceof KeyArrayValue ? new KeyArrayValue(child) : child;
        }));
        f.put("bits", Fn.function("bits", List.of("key", "shape", "dtype"), 1, (a, c) -> {
            PrngKey key = consume(a[0], tree, "bits");
            DType dtype = a[2] == null ? DType.UINT32 : Py.toDType(ArrayNamespace.NUMPY, a[2]);
            int[] shape = shape(a[1]);
            return new ArrayValue(switch (dtype) {
                case UINT32 -> JNP.fromInts(JaxRandom.bits(mode.get(), key, shape), DType.UINT32, shape);
                case UINT8, UINT16 -> {
                    long[] words = JaxRandom.bitsOfWidth(mode.get(), key, dtype.bits(), shape);
                    List<Object> values = new java.util.ArrayList<>(words.length);
                    for (long word : words) {
                        values.add(word);
                    }
                    yield JNP.array(values, dtype).reshape(shape);
                }
                default -> throw PlaygroundError.valueError("dtype argument to `bits` must be an unsigned int "
                        + "dtype of 8, 16 or 32 bits (64-bit types are off in the playground's JAX), got " + dtype);
            });
        }));
        f.put("uniform", Fn.function("uniform", List.of("key", "shape", "dtype", "minval", "maxval"), 1, (a, c) -> {
            PrngKey key = consume(a[0], tree, "uniform");
            requireFloat32(a[2], "uniform");
            int[] shape = shape(a[1]);
            float minval = a[3] == null ? 0f : (float) Py.toDouble(a[3], "minval");
            float maxval = a[4] == null ? 1f : (float) Py.toDouble(a[4], "maxval");
            return new ArrayValue(JNP.fromFloats(JaxRandom.uniform(mode.get(), key, shape, minval, maxval), shape));
        }));
        f.put("normal", Fn.function("normal", List.of("key", "shape", "dtype"), 1, (a, c) -> {
            PrngKey key = consume(a[0], tree, "normal");
            requireFloat32(a[2], "normal");
            int[] shape = shape(a[1]);
            return new ArrayValue(JNP.fromFloats(JaxRandom.normal(mode.get(), key, shape), shape));
        }));
        f.put("randint", Fn.function("randint", List.of("key", "shape", "minval", "maxval", "dtype"), 4, (a, c) -> {
            PrngKey key = consume(a[0], tree, "randint");
            DType dtype = Py.toDType(JNP, a[4]);
            if (dtype != null && dtype != DType.INT32) {
                throw PlaygroundError.valueError("the playground's random.randint gives int32 only, not " + dtype);
            }
            int[] shape = shape(a[1]);
            int minval = clampInt(Py.toLong(a[2], "minval"));
            int maxval = clampInt(Py.toLong(a[3], "maxval"));
            return new ArrayValue(JNP.fromInts(JaxRandom.randint(mode.get(), key, shape, minval, maxval), DType.INT32,
                    shape));
        }));
        f.put("permutation", Fn.function("permutation", List.of("key", "x", "axis", "independent"), 2, (a, c) -> {
            PrngKey key = consume(a[0], tree, "permutation");
            if (a[2] != null && Py.toInt(a[2], "axis") != 0) {
                throw PlaygroundError.valueError("the playground's random.permutation shuffles axis 0 only");
            }
            if (a[1] instanceof IntValue || a[1] instanceof ArrayValue av && av.array().ndim() == 0) {
                int n = Py.toInt(a[1], "x");
                return new ArrayValue(JNP.fromInts(JaxRandom.permutation(mode.get(), key, n), DType.INT32, n));
            }
            NdArray x = Py.asArray(JNP, a[1], "permutation");
            if (x.ndim() == 0) {
                throw PlaygroundError.typeError("x must be an integer or at least 1-dimensional");
            }
            int n = x.shape()[0];
            NdArray order = JNP.fromInts(JaxRandom.permutation(mode.get(), key, n), DType.INT32, n);
            return new ArrayValue(Py.guard(() -> x.get(order)));
        }));
        f.put("choice", Fn.function("choice", List.of("key", "a", "shape", "replace", "p", "axis"), 2, (a, c) -> {
            PrngKey key = consume(a[0], tree, "choice");
            if (a[4] != null && a[4] != NoneValue.INSTANCE) {
                throw PlaygroundError.of("NotImplementedError", "the playground's random.choice has no p= yet");
            }
            int[] shape = a[2] == null ? new int[0] : shape(a[2]);
            boolean replace = a[3] == null || a[3].isTruthy();
            NdArray population = null;
            int n;
            if (a[1] instanceof IntValue || a[1] instanceof ArrayValue av && av.array().ndim() == 0) {
                n = Py.toInt(a[1], "a");
            } else {
                population = Py.asArray(JNP, a[1], "choice");
                n = population.ndim() == 0 ? 0 : population.shape()[0];
            }
            if (!replace && JaxRandom.size(shape) > n) {
                throw PlaygroundError.valueError("Cannot take a larger sample than population when replace=False");
            }
            if (n <= 0 && JaxRandom.size(shape) > 0) {
                throw PlaygroundError.valueError("a must be greater than 0 unless no samples are taken");
            }
            NdArray indices = JNP.fromInts(JaxRandom.choice(mode.get(), key, n, shape, replace), DType.INT32, shape);
            NdArray chosen = population == null ? indices : population.get(indices);
            return new ArrayValue(chosen);
        }));
        f.put("key_data", Fn.function("key_data", List.of("keys"), 1, (a, c) -> {
            if (a[0] instanceof KeyArrayValue keys) {
                return keys.data();
            }
            return rawKeys(a[0], "key_data"); // raw keys are their own data, as in JAX
        }));
        f.put("wrap_key_data", Fn.function("wrap_key_data", List.of("key_bits_array", "impl"), 1,
                (a, c) -> new KeyArrayValue(rawKeys(a[0], "wrap_key_data"))));
        f.put("__name__", new io.tastelab.playground.interp.StrValue("jax.random"));
        return new ModuleValue("jax.random", f);
    }

    private static ArrayValue newKey(Value seedValue, KeyTree tree, String function) {
        long seed = Py.toLong(seedValue, "seed");
        PrngKey key = PrngKey.fromSeed(seed);
        return keyValue(key, tree, tree.root(key, function + "(" + seed + ")"));
    }

    private static ArrayValue keyValue(PrngKey key, KeyTree tree, int id) {
        return new ArrayValue(JNP.fromInts(new int[] {key.word0(), key.word1()}, DType.UINT32, 2), tree,
                new int[] {id});
    }

    /** A raw key array: uint32 words, two per key in the last axis. */
    private static ArrayValue rawKeys(Value value, String function) {
        if (value instanceof ArrayValue array && array.array().dtype() == DType.UINT32 && array.array().ndim() >= 1
                && array.array().shape()[array.array().ndim() - 1] == 2) {
            return array;
        }
        throw PlaygroundError.typeError(function + "() expects a key array: random.key(seed) or uint32 words of "
                + "shape (..., 2), got " + (value instanceof ArrayValue array ? "an array of dtype "
                + array.array().dtype() + " and shape " + array.array().shapeString() : "'" + value.typeName() + "'"));
    }

    private static ArrayValue requireKey(Value value, String function) {
        if (value instanceof KeyArrayValue keys) {
            value = keys.data();
        }
        if (value instanceof ArrayValue array && array.array().dtype() == DType.UINT32 && array.array().ndim() == 1
                && array.array().shape()[0] == 2) {
            return array;
        }
        if (value instanceof ArrayValue array && array.array().dtype() == DType.UINT32 && array.array().ndim() > 1
                && array.array().shape()[array.array().ndim() - 1] == 2) {
            int[] shape = array.array().shape();
            throw PlaygroundError.typeError(function + " accepts a single key, but was given a key array of shape "
                    + Py.shapeTuple(java.util.Arrays.copyOf(shape, shape.length - 1)).repr()
                    + " != (). Use jax.vmap for batching.");
        }
        throw PlaygroundError.typeError(function + "() expects a PRNG key: a uint32 array of shape (2,) from "
                + "random.PRNGKey(seed), got " + (value instanceof ArrayValue array ? "an array of dtype "
                + array.array().dtype() + " and shape " + array.array().shapeString() : "'" + value.typeName() + "'"));
    }

    static PrngKey keyOf(ArrayValue value) {
        NdArray a = value.array();
        return PrngKey.ofWords(a.getLong(0), a.getLong(1));
    }

    private static PrngKey consume(Value value, KeyTree tree, String use) {
        ArrayValue keyValue = requireKey(value, use);
        PrngKey key = keyOf(keyValue);
        tree.use(tree.idOf(keyValue, key), use);
        return key;
    }

    private static int[] shape(Value value) {
        return value == null || value == NoneValue.INSTANCE ? new int[0] : Py.toShape(value);
    }

    private static void requireFloat32(Value dtypeValue, String function) {
        DType dtype = Py.toDType(JNP, dtypeValue);
        if (dtype != null && dtype != DType.FLOAT32) {
            throw PlaygroundError.valueError("the playground's random." + function + " gives float32 only (64-bit "
                    + "types are off), not " + dtype);
        }
    }

    private static int clampInt(long value) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }
}
