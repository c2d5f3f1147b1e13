package io.tastelab.array;

import java.util.ArrayList;
import java.util.List;

/**
 * NumPy's joins and cuts built on {@link Manipulation#concatenate}: hstack, vstack, column_stack, dstack, block,
 * and split, array_split, hsplit, vsplit, dsplit. Results and errors follow NumPy 2's {@code shape_base} code.
 */
final class Joining {
    private Joining() {
    }

    /** {@code atleast_1d/2d/3d}: NumPy puts a 1-d array in the middle of 3-d ({@code (n,)} becomes (1, n, 1)). */
    static NdArray atLeast(NdArray a, int ndim) {
        int nd = a.ndim();
        if (nd >= ndim) {
            return a;
        }
        int[] shape = switch (ndim) {
            case 1 -> new int[] {1};
            case 2 -> nd == 0 ? new int[] {1, 1} : new int[] {1, a.shape[0]};
            default -> switch (nd) {
                case 0 -> new int[] {1, 1, 1};
                case 1 -> new int[] {1, a.shape[0], 1};
                default -> new int[] {a.shape[0], a.shape[1], 1};
            };
        };
        return a.reshape(shape);
    }

    /** Leading axes of length one until {@code a} has {@code ndim} axes ({@code np.array(a, ndmin=ndim)}). */
    private static NdArray withLeadingAxes(NdArray a, int ndim) {
        if (a.ndim() >= ndim) {
            return a;
        }
        int[] shape = new int[ndim];
        int pad = ndim - a.ndim();
        for (int d = 0; d < ndim; d++) {
            shape[d] = d < pad ? 1 : a.shape[d - pad];
        }
        return a.reshape(shape);
    }

    private static List<NdArray> operands(List<?> items, Flavor f, int atLeast) {
        List<NdArray> out = new ArrayList<>();
        for (Object o : items) {
            out.add(atLeast(Ops.operand(f, o), atLeast));
        }
        return out;
    }

    static NdArray hstack(List<?> items, Flavor fallback) {
        Flavor f = Ops.flavorOf(fallback, items.toArray());
        List<NdArray> arrays = operands(items, f, 1);
        int axis = !arrays.isEmpty() && arrays.getFirst().ndim() == 1 ? 0 : 1;
        return Manipulation.concatenate(arrays, axis, f);
    }

    static NdArray vstack(List<?> items, Flavor fallback) {
        Flavor f = Ops.flavorOf(fallback, items.toArray());
        return Manipulation.concatenate(operands(items, f, 2), 0, f);
    }

    static NdArray dstack(List<?> items, Flavor fallback) {
        Flavor f = Ops.flavorOf(fallback, items.toArray());
        return Manipulation.concatenate(operands(items, f, 3), 2, f);
    }

    /** 1-d inputs become columns, 0-d ones 1×1; 2-d and more are joined as they are along axis 1. */
    static NdArray columnStack(List<?> items, Flavor fallback) {
        Flavor f = Ops.flavorOf(fallback, items.toArray());
        List<NdArray> columns = new ArrayList<>();
        for (Object o : items) {
            NdArray a = Ops.operand(f, o);
            columns.add(a.ndim() < 2 ? withLeadingAxes(a, 2).transpose() : a);
        }
        return Manipulation.concatenate(columns, 1, f);
    }

    /**
     * {@code block(arrays)}: nested lists (every leaf at the same depth) joined innermost along the last axis,
     * the next level along the one before, and so on; every leaf first gets leading axes up to the result's rank.
     */
    static NdArray block(Object arrays, Flavor fallback) {
        List<NdArray> leaves = new ArrayList<>();
        int depth = depth(arrays, List.of(), leaves, fallback);
        int resultNdim = depth;
        for (NdArray leaf : leaves) {
            resultNdim = Math.max(resultNdim, leaf.ndim());
        }
        Flavor f = leaves.isEmpty() ? fallback : Ops.flavorOf(fallback, leaves.toArray());
        int[] next = {0};
        return assemble(arrays, 0, depth, resultNdim, leaves, next, f);
    }

