package io.tastelab.playground.arrays;

import io.tastelab.array.Convolution;
import io.tastelab.array.NdArray;
import io.tastelab.playground.interp.CallContext;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.IterableValue;
import io.tastelab.playground.interp.NamedTupleValue;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.StrValue;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * jax.lax's convolutions: conv_general_dilated with its dimension numbers (layout strings such as
 * ('NHWC', 'HWIO', 'NHWC')), dilations and padding modes, the shorthands conv and conv_with_general_padding, and
 * conv_dimension_numbers. The operands are permuted to the N,C,spatial / O,I,spatial layout, convolved there and
 * the result permuted to the requested output layout, as jax/_src/lax/convolution.py describes it.
 */
final class LaxConvolutions {

    private static final List<String> SPEC_FIELDS = List.of("lhs_spec", "rhs_spec", "out_spec");

    private LaxConvolutions() {
    }

    static void register(Map<String, Value> functions) {
        functions.put("conv_general_dilated", Fn.function("conv_general_dilated", List.of("lhs", "rhs",
                "window_strides", "padding", "lhs_dilation", "rhs_dilation", "dimension_numbers",
                "feature_group_count", "batch_group_count", "precision", "preferred_element_type"), 4,
                (a, c) -> convolve(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8])));
        functions.put("conv", Fn.function("conv", List.of("lhs", "rhs", "window_strides", "padding", "precision",
                "preferred_element_type"), 4, (a, c) -> convolve(a[0], a[1], a[2], a[3], null, null, null, null,
                null)));
        functions.put("conv_with_general_padding", Fn.function("conv_with_general_padding", List.of("lhs", "rhs",
                "window_strides", "padding", "lhs_dilation", "rhs_dilation", "precision", "preferred_element_type"),
                6, (a, c) -> convolve(a[0], a[1], a[2], a[3], a[4], a[5], null, null, null)));
        functions.put("conv_dimension_numbers", Fn.function("conv_dimension_numbers", List.of("lhs_shape",
                "rhs_shape", "dimension_numbers"), 3, (a, c) -> dimensionNumbers(Py.toShape(a[0]).length,
                Py.toShape(a[1]).length, a[2])));
    }

    private static Value convolve(Value lhsValue, Value rhsValue, Value stridesValue, Value paddingValue,
            Value lhsDilationValue, Value rhsDilationValue, Value numbers, Value featureGroups, Value batchGroups) {
        for (Value groups : new Value[] {featureGroups, batchGroups}) {
            if (groups != null && Py.toInt(groups, null) != 1) {
                throw PlaygroundError.of("NotImplementedError", "the playground's lax.conv_general_dilated "
                        + "takes one feature group and one batch group");
            }
        }
        if (!(lhsValue instanceof ArrayValue lhsArray) || !(rhsValue instanceof ArrayValue rhsArray)) {
            throw PlaygroundError.typeError("lax.conv_general_dilated takes arrays (lhs, rhs)");
        }
        NdArray lhs = DifferentiatedCall.jaxArray(lhsArray.array());
        NdArray rhs = DifferentiatedCall.jaxArray(rhsArray.array());
        int[][] perms = permutations(dimensionNumbers(lhs.ndim(), rhs.ndim(), numbers));
        int spatial = lhs.ndim() - 2;
        int[] lhsDilation = dilation(lhsDilationValue, spatial);
        int[] rhsDilation = dilation(rhsDilationValue, spatial);
        int[] strides = Py.toShape(stridesValue);
        NdArray canonicalLhs = lhs.transpose(perms[0]);
        NdArray canonicalRhs = rhs.transpose(perms[1]);
        int[][] padding = padding(paddingValue, canonicalLhs.shape(), canonicalRhs.shape(), strides, lhsDilation,
                rhsDilation, lhsDilationValue != null && lhsDilationValue != NoneValue.INSTANCE);
        NdArray canonical = Py.guard(() -> Convolution.convGeneralDilated(canonicalLhs, canonicalRhs, strides,
                padding, lhsDilation, rhsDilation));
        int[] back = new int[perms[2].length];
        for (int i = 0; i < back.length; i++) {
            back[perms[2][i]] = i;
        }
        return new ArrayValue(canonical.transpose(back));
    }

    private static int[] dilation(Value value, int spatial) {
        if (value == null || value == NoneValue.INSTANCE) {
            int[] ones = new int[Math.max(spatial, 0)];
            java.util.Arrays.fill(ones, 1);
            return ones;
        }
        return Py.toShape(value);
    }

    /** Explicit (low, high) pairs, or 'SAME', 'SAME_LOWER' and 'VALID' as lax.padtype_to_pads resolves them. */
    private static int[][] padding(Value value, int[] lhsShape, int[] rhsShape, int[] strides, int[] lhsDilation,
            int[] rhsDilation, boolean dilatedInput) {
        int spatial = lhsShape.length - 2;
        int[][] pads = new int[Math.max(spatial, 0)][2];
        if (value instanceof StrValue mode) {
            if (dilatedInput && java.util.Arrays.stream(lhsDilation).anyMatch(d -> d != 1)) {
                throw PlaygroundError.valueError("String padding is not implemented for transposed convolution "
                        + "using this op. Please either exactly specify the required padding or use conv_transpose.");
            }
            String type = mode.value().toUpperCase(java.util.Locale.ROOT);
            if (!type.equals("SAME") && !type.equals("SAME_LOWER") && !type.equals("VALID")) {
                throw PlaygroundError.of("RuntimeError", "Unrecognized padding type: expected 'VALID', 'SAME', or "
                        + "'SAME_LOWER', got " + mode.value() + ".");
            }
            if (type.equals("VALID")) {
                return pads;
            }
            for (int d = 0; d < spatial && d < strides.length; d++) {
                int in = lhsShape[2 + d];
                int out = (in + strides[d] - 1) / strides[d];
                int total = Math.max(0, (out - 1) * strides[d] + Convolution.dilatedSize(rhsShape[2 + d],
                        rhsDilation[d]) - in);
                int small = total / 2;
                pads[d] = type.equals("SAME") ? new int[] {small, total - small} : new int[] {total - small, small};
            }
            return pads;
        }
        if (!(value instanceof IterableValue pairs)) {
            throw PlaygroundError.valueError("padding argument to conv_general_dilated should be a string or a "
                    + "sequence of (low, high) pairs, got " + value.repr());
        }
        List<Value> items = pairs.items();
        for (int d = 0; d < items.size() && d < pads.length; d++) {
            int[] pair = Py.toShape(items.get(d));
            pads[d] = new int[] {pair[0], pair[1]};
        }
        if (items.size() != pads.length) {
            throw PlaygroundError.valueError("conv_general_dilated: padding must have " + pads.length
                    + " (low, high) pairs, one per spatial dimension, got " + items.size());
        }
        return pads;
    }

    /** lax.conv_dimension_numbers: None (the N,C,spatial layout), layout strings, or ConvDimensionNumbers as is. */
    static Value dimensionNumbers(int lhsRank, int rhsRank, Value numbers) {
        if (numbers instanceof NamedTupleValue named && named.typeName().equals("ConvDimensionNumbers")) {
            return named;
        }
        if (lhsRank != rhsRank) {
            throw PlaygroundError.typeError("convolution requires lhs and rhs ndim to be equal, got " + lhsRank
                    + " and " + rhsRank + ".");
        }
        if (numbers == null || numbers == NoneValue.INSTANCE) {
            List<Value> iota = new ArrayList<>();
            for (int i = 0; i < lhsRank; i++) {
                iota.add(IntValue.of(i));
            }
            TupleValue identity = new TupleValue(iota);
            return NamedTupleValue.record("ConvDimensionNumbers", SPEC_FIELDS, List.of(identity, identity, identity));
        }
        if (!(numbers instanceof TupleValue || numbers instanceof io.tastelab.playground.interp.ListValue)) {
            throw PlaygroundError.typeError("convolution dimension_numbers must be tuple/list or None, got <class '"
                    + numbers.typeName() + "'>.");
        }
        List<Value> specs = ((IterableValue) numbers).items();
        if (specs.size() != 3) {
            throw PlaygroundError.typeError("convolution dimension_numbers list/tuple must be length 3, got "
                    + specs.size() + ".");
        }
        String[] text = new String[3];
        for (int i = 0; i < 3; i++) {
            if (!(specs.get(i) instanceof StrValue spec)) {
                throw PlaygroundError.typeError("convolution dimension_numbers elements must be strings, got "
                        + numbers.repr() + ".");
            }
            text[i] = spec.value();
            if (text[i].length() != lhsRank) {
                throw PlaygroundError.typeError("convolution dimension_numbers[" + i + "] must have len equal to "
                        + "the ndim of lhs and rhs, got " + text[i].length() + " for lhs and rhs of ndim " + lhsRank
                        + ".");
            }
        }
        return NamedTupleValue.record("ConvDimensionNumbers", SPEC_FIELDS, generalPermutations(text, numbers));
    }

    /** jax's conv_general_permutations: where N and C (O and I) are, then the spatial axes in the rhs's order. */
    private static List<Value> generalPermutations(String[] specs, Value numbers) {
        String[][] pairs = {{"N", "C"}, {"O", "I"}, {"N", "C"}};
        List<Set<Character>> spatialSets = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String spec = specs[i];
            if (count(spec, pairs[i][0].charAt(0)) != 1 || count(spec, pairs[i][1].charAt(0)) != 1) {
                throw PlaygroundError.typeError("convolution dimension_numbers[" + i + "] must contain the "
                        + "characters '" + pairs[i][0] + "' and '" + pairs[i][1] + "' exactly once, got " + spec + ".");
            }
            Set<Character> seen = new HashSet<>();
            Set<Character> spatial = new HashSet<>();
            for (char c : spec.toCharArray()) {
                if (!seen.add(c)) {
                    throw PlaygroundError.typeError("convolution dimension_numbers[" + i + "] cannot have duplicate "
                            + "characters, got " + spec + ".");
                }
                if (c != pairs[i][0].charAt(0) && c != pairs[i][1].charAt(0)) {
                    spatial.add(c);
                }
            }
            spatialSets.add(spatial);
        }
        if (!spatialSets.get(0).equals(spatialSets.get(1)) || !spatialSets.get(1).equals(spatialSets.get(2))) {
            throw PlaygroundError.typeError("convolution dimension_numbers elements must each have the same set of "
                    + "spatial characters, got " + numbers.repr() + ".");
        }
        String rhs = specs[1];
        List<Value> perms = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String spec = specs[i];
            List<Value> perm = new ArrayList<>();
            perm.add(IntValue.of(spec.indexOf(pairs[i][0])));
            perm.add(IntValue.of(spec.indexOf(pairs[i][1])));
            for (char c : rhs.toCharArray()) {
                if (c != 'O' && c != 'I') {
                    perm.add(IntValue.of(spec.indexOf(c)));
                }
            }
            perms.add(new TupleValue(perm));
        }
        return perms;
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }

    private static int[][] permutations(Value numbers) {
        List<Value> specs = ((NamedTupleValue) numbers).items();
        int[][] perms = new int[3][];
        for (int i = 0; i < 3; i++) {
            perms[i] = Py.toShape(specs.get(i));
        }
        return perms;
    }
}
