package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.DType;
import io.tastelab.array.NdArray;
import io.tastelab.array.Shape;
import io.tastelab.playground.interp.FloatValue;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * The array plumbing both {@code RandomState} and {@code Generator} share, as NumPy's {@code _common.pyx} does for
 * them: {@code size} to a shape, draws filled in C order, float parameters broadcast against each other and
 * against {@code size} ({@code cont}), and the {@code CONS_NON_NEGATIVE} check of a scale.
 */
final class Samples {
    private static final ArrayNamespace NP = ArrayNamespace.NUMPY;

    private Samples() {
    }

    /** None for one value, else the shape an int or tuple names. */
    static int[] shape(Value size) {
        return size == null || size == NoneValue.INSTANCE ? null : Py.toShape(size);
    }

    static Value doubles(int[] shape, DoubleSupplier draw) {
        return doubles(shape, DType.FLOAT64, draw);
    }

    /**
     * Draws for {@code size}: a Python float for none (NumPy gives one even for float32 draws), else an array of
     * {@code dtype} (float64, or float32 whose draws are floats already) filled in C order.
     */
    static Value doubles(int[] shape, DType dtype, DoubleSupplier draw) {
        if (shape == null) {
            return new FloatValue(draw.getAsDouble());
        }
        checkShape(shape);
        int n = (int) Shape.size(shape);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = draw.getAsDouble();
        }
        return new ArrayValue(filled(values, shape, dtype));
    }

    static void checkShape(int[] shape) {
        for (int d : shape) {
            if (d < 0) {
                throw PlaygroundError.valueError("negative dimensions are not allowed");
            }
        }
        if (Shape.checkedSize(shape) > Integer.MAX_VALUE - 8) {
            throw PlaygroundError.memoryError("the playground cannot hold an array of shape "
                    + Shape.pythonTuple(shape));
        }
    }

    static NdArray filled(double[] values, int[] shape) {
        return filled(values, shape, DType.FLOAT64);
    }

    static NdArray filled(double[] values, int[] shape, DType dtype) {
        List<Object> items = new ArrayList<>(values.length);
        for (double v : values) {
            items.add(v);
        }
        return NP.array(items, dtype).reshape(shape);
    }

    /** A float parameter: a number, or an array of them (broadcast against the others). */
    static NdArray parameter(Value value, double otherwise, String what) {
        if (value == null) {
            return NP.array(otherwise, DType.FLOAT64);
        }
        return Py.realFloat64(Py.asArray(NP, value, what));
    }

    /**
     * cont(): a scalar for scalar parameters and no size; otherwise an array of the size (or the parameters'
     * broadcast shape), each element drawn in C order from its own broadcast parameters.
     */
    static Value continuous(int[] size, NdArray first, NdArray second, Draw2 draw) {
        if (first.ndim() == 0 && second.ndim() == 0) {
            double a = first.toDoubleArray()[0];
            double b = second.toDoubleArray()[0];
            return doubles(size, () -> draw.draw(a, b));
        }
        int[] broadcast = Py.guard(() -> Shape.broadcast(first.shape(), second.shape()));
        int[] shape = size == null ? broadcast : size;
        if (size != null) {
            checkShape(size);
            int[] all = Py.guard(() -> Shape.broadcast(size, broadcast));
            if (!java.util.Arrays.equals(all, size)) {
                throw PlaygroundError.valueError("shape mismatch: objects cannot be broadcast to a single shape.  "
                        + "Mismatch is between arg 0 with shape " + Shape.pythonTuple(size) + " and arg 1 with shape "
                        + Shape.pythonTuple(broadcast) + ".");
            }
        }
        double[] a = spread(first, shape);
        double[] b = spread(second, shape);
        double[] values = new double[a.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = draw.draw(a[i], b[i]);
        }
        return new ArrayValue(filled(values, shape));
    }

    /** The parameter's values broadcast to {@code shape}, in C order. */
    static double[] spread(NdArray parameter, int[] shape) {
        return Py.guard(() -> NP.add(NP.zeros(shape, DType.FLOAT64), parameter)).toDoubleArray();
    }

    @FunctionalInterface
    interface Draw2 {
        double draw(double a, double b);
    }

    /** CONS_NON_NEGATIVE: no negative scale (-0.0 counts as negative, NaN passes), as NumPy checks it. */
    static void checkScale(NdArray scale) {
        checkNonNegative(scale, "scale");
    }

    /** CONS_NON_NEGATIVE for the parameter {@code name}: -0.0 counts as negative, NaN passes. */
    static void checkNonNegative(NdArray parameter, String name) {
        for (double s : parameter.toDoubleArray()) {
            if (!Double.isNaN(s) && (s < 0 || s == 0 && 1 / s < 0)) {
                throw PlaygroundError.valueError(name + " < 0");
            }
        }
    }
}