    /** The nesting depth, checking that every leaf sits at the same depth (NumPy's message names the index). */
    private static int depth(Object item, List<Integer> index, List<NdArray> leaves, Flavor f) {
        if (!(item instanceof List<?> list)) {
            leaves.add(Ops.operand(f, item));
            return index.size();
        }
        if (list.isEmpty()) {
            throw new ArrayValueError("List at " + indexText(index) + " cannot be empty");
        }
        int first = -1;
        List<Integer> firstIndex = null;
        for (int i = 0; i < list.size(); i++) {
            List<Integer> at = new ArrayList<>(index);
            at.add(i);
            int d = depth(list.get(i), at, leaves, f);
            if (first < 0) {
                first = d;
                firstIndex = at;
            } else if (d != first) {
                throw new ArrayValueError("List depths are mismatched. First element was at depth " + first
                        + ", but there is an element at depth " + d + " (" + indexText(at) + ")");
            }
        }
        return first;
    }

    private static String indexText(List<Integer> index) {
        StringBuilder out = new StringBuilder("arrays");
        for (int i : index) {
            out.append('[').append(i).append(']');
        }
        return out.toString();
    }

    private static NdArray assemble(Object item, int level, int depth, int resultNdim, List<NdArray> leaves,
            int[] next, Flavor f) {
        if (!(item instanceof List<?> list)) {
            return withLeadingAxes(leaves.get(next[0]++), resultNdim);
        }
        List<NdArray> parts = new ArrayList<>();
        for (Object child : list) {
            parts.add(assemble(child, level + 1, depth, resultNdim, leaves, next, f));
        }
        return Manipulation.concatenate(parts, -(depth - level), f);
    }

    /**
     * {@code array_split(a, sections, axis)} ({@code equal} true: {@code split}, which refuses an unequal
     * division): the first {@code n % sections} parts get one element more.
     */
    static List<NdArray> splitSections(NdArray a, int sections, int axis, boolean equal) {
        int ax = Shape.normalizeAxis(axis, a.ndim());
        int n = a.shape[ax];
        if (equal && sections == 0) {
            throw new ArrayZeroDivisionError("integer modulo by zero"); // split computes n % sections first
        }
        if (sections <= 0) {
            throw new ArrayValueError("number sections must be larger than 0.");
        }
        if (equal && n % sections != 0) {
            throw new ArrayValueError("array split does not result in an equal division");
        }
        int each = n / sections;
        int extras = n % sections;
        List<NdArray> parts = new ArrayList<>();
        long start = 0;
        for (int i = 0; i < sections; i++) {
            long end = start + each + (i < extras ? 1 : 0);
            parts.add(part(a, ax, start, end));
            start = end;
        }
        return parts;
    }

    /** {@code split(a, indices, axis)}: the parts between the indices, which slice as Python slices do. */
    static List<NdArray> splitAt(NdArray a, long[] indices, int axis) {
        int ax = Shape.normalizeAxis(axis, a.ndim());
        List<NdArray> parts = new ArrayList<>();
        long start = 0;
        for (long index : indices) {
            parts.add(part(a, ax, start, index));
            start = index;
        }
        parts.add(part(a, ax, start, (long) a.shape[ax]));
        return parts;
    }

    private static NdArray part(NdArray a, int axis, long start, long end) {
        List<Index> index = new ArrayList<>();
        for (int d = 0; d < axis; d++) {
            index.add(Index.Slice.ALL);
        }
        index.add(new Index.Slice(start, end, null));
        return a.get(index);
    }

    /** The axis hsplit, vsplit or dsplit cut along, with NumPy's refusal of too few dimensions. */
    static int splitAxis(String function, NdArray a) {
        return switch (function) {
            case "hsplit" -> {
                if (a.ndim() == 0) {
                    throw new ArrayValueError("hsplit only works on arrays of 1 or more dimensions");
                }
                yield a.ndim() > 1 ? 1 : 0;
            }
            case "vsplit" -> {
                if (a.ndim() < 2) {
                    throw new ArrayValueError("vsplit only works on arrays of 2 or more dimensions");
                }
                yield 0;
            }
            case "dsplit" -> {
                if (a.ndim() < 3) {
                    throw new ArrayValueError("dsplit only works on arrays of 3 or more dimensions");
                }
                yield 2;
            }
            default -> throw new IllegalArgumentException(function);
        };
    }
}
