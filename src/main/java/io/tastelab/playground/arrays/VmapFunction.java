package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.Flavor;
import io.tastelab.array.Index;
import io.tastelab.array.NdArray;
import io.tastelab.array.Shape;
import io.tastelab.array.TraceGraph;
import io.tastelab.playground.interp.Arguments;
import io.tastelab.playground.interp.CallContext;
import io.tastelab.playground.interp.CallableValue;
import io.tastelab.playground.interp.FunctionValue;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.IterableValue;
import io.tastelab.playground.interp.ListValue;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code jax.vmap(f, in_axes=0, out_axes=0)}: calls {@code f} once per index of the mapped axis, on the slices of
 * the mapped arguments (the others passed whole), and stacks the results along {@code out_axes}. Correct for any
 * function the playground runs, at a cost of one call per slice where JAX traces once with a batch dimension; see
 * resources/decisions/playground-grad-and-vmap.md. Inside a trace ({@code jax.jit}, {@code jax.grad}) the slices
 * and the stack are traced ops, so vmap composes with both.
 */
final class VmapFunction implements CallableValue {

    private final Value function;
    private final Value inAxes;
    private final int outAxes;

    VmapFunction(Value[] a) {
        if (!(a[0] instanceof CallableValue)) {
            throw PlaygroundError.typeError("vmap requires a callable argument, got " + a[0].repr());
        }
        this.function = a[0];
        this.inAxes = a[1] == null ? IntValue.of(0) : a[1];
        if (!(inAxes instanceof IntValue || inAxes == NoneValue.INSTANCE || inAxes instanceof TupleValue
                || inAxes instanceof ListValue)) {
            throw PlaygroundError.valueError("vmap in_axes must be an int, None, or a tuple of entries corresponding "
                    + "to the positional arguments passed to the function, but got " + inAxes.repr() + ".");
        }
        this.outAxes = a[2] == null ? 0 : Py.toInt(a[2], "out_axes");
    }

    @Override
    public Value call(Arguments arguments, CallContext context) {
        List<Value> positional = arguments.positional();
        List<Integer> axes = axesFor(positional);
        int size = -1;
        int first = -1;
        for (int i = 0; i < positional.size(); i++) {
            Integer axis = axes.get(i);
            if (axis == null) {
                continue;
            }
            int[] shape = shapeOf(positional.get(i));
            if (shape.length == 0) {
                throw PlaygroundError.valueError("vmap was requested to map its argument along axis " + axis
                        + ", which implies that its rank should be at least 1, but is only 0 (its shape is ())");
            }
            int ax = Py.guard(() -> Shape.normalizeAxis(axis, shape.length));
            axes.set(i, ax);
            if (size < 0) {
                size = shape[ax];
                first = i;
            } else if (shape[ax] != size) {
                throw PlaygroundError.valueError("vmap got inconsistent sizes for array axes to be mapped:\n"
                        + "  * one axis had size " + size + ": axis " + axes.get(first) + " of args[" + first + "]"
                        + " of type " + abstractValue(positional.get(first)) + ";\n"
                        + "  * one axis had size " + shape[ax] + ": axis " + ax + " of args[" + i + "] of type "
                        + abstractValue(positional.get(i)));
            }
        }
        if (size < 0) {
            throw PlaygroundError.valueError("vmap must have at least one non-None value in in_axes");
        }
        if (size == 0) {
            throw PlaygroundError.valueError("the playground's vmap calls the function once per slice and cannot "
                    + "map an axis of size 0");
        }
        List<Value> results = new ArrayList<>(size);
        for (int index = 0; index < size; index++) {
            context.checkBudget();
            List<Value> sliced = new ArrayList<>(positional.size());
            for (int i = 0; i < positional.size(); i++) {
                Integer axis = axes.get(i);
                sliced.add(axis == null ? positional.get(i) : slice(positional.get(i), axis, index));
            }
            results.add(context.call(function, new Arguments(sliced, arguments.keywords())));
        }
        return stack(results);
    }

