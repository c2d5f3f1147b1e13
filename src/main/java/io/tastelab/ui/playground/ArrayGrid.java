package io.tastelab.ui.playground;

import io.tastelab.array.DType;
import io.tastelab.array.NdArray;
import io.tastelab.array.Shape;

import java.util.ArrayList;
import java.util.List;

/**
 * An array as the pane draws it: its shape and dtype, a value and a label for each cell, the range of the colour
 * scale, and which cells are "ghosts" (broadcast copies, drawn faded). Large axes are summarized as NumPy prints
 * them: the first and last {@link #EDGE_ITEMS} positions with a gap that says how many are hidden, so that only
 * what is shown is ever read (a 1000×1000 array costs about as much to draw as a 10×10 one).
 *
 * <p>A grid may be a broadcast view of another array ({@link #stretchedTo}): cell {@code (i, j)} of the view reads
 * the source cell that NumPy's broadcasting repeats there. Immutable; no JavaFX.
 */
public final class ArrayGrid {

    /** Positions shown at each end of a summarized axis. */
    public static final int EDGE_ITEMS = 5;
    /** Axes longer than this are summarized. */
    public static final int SUMMARIZE_ABOVE = 2 * EDGE_ITEMS + 2;
    /** Arrays up to this many elements set the colour scale from every value; larger ones from the shown ones. */
    private static final long FULL_SCALE_LIMIT = 4_000_000;

    private final NdArray source;
    private final int[] shape;
    private final int[] sourceShape;
    private final double min;
    private final double max;
    /** Per axis, positions that summarizing must keep visible (a slice's selected cells); empty sets if none. */
    private final List<java.util.SortedSet<Integer>> focus;

    /** At most this many focus positions per axis are kept visible (the first and last half of them). */
    static final int MAX_FOCUS = 12;

    private ArrayGrid(NdArray source, int[] shape) {
        this(source, shape, null);
    }

