package io.tastelab.ui.playground;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.DType;
import io.tastelab.array.Index;
import io.tastelab.array.NdArray;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.SliceValue;
import io.tastelab.playground.interp.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * Works out which cells {@code x[index]} selects, component by component.
 *
 * <p>The selection is not re-derived here: the engine indexes an array of flat positions
 * ({@code arange(x.size).reshape(x.shape)}) with the same index, so the picture shows exactly what the engine
 * (and NumPy) selects, in result order, including where advanced-index dimensions land.
 */
final class SliceAnalysis {

    private SliceAnalysis() {
    }

    static Picture.SlicePicture analyze(String title, NdArray x, NdArray result, List<Index> index, List<String> texts) {
        int[] shape = x.shape();
        NdArray positions = ArrayNamespace.NUMPY.arange(0L, x.size(), 1L, DType.INT64).reshape(shape);
        int consuming = 0;
        for (Index component : index) {
            consuming += axesConsumed(component);
        }
        List<Picture.IndexStep> steps = new ArrayList<>();
        boolean advanced = false;
        int axis = 0;
        for (int k = 0; k < index.size(); k++) {
            Index component = index.get(k);
            advanced |= component instanceof Index.Array;
            String text = k < texts.size() ? texts.get(k) : component.toString();
            String resolution = resolve(component, axis, shape, consuming);
            axis += component instanceof Index.Ellipsis ? Math.max(0, shape.length - consuming) : axesConsumed(component);
            long[] selected = positions.get(index.subList(0, k + 1)).toLongArray();
            steps.add(new Picture.IndexStep(text, resolution, selected));
        }
        if (steps.isEmpty()) {
            steps.add(new Picture.IndexStep("()", "empty index: the whole array", positions.toLongArray()));
        }
        // the final selection stays visible when x is summarized (earlier steps select supersets along its axes)
        long[] focus = steps.getLast().selected();
        return new Picture.SlicePicture(title, ArrayGrid.of(x).withFocus(focus), ArrayGrid.of(result), steps, advanced);
    }

    /** How many of x's axes a component uses up (NumPy: ints and slices one, masks their ndim, None and ... none). */
    static int axesConsumed(Index component) {
        return switch (component) {
            case Index.Int i -> 1;
            case Index.Slice s -> 1;
            case Index.Array a -> a.array().dtype().isBool() ? Math.max(a.array().ndim(), 0) : 1;
            default -> 0;
        };
    }

    /** The component in words, with slice bounds as Python's {@code slice.indices} resolves them. */
    static String resolve(Index component, int axis, int[] shape, int consuming) {
        return switch (component) {
            case Index.Int i -> {
                if (axis >= shape.length) {
                    yield "too many indices";
                }
                long n = shape[axis];
                long resolved = i.value() < 0 ? i.value() + n : i.value();
                yield "axis " + axis + ": index " + i.value() + (i.value() < 0 ? " = " + resolved : "")
                        + (resolved < 0 || resolved >= n ? " (out of bounds for size " + n + ")" : " of " + n)
                        + "; the axis is dropped";
            }
            case Index.Slice s -> {
                if (axis >= shape.length) {
                    yield "too many indices";
                }
                SliceValue.Bounds b = new SliceValue(bound(s.start()), bound(s.stop()), bound(s.step())).indices(shape[axis]);
                yield "axis " + axis + ": start " + b.start() + ", stop " + b.stop() + ", stride " + b.step()
                        + " (keeps " + b.length() + " of " + shape[axis] + ")";
            }
            case Index.Array a when a.array().dtype().isBool() -> {
                long count = 0;
                for (long v : a.array().toLongArray()) {
                    count += v != 0 ? 1 : 0;
                }
                int last = axis + a.array().ndim() - 1;
                yield (a.array().ndim() == 1 ? "axis " + axis : "axes " + axis + "–" + last) + ": boolean mask "
                        + a.array().shapeString() + " selects " + count + " cell" + (count == 1 ? "" : "s") + " (gathered in order)";
            }
            case Index.Array a -> "axis " + axis + ": gather at " + brief(a.array()) + " (integer array "
                    + a.array().shapeString() + ")";
            case Index.NewAxis n -> "None: a new axis of length 1";
            case Index.Ellipsis e -> {
                int spans = Math.max(0, shape.length - consuming);
                yield spans == 0 ? "...: no axes" : "...: axes " + axis + "–" + (axis + spans - 1) + " taken whole";
            }
            case Index.Bool b -> "bool " + b.value() + ": a new axis of length " + (b.value() ? 1 : 0);
        };
    }

    private static Value bound(Long value) {
        return value == null ? NoneValue.INSTANCE : IntValue.of(value);
    }

    private static String brief(NdArray a) {
        long[] values = a.toLongArray();
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < Math.min(values.length, 8); i++) {
            text.append(i == 0 ? "" : ", ").append(values[i]);
        }
        return text.append(values.length > 8 ? ", …]" : "]").toString();
    }
}
