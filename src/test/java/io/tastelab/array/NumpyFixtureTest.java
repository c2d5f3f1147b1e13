package io.tastelab.array;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The array layer against NumPy's own answers for printing, ops, reductions, creation and mutation. */
class NumpyFixtureTest {
    private static final ArrayNamespace NP = ArrayNamespace.NUMPY;
    private static final Set<DType> JAX_DTYPES = Set.of(DType.BOOL, DType.INT8, DType.INT16, DType.INT32,
            DType.UINT8, DType.UINT16, DType.UINT32, DType.FLOAT16, DType.FLOAT32);

    private static Stream<DynamicTest> each(String section, java.util.function.Function<JsonNode, String> name,
                                            java.util.function.Consumer<JsonNode> check) {
        List<DynamicTest> tests = new ArrayList<>();
        int i = 0;
        for (JsonNode c : NumpyFixtures.root().get(section)) {
            tests.add(DynamicTest.dynamicTest("#" + (i++) + " " + name.apply(c), () -> check.accept(c)));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> reprAndStrMatchNumpyAndJax() {
        return each("repr", c -> c.get("repr").asText().replace('\n', ' '), c -> {
            NdArray a = NumpyFixtures.array(NP, c.get("array"));
            assertThat(a.toString()).isEqualTo(c.get("repr").asText());
            assertThat(a.str()).isEqualTo(c.get("str").asText());
            if (JAX_DTYPES.contains(a.dtype())) {
                NdArray j = NumpyFixtures.array(ArrayNamespace.JAX, c.get("array"));
                assertThat(j.toString()).isEqualTo(c.get("jax_repr").asText());
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> numpyScalarsPrintLikeNumpy() {
        return each("scalar_repr", c -> c.get("repr").asText(), c -> {
            NdArray s = NP.array(NumpyFixtures.value(c.get("value")), DType.parse(c.get("dtype").asText()))
                    .withScalar(true);
            assertThat(s.toString()).isEqualTo(c.get("repr").asText());
            assertThat(s.str()).isEqualTo(c.get("str").asText());
        });
    }

    @TestFactory
    Stream<DynamicTest> promoteTypesMatchesNumpy() {
        return each("promote_types", c -> c.get("a").asText() + "+" + c.get("b").asText(), c -> assertThat(
                Promotion.numpyPromoteTypes(DType.parse(c.get("a").asText()), DType.parse(c.get("b").asText())).numpyName())
                .isEqualTo(c.get("result").asText()));
    }

    @TestFactory
    Stream<DynamicTest> binaryOpsMatchNumpy() {
        return each("binary", c -> c.get("op").asText() + " " + c.get("a").get("dtype").asText() + " "
                + c.get("b").get("dtype").asText(), c -> {
            NdArray a = NumpyFixtures.array(NP, c.get("a"));
            NdArray b = NumpyFixtures.array(NP, c.get("b"));
            NumpyFixtures.check(c.get("result"), () -> NP.binary(BinaryOp.of(c.get("op").asText()), a, b),
                    c.get("op").asText());
        });
    }

    @TestFactory
    Stream<DynamicTest> pythonScalarOperandsFollowNep50() {
        return each("scalar_binary", c -> c.get("op").asText() + " " + c.get("a").get("dtype").asText() + " "
                + (c.get("scalar_left").asBoolean() ? "left " : "") + c.get("scalar").asText(), c -> {
            NdArray a = NumpyFixtures.array(NP, c.get("a"));
            Object s = NumpyFixtures.value(c.get("scalar"));
            BinaryOp op = BinaryOp.of(c.get("op").asText());
            NumpyFixtures.check(c.get("result"),
                    () -> c.get("scalar_left").asBoolean() ? NP.binary(op, s, a) : NP.binary(op, a, s), op.ufuncName());
        });
    }

    @TestFactory
    Stream<DynamicTest> unaryOpsMatchNumpy() {
        return each("unary", c -> c.get("op").asText() + " " + c.get("a").get("dtype").asText(), c -> {
            NdArray a = NumpyFixtures.array(NP, c.get("a"));
            UnaryOp op = UnaryOp.valueOf(c.get("op").asText().toUpperCase(java.util.Locale.ROOT));
            NumpyFixtures.check(c.get("result"), () -> NP.unary(op, a), op.ufuncName());
        });
    }

    @TestFactory
    Stream<DynamicTest> reductionsMatchNumpy() {
        return each("reduce", c -> c.get("op").asText() + " " + c.get("a").get("dtype").asText()
                + c.get("a").get("shape") + " axis=" + c.get("axis") + (c.get("keepdims").asBoolean() ? " keepdims" : ""), c -> {
            NdArray a = NumpyFixtures.array(NP, c.get("a"));
            Integer axis = c.get("axis").isNull() ? null : c.get("axis").asInt();
            boolean keep = c.get("keepdims").asBoolean();
            NumpyFixtures.check(c.get("result"), () -> switch (c.get("op").asText()) {
                case "sum" -> NP.sum(a, axis, keep);
                case "mean" -> NP.mean(a, axis, keep);
                case "max" -> NP.max(a, axis, keep);
                case "min" -> NP.min(a, axis, keep);
                case "prod" -> NP.prod(a, axis, keep);
                case "argmax" -> NP.argmax(a, axis);
                default -> NP.argmin(a, axis);
            }, c.get("op").asText());
        });
    }

    @TestFactory
    Stream<DynamicTest> creationFunctionsMatchNumpy() {
        return each("create", c -> c.get("fn").asText() + c.get("args") + c.get("kwargs"), c -> {
            JsonNode args = c.get("args");
            JsonNode kw = c.get("kwargs");
            DType dtype = kw.has("dtype") ? DType.parse(kw.get("dtype").asText()) : null;
            NumpyFixtures.check(c.get("result"), () -> switch (c.get("fn").asText()) {
                case "arange" -> {
                    Number a0 = (Number) NumpyFixtures.value(args.get(0));
                    Number a1 = args.size() > 1 ? (Number) NumpyFixtures.value(args.get(1)) : null;
                    Number a2 = args.size() > 2 ? (Number) NumpyFixtures.value(args.get(2)) : null;
                    yield NP.arange(a0, a1, a2, dtype);
                }
                case "linspace" -> NP.linspace(args.get(0).asDouble(), args.get(1).asDouble(), kw.path("num").asInt(50),
                        kw.path("endpoint").asBoolean(true), dtype);
                case "eye" -> NP.eye(args.get(0).asInt(), args.size() > 1 ? args.get(1).asInt() : null,
                        kw.path("k").asInt(0), dtype);
                case "zeros" -> NP.zeros(VectorSupport.ints(args.get(0)), dtype);
                case "ones" -> NP.ones(VectorSupport.ints(args.get(0)), dtype);
                case "full" -> NP.full(VectorSupport.ints(args.get(0)), NumpyFixtures.plain(args.get(1)), dtype);
                default -> NP.array(NumpyFixtures.plain(args.get(0)), dtype);
            }, c.get("fn").asText());
        });
    }

    @TestFactory
    Stream<DynamicTest> manipulationMatchesNumpy() {
        return each("manip", c -> c.get("fn").asText() + " " + c.get("kwargs"), c -> {
            List<Object> args = new ArrayList<>();
            for (JsonNode a : c.get("args")) {
                args.add(NumpyFixtures.argument(a));
            }
            JsonNode kw = c.get("kwargs");
            NumpyFixtures.check(c.get("result"), () -> switch (c.get("fn").asText()) {
                case "reshape" -> NP.reshape(args.get(0), ints(args.get(1)));
                case "transpose" -> NP.transpose(args.get(0), args.size() > 1 ? ints(args.get(1)) : null);
                case "concatenate" -> NP.concatenate((List<?>) args.get(0),
                        kw.has("axis") ? (kw.get("axis").isNull() ? null : Integer.valueOf(kw.get("axis").asInt())) : Integer.valueOf(0));
                case "stack" -> NP.stack((List<?>) args.get(0), kw.path("axis").asInt(0));
                case "squeeze" -> NP.squeeze(args.get(0), kw.has("axis") ? Integer.valueOf(kw.get("axis").asInt()) : null);
                case "expand_dims" -> NP.expandDims(args.get(0), ((Number) args.get(1)).intValue());
                case "where" -> NP.where(args.get(0), args.get(1), args.get(2));
                case "matmul" -> NP.matmul(args.get(0), args.get(1));
                default -> NP.dot(args.get(0), args.get(1));
            }, c.get("fn").asText());
        });
    }

    private static int[] ints(Object list) {
        return ((List<?>) list).stream().mapToInt(o -> ((Number) o).intValue()).toArray();
    }
}