    private List<Integer> axesFor(List<Value> positional) {
        List<Integer> axes = new ArrayList<>();
        if (inAxes instanceof IterableValue sequence && !(inAxes instanceof IntValue)) {
            List<Value> items = sequence.items();
            if (items.size() != positional.size()) {
                throw PlaygroundError.valueError("vmap in_axes must be an int, None, or a tuple of entries "
                        + "corresponding to the positional arguments passed to the function, but got len(in_axes)="
                        + items.size() + ", len(args)=" + positional.size());
            }
            for (Value item : items) {
                axes.add(item == NoneValue.INSTANCE ? null : Py.toInt(item, "in_axes"));
            }
        } else {
            for (int i = 0; i < positional.size(); i++) {
                axes.add(inAxes == NoneValue.INSTANCE ? null : Py.toInt(inAxes, "in_axes"));
            }
        }
        return axes;
    }

    private static int[] shapeOf(Value value) {
        if (value instanceof TracerValue tracer) {
            return tracer.node().shape();
        }
        if (value instanceof KeyArrayValue keys) {
            return Py.toShape(keys.getAttribute("shape"));
        }
        return Py.asArray(ArrayNamespace.JAX, value, "vmap").shape();
    }

    private static String abstractValue(Value value) {
        if (value instanceof TracerValue tracer) {
            return tracer.node().abstractValue();
        }
        if (value instanceof KeyArrayValue keys) {
            return "key<fry>" + Shape.pythonTuple(shapeOf(keys)).replace("(", "[").replace(")", "]")
                    .replace(" ", "").replace(",]", "]");
        }
        NdArray array = Py.asArray(ArrayNamespace.JAX, value, "vmap");
        return array.dtype() + Shape.pythonTuple(array.shape()).replace("(", "[").replace(")", "]")
                .replace(" ", "").replace(",]", "]");
    }

    /** Entry {@code index} of {@code value} along {@code axis}: a view of an array, a traced op on a tracer. */
    private static Value slice(Value value, int axis, int index) {
        if (value instanceof KeyArrayValue keys) {
            // A typed key array maps over its keys (vmap(random.normal)(split(key, 3))).
            if (axis != 0) {
                throw PlaygroundError.valueError("the playground's vmap maps key arrays along axis 0 only");
            }
            return keys.getItem(IntValue.of(index));
        }
        if (value instanceof TracerValue tracer) {
            return new TracerValue(tracer.graph(), Py.guard(() -> tracer.graph().take(tracer.node(), axis, index)));
        }
        NdArray array = Py.asArray(ArrayNamespace.JAX, value, "vmap").withFlavor(Flavor.JAX);
        List<Index> items = new ArrayList<>();
        for (int d = 0; d < axis; d++) {
            items.add(Index.Slice.ALL);
        }
        items.add(new Index.Int(index));
        return new ArrayValue(Py.guard(() -> array.get(items)));
    }

    /** The per-slice results stacked along {@code out_axes}, position by position for tuple results. */
    private Value stack(List<Value> results) {
        Value first = results.getFirst();
        if (first instanceof TupleValue tuple) {
            List<Value> stacked = new ArrayList<>();
            for (int k = 0; k < tuple.items().size(); k++) {
                List<Value> column = new ArrayList<>();
                for (Value result : results) {
                    if (!(result instanceof TupleValue t) || t.items().size() != tuple.items().size()) {
                        throw PlaygroundError.valueError("vmap: the function returned results of different "
                                + "structures for different slices");
                    }
                    column.add(t.items().get(k));
                }
                stacked.add(stack(column));
            }
            return new TupleValue(stacked);
        }
        TracerValue tracer = (TracerValue) results.stream().filter(TracerValue.class::isInstance).findFirst()
                .orElse(null);
        if (tracer != null) {
            TraceGraph graph = tracer.graph();
            List<TraceGraph.Node> nodes = new ArrayList<>();
            for (Value result : results) {
                TraceGraph.Node node = TracerValue.operand(graph, result);
                if (node == null) {
                    throw PlaygroundError.typeError("vmap: the function must return arrays, not '"
                            + result.typeName() + "'");
                }
                nodes.add(node);
            }
            return new TracerValue(graph, Py.guard(() -> graph.stack(nodes, outAxes)));
        }
        List<NdArray> arrays = new ArrayList<>();
        for (Value result : results) {
            arrays.add(Py.asArray(ArrayNamespace.JAX, result, "vmap"));
        }
        return new ArrayValue(Py.guard(() -> ArrayNamespace.JAX.stack(arrays, outAxes)));
    }

    private String functionName() {
        return function instanceof FunctionValue f ? f.name() : "function";
    }

    @Override
    public String typeName() {
        return "function";
    }

    @Override
    public String repr() {
        return "<function vmap(" + functionName() + ")>";
    }
}