    private ArrayGrid(NdArray source, int[] shape, List<java.util.SortedSet<Integer>> focus) {
        this.source = source;
        this.shape = shape.clone();
        if (focus == null) {
            focus = new ArrayList<>();
            for (int axis = 0; axis < shape.length; axis++) {
                focus.add(new java.util.TreeSet<>());
            }
        }
        this.focus = focus;
        this.sourceShape = source.shape();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        if (source.size() <= FULL_SCALE_LIMIT) {
            for (double v : source.toDoubleArray()) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        } else {
            for (long[] index : shownIndices(sourceShape)) {
                double v = source.getDouble(index);
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        this.min = lo == Double.POSITIVE_INFINITY ? 0 : lo;
        this.max = hi == Double.NEGATIVE_INFINITY ? 0 : hi;
    }

    /** The grid of an array. */
    public static ArrayGrid of(NdArray array) {
        return new ArrayGrid(array, array.shape());
    }

    /**
     * This grid, with the cells at {@code flatPositions} kept visible when axes are summarized (so that a slice
     * of a 1000×1000 array shows its selected rows, not only the corners).
     */
    public ArrayGrid withFocus(long[] flatPositions) {
        List<java.util.SortedSet<Integer>> keep = new ArrayList<>();
        for (int axis = 0; axis < shape.length; axis++) {
            keep.add(new java.util.TreeSet<>());
        }
        for (long flat : flatPositions) {
            long rest = flat;
            for (int axis = shape.length - 1; axis >= 0; axis--) {
                keep.get(axis).add((int) (rest % shape[axis]));
                rest /= shape[axis];
            }
        }
        for (int axis = 0; axis < shape.length; axis++) {
            List<Integer> sorted = new ArrayList<>(keep.get(axis));
            if (sorted.size() > MAX_FOCUS) {
                java.util.SortedSet<Integer> capped = new java.util.TreeSet<>(sorted.subList(0, MAX_FOCUS / 2));
                capped.addAll(sorted.subList(sorted.size() - MAX_FOCUS / 2, sorted.size()));
                keep.set(axis, capped);
            }
        }
        return new ArrayGrid(source, shape, keep);
    }

    /**
     * The positions drawn along {@code axis}: NumPy's summary ({@link #shownPositions(int)}) plus the focus
     * positions; a negative entry {@code -n} is a gap hiding {@code n} positions.
     */
    public List<Integer> positions(int axis) {
        int length = shape[axis];
        if (length <= SUMMARIZE_ABOVE) {
            return shownPositions(length);
        }
        java.util.SortedSet<Integer> shown = new java.util.TreeSet<>(focus.get(axis));
        for (int i = 0; i < EDGE_ITEMS; i++) {
            shown.add(i);
            shown.add(length - 1 - i);
        }
        List<Integer> result = new ArrayList<>();
        int previous = -1;
        for (int position : shown) {
            if (position - previous > 1) {
                result.add(-(position - previous - 1));
            }
            result.add(position);
            previous = position;
        }
        return result;
    }

    /** This grid's source broadcast to {@code target} (which it must broadcast to): repeated cells are ghosts. */
    public ArrayGrid stretchedTo(int[] target) {
        return new ArrayGrid(source, target);
    }

    public int[] shape() {
        return shape.clone();
    }

    public int ndim() {
        return shape.length;
    }

    public long size() {
        return Shape.size(shape);
    }

    public DType dtype() {
        return source.dtype();
    }

    /** The array itself (for a stretched grid, the operand before stretching). */
    public NdArray array() {
        return source;
    }

    /**
     * {@code (3, 3) int32}: the label drawn beside the grid; {@code float32 weak} for JAX's weakly typed arrays,
     * whose dtype gives way in promotion (why {@code (x + 2.5) + float16} is float16).
     */
    public String label() {
        return Shape.pythonTuple(shape) + " " + source.dtype().numpyName() + (source.isWeaklyTyped() ? " weak" : "");
    }

    /** The smallest and largest finite values: the ends of the colour scale. */
    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** The value at {@code index} (of this grid's shape), as a double (booleans 0/1). */
    public double value(long... index) {
        return source.getDouble(sourceIndex(index));
    }

    /** The cell's text, short enough for a cell: ints in full, floats with 4 significant digits, bools T/F. */
    public String text(long... index) {
        DType dtype = source.dtype();
        double v = value(index);
        if (dtype.isBool()) {
            return v != 0 ? "T" : "F";
        }
        if (dtype.isIntegral()) {
            return Long.toString(source.getLong(sourceIndex(index)));
        }
        return formatFloat(v);
    }

    /** Where {@code v} sits on the colour scale, 0 to 1 (0.5 when all values are equal). */
    public double scaled(double v) {
        if (!Double.isFinite(v)) {
            return 0.5;
        }
        return max > min ? (v - min) / (max - min) : 0.5;
    }

    /** True for a broadcast copy: a cell whose source cell is shown elsewhere in the grid too. */
    public boolean isGhost(long... index) {
        int offset = shape.length - sourceShape.length;
        for (int axis = 0; axis < shape.length; axis++) {
            int sourceAxis = axis - offset;
            boolean repeated = sourceAxis < 0 || (sourceShape[sourceAxis] == 1 && shape[axis] > 1);
            if (repeated && index[axis] != 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether this grid repeats the source along {@code axis} (a stretched axis of length 1, or a new leading one). */
    public boolean isStretchedAxis(int axis) {
        int sourceAxis = axis - (shape.length - sourceShape.length);
        return shape[axis] > 1 && (sourceAxis < 0 || sourceShape[sourceAxis] == 1);
    }

    /** The C-order flat position of {@code index} in this grid's shape. */
    public long flat(long... index) {
        long flat = 0;
        for (int axis = 0; axis < shape.length; axis++) {
            flat = flat * shape[axis] + index[axis];
        }
        return flat;
    }

    private long[] sourceIndex(long[] index) {
        if (sourceShape.length == shape.length && java.util.Arrays.equals(sourceShape, shape)) {
            return index;
        }
        int offset = shape.length - sourceShape.length;
        long[] result = new long[sourceShape.length];
        for (int axis = 0; axis < sourceShape.length; axis++) {
            result[axis] = sourceShape[axis] == 1 ? 0 : index[axis + offset];
        }
        return result;
    }

    /**
     * The positions shown along an axis of {@code length}: all of them, or the first and last {@link #EDGE_ITEMS}
     * with a negative entry {@code -n} standing for the gap, which hides {@code n} positions.
     */
    public static List<Integer> shownPositions(int length) {
        List<Integer> shown = new ArrayList<>();
        if (length <= SUMMARIZE_ABOVE) {
            for (int i = 0; i < length; i++) {
                shown.add(i);
            }
            return shown;
        }
        for (int i = 0; i < EDGE_ITEMS; i++) {
            shown.add(i);
        }
        shown.add(-(length - 2 * EDGE_ITEMS));
        for (int i = length - EDGE_ITEMS; i < length; i++) {
            shown.add(i);
        }
        return shown;
    }

    /** How many positions the gap of a summarized axis hides (0 if the axis is shown whole). */
    public static int hiddenCount(int length) {
        return length <= SUMMARIZE_ABOVE ? 0 : length - 2 * EDGE_ITEMS;
    }

    /** Every index the summarized picture of {@code shape} shows. */
    static List<long[]> shownIndices(int[] shape) {
        List<long[]> result = new ArrayList<>();
        result.add(new long[shape.length]);
        for (int axis = 0; axis < shape.length; axis++) {
            List<long[]> next = new ArrayList<>();
            for (long[] prefix : result) {
                for (int position : shownPositions(shape[axis])) {
                    if (position >= 0) {
                        long[] index = prefix.clone();
                        index[axis] = position;
                        next.add(index);
                    }
                }
            }
            result = next;
        }
        return result;
    }

    static String formatFloat(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e5) {
            return String.format(java.util.Locale.ROOT, "%.1f", v);
        }
        double magnitude = Math.abs(v);
        if (magnitude >= 1e-3 && magnitude < 1e5) {
            String text = String.format(java.util.Locale.ROOT, "%.4g", v);
            return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", ".0") : text;
        }
        return String.format(java.util.Locale.ROOT, "%.2e", v);
    }

    /** The whole array as NumPy prints it, for "copy as text". */
    public String asText() {
        return source.toString();
    }
}
