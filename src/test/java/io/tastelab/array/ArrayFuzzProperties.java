package io.tastelab.array;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a user types, the array layer answers with a result or an ArrayException, never anything else. */
class ArrayFuzzProperties {

    @Provide
    Arbitrary<int[]> shapes() {
        return Arbitraries.integers().between(0, 4).list().ofMinSize(0).ofMaxSize(3)
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray());
    }

    @Provide
    Arbitrary<List<Object>> indices() {
        Arbitrary<Object> ints = Arbitraries.longs().between(-6, 6).map(v -> (Object) v);
        Arbitrary<Object> slices = Combinators.combine(optional(), optional(),
                        Arbitraries.of(null, -2L, -1L, 0L, 1L, 2L, 3L))
                .as((a, b, c) -> (Object) new Index.Slice(a, b, c));
        Arbitrary<Object> specials = Arbitraries.of(null, Index.Ellipsis.INSTANCE, true, false, 1.5, "a");
        Arbitrary<Object> lists = Arbitraries.longs().between(-5, 5).list().ofMaxSize(3).map(l -> (Object) l);
        Arbitrary<Object> masks = Arbitraries.of(true, false).list().ofMaxSize(4).map(l -> (Object) l);
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(4, ints), net.jqwik.api.Tuple.of(4, slices),
                        net.jqwik.api.Tuple.of(2, specials), net.jqwik.api.Tuple.of(2, lists),
                        net.jqwik.api.Tuple.of(1, masks))
                .list().ofMaxSize(4);
    }

    private static Arbitrary<Long> optional() {
        return Arbitraries.longs().between(-7, 7).injectNull(0.4);
    }

    private static List<Index> toIndex(List<Object> raw) {
        List<Index> out = new ArrayList<>();
        for (Object o : raw) {
            out.add(Index.of(o));
        }
        return out;
    }

    private static void onlyArrayErrors(Runnable r) {
        try {
            r.run();
        } catch (ArrayException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 400)
    void indexingNeverFailsWithAnInternalError(@ForAll("shapes") int[] shape, @ForAll("indices") List<Object> idx,
                                               @ForAll boolean jax) {
        ArrayNamespace ns = jax ? ArrayNamespace.JAX : ArrayNamespace.NUMPY;
        onlyArrayErrors(() -> {
            NdArray x = ns.arange(Shape.size(shape), null, null, null).reshape(shape);
            List<Index> index = toIndex(idx);
            NdArray r = x.get(index);
            assertThat(r.toString()).isNotNull();
            if (!jax) {
                x.set(index, 7L);
            } else {
                x.at(index).add(1L);
                x.at(index).get();
            }
        });
    }

    @Property(tries = 300)
    void binaryOpsNeverFailWithAnInternalError(@ForAll("shapes") int[] a, @ForAll("shapes") int[] b,
                                               @ForAll DType da, @ForAll DType db, @ForAll BinaryOp op,
                                               @ForAll boolean jax) {
        ArrayNamespace ns = jax ? ArrayNamespace.JAX : ArrayNamespace.NUMPY;
        onlyArrayErrors(() -> {
            NdArray x = ns.arange(Shape.size(a), null, null, null).reshape(a).astype(da);
            NdArray y = ns.arange(Shape.size(b), null, null, null).reshape(b).astype(db);
            assertThat(ns.binary(op, x, y).str()).isNotNull();
            ns.matmul(x, y);
            ns.binary(op, x, -3L);
            ns.binary(op, 2.5, y);
            ns.sum(x, a.length > 0 ? 0 : null, false);
        });
    }

    @Property(tries = 300)
    void functionsNeverFailWithAnInternalError(@ForAll("shapes") int[] shape, @ForAll DType dtype,
                                               @ForAll("axes") Integer axis, @ForAll boolean jax,
                                               @ForAll("scalars") Object scalar) {
        ArrayNamespace ns = jax ? ArrayNamespace.JAX : ArrayNamespace.NUMPY;
        onlyArrayErrors(() -> {
            NdArray x = ns.arange(Shape.size(shape), null, null, null).reshape(shape).astype(dtype);
            for (Reductions.Kind k : Reductions.Kind.values()) {
                onlyArrayErrors(() -> Reductions.reduce(k, x, axis, false).toString());
            }
            onlyArrayErrors(() -> ns.squeeze(x, axis).toString());
            onlyArrayErrors(() -> ns.expandDims(x, axis == null ? 0 : axis).toString());
            onlyArrayErrors(() -> ns.concatenate(java.util.List.of(x, x), axis).toString());
            onlyArrayErrors(() -> ns.stack(java.util.List.of(x, x), axis == null ? 0 : axis).toString());
            onlyArrayErrors(() -> ns.where(x, scalar, x).toString());
            onlyArrayErrors(() -> ns.full(shape, scalar, null).toString());
            onlyArrayErrors(() -> x.reshape(-1, axis == null ? 2 : axis).toString());
            onlyArrayErrors(() -> x.transpose().str());
            for (UnaryOp op : UnaryOp.values()) {
                onlyArrayErrors(() -> ns.unary(op, x).toString());
            }
            onlyArrayErrors(() -> ns.binary(BinaryOp.POWER, x, scalar).toString());
            onlyArrayErrors(() -> ns.binary(BinaryOp.FLOOR_DIVIDE, scalar, x).toString());
            onlyArrayErrors(() -> ns.dot(x, x).toString());
        });
    }

    @Provide
    Arbitrary<Integer> axes() {
        return Arbitraries.integers().between(-4, 4).injectNull(0.3);
    }

    @Provide
    Arbitrary<Object> scalars() {
        return Arbitraries.of(0L, -1L, 300L, Long.MAX_VALUE, Long.MIN_VALUE, 2.5, Double.NaN,
                Double.NEGATIVE_INFINITY, true, false, -0.0);
    }
}
