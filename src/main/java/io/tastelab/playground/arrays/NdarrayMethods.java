package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.Index;
import io.tastelab.array.NdArray;
import io.tastelab.array.Shape;
import io.tastelab.playground.interp.BuiltinFunction;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import java.util.List;

/** NumPy-only ndarray methods about memory: {@code view()} and the in-place {@code resize}. */
final class NdarrayMethods {

    private NdarrayMethods() {
    }

    static BuiltinFunction method(ArrayValue self, String name, String owner) {
        return switch (name) {
            case "view" -> Fn.method(name, owner, List.of("dtype", "type"), 0, (a, c) -> {
                if (a[0] != null && a[0] != NoneValue.INSTANCE || a[1] != null && a[1] != NoneValue.INSTANCE) {
                    throw PlaygroundError.typeError("view(): the playground makes views of the same dtype only");
                }
                return self.view(Py.guard(() -> self.array().get(List.of(Index.Ellipsis.INSTANCE))));
            });
            case "resize" -> new BuiltinFunction(name, (arguments, context) -> {
                for (String keyword : arguments.keywords().keySet()) {
                    if (!keyword.equals("refcheck")) {
                        throw PlaygroundError.typeError("'" + keyword + "' is an invalid keyword argument for this "
                                + "function");
                    }
                }
                List<Value> positional = arguments.positional();
                if (positional.isEmpty() || positional.size() == 1 && positional.getFirst() == NoneValue.INSTANCE) {
                    return NoneValue.INSTANCE; // NumPy: a.resize() leaves the array as it is
                }
                int[] shape = positional.size() == 1 ? Py.toShape(positional.getFirst())
                        : Py.toShape(new TupleValue(positional));
                resize(self, shape);
                return NoneValue.INSTANCE;
            }, owner);
            default -> throw new IllegalArgumentException(name);
        };
    }

    /**
     * {@code a.resize(shape)}: NumPy's in-place resize. The elements are kept in C order; a larger array is
     * filled with zeros (where {@code np.resize} repeats). A view cannot be resized, since it does not own its
     * memory. NumPy's reference check (refusing an array that other names or views still see) needs Python's
     * reference counts, which the playground does not keep; it resizes as {@code refcheck=False} does.
     */
    private static void resize(ArrayValue self, int[] shape) {
        NdArray old = self.array();
        // NumPy resizes the memory as it lies: C order, or Fortran order for a transposed array
        boolean fortran = !old.isCContiguous();
        if (fortran && !old.T().isCContiguous()) {
            throw PlaygroundError.valueError("resize only works on single-segment arrays");
        }
        for (int d : shape) {
            if (d < 0) {
                throw PlaygroundError.valueError("negative dimensions not allowed");
            }
        }
        long newSize = Shape.size(shape);
        if (newSize != old.size() && self.base() != null) {
            throw PlaygroundError.valueError("cannot resize this array: it does not own its data");
        }
        NdArray memory = fortran ? old.T().ravel() : old.ravel();
        long kept = Math.min(newSize, old.size());
        NdArray resized = Py.guard(() -> {
            NdArray flat = memory;
            if (newSize != old.size()) { // a same-size resize only changes the shape: a view stays a view
                flat = ArrayNamespace.NUMPY.zeros(new int[] {(int) newSize}, old.dtype());
                if (kept > 0) {
                    flat.set(List.of(new Index.Slice(0L, kept, null)),
                            memory.get(List.of(new Index.Slice(0L, kept, null))));
                }
            }
            if (!fortran) {
                return flat.reshape(shape);
            }
            int[] reversed = new int[shape.length];
            for (int k = 0; k < shape.length; k++) {
                reversed[k] = shape[shape.length - 1 - k];
            }
            return flat.reshape(reversed).T();
        });
        self.resizeInPlace(resized);
    }
}
