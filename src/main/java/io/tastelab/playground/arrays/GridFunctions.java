package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.Index;
import io.tastelab.array.NdArray;
import io.tastelab.playground.interp.BuiltinFunction;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code meshgrid} of {@code numpy} and {@code jax.numpy}: coordinate matrices from coordinate vectors. */
final class GridFunctions {

    private GridFunctions() {
    }

    static void register(Map<String, Value> f, ArrayNamespace ns) {
        f.put("meshgrid", new BuiltinFunction("meshgrid", (arguments, context) -> {
            String indexing = "xy";
            boolean sparse = false;
            for (Map.Entry<String, Value> keyword : arguments.keywords().entrySet()) {
                switch (keyword.getKey()) {
                    case "indexing" -> indexing = Py.toStr(keyword.getValue(), "indexing");
                    case "sparse" -> sparse = keyword.getValue().isTruthy();
                    case "copy" -> { } // the playground's grids are always copies
                    default -> throw PlaygroundError.typeError("meshgrid() got an unexpected keyword argument '"
                            + keyword.getKey() + "'");
                }
            }
            if (!indexing.equals("xy") && !indexing.equals("ij")) {
                throw PlaygroundError.valueError("Valid values for `indexing` are 'xy' and 'ij'.");
            }
            List<NdArray> vectors = new ArrayList<>();
            for (Value item : arguments.positional()) {
                vectors.add(Py.asArray(ns, item, "meshgrid").ravel());
            }
            boolean cartesian = indexing.equals("xy") && vectors.size() > 1;
            boolean sparseGrid = sparse;
            return new TupleValue(Py.guard(() -> meshgrid(ns, vectors, cartesian, sparseGrid)));
        }, null, false));
    }

    /**
     * Vector i varies along axis i of the grid, except that Cartesian ("xy") indexing swaps the first two axes;
     * a sparse grid keeps length 1 on the other axes instead of repeating.
     */
    private static List<Value> meshgrid(ArrayNamespace ns, List<NdArray> vectors, boolean cartesian, boolean sparse) {
        int n = vectors.size();
        int[] full = new int[n];
        for (int i = 0; i < n; i++) {
            full[axisOf(i, cartesian)] = vectors.get(i).shape()[0];
        }
        List<Value> grids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int[] shape = new int[n];
            java.util.Arrays.fill(shape, 1);
            shape[axisOf(i, cartesian)] = full[axisOf(i, cartesian)];
            NdArray vector = vectors.get(i).reshape(shape);
            if (sparse) {
                grids.add(ArrayValue.wrap(vector.copy()));
                continue;
            }
            NdArray grid = ns.zeros(full, vector.dtype());
            grid.set(List.of(Index.Ellipsis.INSTANCE), vector);
            grids.add(ArrayValue.wrap(grid));
        }
        return grids;
    }

    private static int axisOf(int i, boolean cartesian) {
        return cartesian && i < 2 ? 1 - i : i;
    }
}
