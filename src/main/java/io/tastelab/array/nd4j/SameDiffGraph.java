package io.tastelab.array.nd4j;

import io.tastelab.array.DType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.listeners.At;
import org.nd4j.autodiff.listeners.BaseListener;
import org.nd4j.autodiff.listeners.Operation;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.autodiff.samediff.internal.SameDiffOp;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.OpContext;

/**
 * An ND4J SameDiff graph built op by op from the array layer's traced program ({@code io.tastelab.array.TraceGraph}),
 * then run on new inputs. Variables are referred to by small integer ids.
 *
 * <p>{@link #run} executes the ops itself, in the order they were added (an order in which every operand comes
 * before its use), each with the ND4J op SameDiff would run, or for float32 elementwise ops, where, tile and
 * transpose with {@link Float32GraphKernels}, which give the same bits. Why not SameDiff's own session
 * ({@link #runWithSameDiff}, kept as the reference the direct run is tested against): its bookkeeping cost about
 * 75 µs per op, and a graph with values computed outside it (host values) had to be run once per host value.
 *
 * <p>Not thread-safe: one graph is built and run by one thread at a time.
 */
public final class SameDiffGraph {

    private final SameDiff sameDiff = SameDiff.create();
    private final List<SDVariable> variables = new ArrayList<>();
    private final List<String> placeholders = new ArrayList<>();
    private final Map<Integer, int[]> hostShapes = new HashMap<>();
    /** How {@link #run} computes each variable, by id; null for a placeholder (fed). */
    private final List<Kernel> kernels = new ArrayList<>();
    /** Each variable's operands, by id: what a run needs before it. */
    private final List<int[]> operands = new ArrayList<>();
    /** Whether a variable's value is a new array of its own (an op's result), not a view or a fed or held array. */
    private final List<Boolean> fresh = new ArrayList<>();
    private final Map<String, Integer> idsByName = new HashMap<>();

    /** Computes one variable from the values computed before it (indexed by id). */
    @FunctionalInterface
    private interface Kernel {
        INDArray compute(INDArray[] values);
    }

    private int add(SDVariable variable) {
        return add(variable, null, true);
    }

    private int add(SDVariable variable, Kernel kernel, boolean newArray, int... inputs) {
        variables.add(variable);
        kernels.add(kernel != null ? kernel : nd4jOp(variable));
        operands.add(inputs.length > 0 || kernel != null ? inputs : operandsOf(variable));
        fresh.add(newArray);
        idsByName.put(variable.name(), variables.size() - 1);
        return variables.size() - 1;
    }

    /** The ids of the variables {@code variable}'s op reads, in the op's order. */
    private int[] operandsOf(SDVariable variable) {
        SDVariable[] args = variable.getCreator().args();
        int[] ids = new int[args.length];
        for (int i = 0; i < args.length; i++) {
            ids[i] = idsByName.get(args[i].name());
        }
        return ids;
    }

    /**
     * The custom op SameDiff made for {@code variable}, run on the operands' values with its own arguments: what
     * SameDiff's session does for it.
     */
    private Kernel nd4jOp(SDVariable variable) {
        org.nd4j.autodiff.functions.DifferentialFunction op = variable.getCreator();
        if (!(op instanceof org.nd4j.linalg.api.ops.DynamicCustomOp custom)) {
            throw new IllegalStateException("no direct kernel for ND4J op " + op.opName());
        }
        String name = custom.opName();
        long[] integers = custom.iArgs();
        double[] floats = custom.tArgs();
        boolean[] booleans = custom.bArgs();
        org.nd4j.linalg.api.buffer.DataType[] types = custom.dArgs();
        int[] inputs = operandsOf(variable);
        return values -> {
            INDArray[] in = new INDArray[inputs.length];
            for (int i = 0; i < in.length; i++) {
                in[i] = values[inputs[i]];
            }
            org.nd4j.linalg.api.ops.DynamicCustomOp call = new org.nd4j.linalg.api.ops.DynamicCustomOp(name, in,
                    new INDArray[0]);
            call.addIArgument(integers);
            call.addTArgument(floats);
            call.addBArgument(booleans);
            call.addDArgument(types);
            return org.nd4j.linalg.factory.Nd4j.exec(call)[0];
        };
    }

    private SDVariable v(int id) {
        return variables.get(id);
    }

    /** An input of the graph. */
    public int placeholder(DType dtype, int[] shape) {
        String name = "in" + placeholders.size();
        placeholders.add(name);
        return add(sameDiff.placeHolder(name, NdStorage.toNd4j(dtype), toLongs(shape)), values -> {
            throw new IllegalStateException("placeholder " + name + " not fed");
        }, false);
    }

    /**
     * A value computed outside ND4J while the graph runs: {@code compute} of float32 variable {@code input}. For
     * SameDiff it is a placeholder that is not one of the graph's inputs, fed by the caller (see
     * {@link #runWithSameDiff}); {@link #run} calls {@code compute} itself when the value is needed.
     */
    public int hostValue(DType dtype, int[] shape, int input, java.util.function.UnaryOperator<NdStorage> compute) {
        long[] longs = toLongs(shape);
        int id = add(sameDiff.placeHolder("host" + variables.size(), NdStorage.toNd4j(dtype), longs),
                values -> shaped(compute.apply(NdStorage.wrap(DType.FLOAT32, values[input], false)), shape), false,
                input);
        hostShapes.put(id, shape.clone());
        return id;
    }

    /** A constant: a contiguous run of {@code storage} reshaped to {@code shape}. */
    public int constant(NdStorage storage, int[] shape) {
        INDArray flat = storage.flat();
        INDArray value = (shape.length == 0 ? flat.reshape(new long[0]) : flat.reshape('c', toLongs(shape))).dup();
        return add(sameDiff.constant(value), values -> value, false);
    }

    /** A scalar constant of {@code dtype}. */
    public int scalar(DType dtype, double value) {
        SDVariable constant = sameDiff.constant("c" + variables.size(), NdStorage.toNd4j(dtype), value);
        INDArray held = constant.getArr();
        return add(constant, values -> held, false);
    }

    /**
     * {@code op} is one of add, sub, mul, div, max, min, lt, lte, gt, gte, eq, neq, floormod. Operands are one dtype.
     */
    public int binary(String op, int a, int b) {
        SDVariable x = v(a);
        SDVariable y = v(b);
        Kernel kernel = null;
        if (Float32GraphKernels.hasBinary(op) && x.dataType() == org.nd4j.linalg.api.buffer.DataType.FLOAT
                && y.dataType() == org.nd4j.linalg.api.buffer.DataType.FLOAT) {
            kernel = values -> Float32GraphKernels.binary(op, values[a], values[b]);
        }
        return add(switch (op) {
            case "add" -> x.add(y);
            case "sub" -> x.sub(y);
            case "mul" -> x.mul(y);
            case "div" -> x.div(y);
            case "max" -> sameDiff.math().max(x, y);
            case "min" -> sameDiff.math().min(x, y);
            case "lt" -> x.lt(y);
            case "lte" -> x.lte(y);
            case "gt" -> x.gt(y);
            case "gte" -> x.gte(y);
            case "eq" -> x.eq(y);
            case "neq" -> x.neq(y);
            case "floormod" -> sameDiff.math().floorMod(x, y);
            default -> throw new IllegalArgumentException("no SameDiff binary op " + op);
        }, kernel, true, a, b);
    }

    /** {@code op} is one of neg, abs, exp, log, sqrt, sin, cos, tanh. */
    public int unary(String op, int a) {
        SDVariable x = v(a);
        // ND4J's transforms are legacy ops (no custom op to rerun): the same op classes, run directly.
        java.util.function.UnaryOperator<INDArray> legacy = switch (op) {
            case "neg" -> in -> in.dataType() == org.nd4j.linalg.api.buffer.DataType.FLOAT
                    ? Float32GraphKernels.negate(in)
                    : exec(new org.nd4j.linalg.api.ops.impl.transforms.same.Negative(in, in.ulike()));
            case "abs" -> in -> exec(new org.nd4j.linalg.api.ops.impl.transforms.same.Abs(in, in.ulike()));
            case "exp" -> in -> exec(new org.nd4j.linalg.api.ops.impl.transforms.strict.Exp(in, in.ulike()));
            case "log" -> in -> exec(new org.nd4j.linalg.api.ops.impl.transforms.strict.Log(in, in.ulike()));
            case "sqrt" -> in -> exec(new org.nd4j.linalg.api.ops.impl.transforms.floating.Sqrt(in, in.ulike()));
            case "sin" -> in -> exec(new org.nd4j.linalg.api.ops.impl.transforms.strict.Sin(in, in.ulike()));
            case "cos" -> in -> exec(new org.nd4j.linalg.api.ops.impl.transforms.strict.Cos(in, in.ulike()));
            case "tanh" -> in -> exec(new org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh(in, in.ulike()));
            default -> throw new IllegalArgumentException("no SameDiff unary op " + op);
        };
        return add(switch (op) {
            case "neg" -> sameDiff.math().neg(x);
            case "abs" -> sameDiff.math().abs(x);
            case "exp" -> sameDiff.math().exp(x);
            case "log" -> sameDiff.math().log(x);
            case "sqrt" -> sameDiff.math().sqrt(x);
            case "sin" -> sameDiff.math().sin(x);
            case "cos" -> sameDiff.math().cos(x);
            case "tanh" -> sameDiff.math().tanh(x);
            default -> throw new IllegalArgumentException("no SameDiff unary op " + op);
        }, values -> legacy.apply(values[a]), true, a);
    }

    /** A 2-D matrix product. */
    public int matmul(int a, int b) {
        return add(sameDiff.mmul(v(a), v(b)));
    }

    /** {@code where(condition, x, y)} with operands of one shape. */
    public int where(int condition, int x, int y) {
        SDVariable variable = sameDiff.where(v(x), v(y), v(condition));
        if (v(x).dataType() != org.nd4j.linalg.api.buffer.DataType.FLOAT
                || v(y).dataType() != org.nd4j.linalg.api.buffer.DataType.FLOAT) {
            return add(variable);
        }
        return add(variable, values -> Float32GraphKernels.where(values[condition], values[x], values[y]), true,
                condition, x, y);
    }

    /** {@code op} is sum, mean, max or min over {@code axes} (all axes when empty). */
    public int reduce(String op, int a, boolean keepDims, int... axes) {
        SDVariable x = v(a);
        int[] dimensions = axes.clone();
        // ND4J's reductions are legacy ops: the same op classes, run directly, the result shaped as SameDiff's.
        java.util.function.UnaryOperator<INDArray> legacy = switch (op) {
            case "sum" -> in -> exec(new org.nd4j.linalg.api.ops.impl.reduce.same.Sum(in, keepDims, dimensions));
            case "mean" -> in -> exec(new org.nd4j.linalg.api.ops.impl.reduce.floating.Mean(in, keepDims,
                    dimensions));
            case "max" -> in -> exec(new org.nd4j.linalg.api.ops.impl.reduce.same.Max(in, keepDims, dimensions));
            case "min" -> in -> exec(new org.nd4j.linalg.api.ops.impl.reduce.same.Min(in, keepDims, dimensions));
            default -> throw new IllegalArgumentException("no SameDiff reduction " + op);
        };
        return add(switch (op) {
            case "sum" -> sameDiff.sum(x, keepDims, axes);
            case "mean" -> sameDiff.mean(x, keepDims, axes);
            case "max" -> sameDiff.max(x, keepDims, axes);
            case "min" -> sameDiff.min(x, keepDims, axes);
            default -> throw new IllegalArgumentException("no SameDiff reduction " + op);
        }, values -> reduced(legacy.apply(values[a]), values[a].shape(), keepDims, axes), true, a);
    }

    /** Repeats {@code a} {@code reps[d]} times along each axis (same rank). */
    public int tile(int a, int[] reps) {
        SDVariable variable = sameDiff.tile(v(a), reps);
        if (v(a).dataType() != org.nd4j.linalg.api.buffer.DataType.FLOAT) {
            return add(variable);
        }
        int[] repeats = reps.clone();
        return add(variable, values -> Float32GraphKernels.tile(values[a], repeats), true, a);
    }

    public int reshape(int a, int[] shape) {
        long[] longs = toLongs(shape);
        return add(sameDiff.reshape(v(a), longs), values -> values[a].reshape('c', longs), false, a);
    }

    public int permute(int a, int[] axes) {
        SDVariable variable = sameDiff.permute(v(a), axes);
        if (v(a).dataType() != org.nd4j.linalg.api.buffer.DataType.FLOAT) {
            return add(variable);
        }
        int[] order = axes.clone();
        return add(variable, values -> Float32GraphKernels.permute(values[a], order), true, a);
    }

    /** A new variable with {@code a}'s value. */
    public int identity(int a) {
        return add(sameDiff.identity(v(a)), values -> values[a], false, a);
    }

    /** The block of {@code a} that starts at {@code begin} and has {@code sizes}. */
    public int slice(int a, int[] begin, int[] sizes) {
        return add(sameDiff.slice(v(a), begin, sizes));
    }

    /** The entries of {@code a} at {@code indices} (each in range) along {@code axis}, in that order. */
    public int gather(int a, int[] indices, int axis) {
        int[] taken = indices.clone();
        // SameDiff holds the indices as a variable of its own; run directly, libnd4j's gather takes them as an input
        INDArray indexArray = org.nd4j.linalg.factory.Nd4j.createFromArray(taken);
        return add(sameDiff.gather(v(a), taken, axis), values -> org.nd4j.linalg.factory.Nd4j.exec(
                org.nd4j.linalg.api.ops.DynamicCustomOp.builder("gather").addInputs(values[a], indexArray)
                        .addIntegerArguments(axis).build())[0], true, a);
    }

    /** The values (of one rank, equal but for {@code axis}) joined along {@code axis}. */
    public int concat(int axis, int... values) {
        SDVariable[] items = new SDVariable[values.length];
        for (int i = 0; i < values.length; i++) {
            items[i] = v(values[i]);
        }
        return add(sameDiff.concat(axis, items));
    }

    /** The values stacked along a new axis {@code axis}. */
    public int stack(int axis, int... values) {
        SDVariable[] items = new SDVariable[values.length];
        for (int i = 0; i < values.length; i++) {
            items[i] = v(values[i]);
        }
        return add(sameDiff.stack(axis, items));
    }

    public int cast(int a, DType dtype) {
        org.nd4j.linalg.api.buffer.DataType to = NdStorage.toNd4j(dtype);
        SDVariable variable = v(a).castTo(to);
        if (!Float32GraphKernels.hasCast(v(a).dataType(), to)) {
            return add(variable);
        }
        return add(variable, values -> Float32GraphKernels.cast(values[a], to), true, a);
    }

    /** Runs a legacy op (its result array given) and returns the result. */
    private static INDArray exec(org.nd4j.linalg.api.ops.Op op) {
        if (op instanceof org.nd4j.linalg.api.ops.ReduceOp reduction) {
            return org.nd4j.linalg.factory.Nd4j.getExecutioner().exec(reduction);
        }
        org.nd4j.linalg.factory.Nd4j.getExecutioner().exec(op);
        return op.z();
    }

    /** A reduction's result in the shape SameDiff gives it: {@code keepDims} ones where axes were, else dropped. */
    private static INDArray reduced(INDArray result, long[] from, boolean keepDims, int[] axes) {
        List<Long> shape = new ArrayList<>();
        for (int d = 0; d < from.length; d++) {
            boolean reducedAxis = axes.length == 0;
            for (int axis : axes) {
                reducedAxis |= axis == d;
            }
            if (!reducedAxis) {
                shape.add(from[d]);
            } else if (keepDims) {
                shape.add(1L);
            }
        }
        long[] longs = shape.stream().mapToLong(Long::longValue).toArray();
        return java.util.Arrays.equals(result.shape(), longs) ? result : result.reshape('c', longs);
    }

    /**
     * Runs the graph: {@code inputs[i]} (contiguous runs of {@code inputShapes[i]}) feed placeholder {@code i}; each
     * op the {@code outputs} need runs once, in the order it was added, host values computed when reached. Returns
     * the contiguous run of each of {@code outputs}, converted to {@code outputTypes}. {@code checkpoint} runs before
     * each op; what it throws stops the run as is.
     */
    public NdStorage[] run(NdStorage[] inputs, int[][] inputShapes, int[] outputs, DType[] outputTypes,
            Runnable checkpoint) {
        int count = variables.size();
        boolean[] needed = new boolean[count];
        for (int output : outputs) {
            needed[output] = true;
        }
        for (int id = count - 1; id >= 0; id--) {
            if (needed[id]) {
                for (int operand : operands.get(id)) {
                    needed[operand] = true;
                }
            }
        }
        INDArray[] values = new INDArray[count];
        for (int i = 0; i < inputs.length; i++) {
            values[idsByName.get(placeholders.get(i))] = shaped(inputs[i], inputShapes[i]);
        }
        for (int id = 0; id < count; id++) {
            if (!needed[id] || values[id] != null) {
                continue;
            }
            // An op, whether ND4J computes it or the host (jnp's exp, log, tanh): each may be the one Cancel stops.
            if (variables.get(id).getVariableType() == VariableType.ARRAY || hostShapes.containsKey(id)) {
                checkpoint.run();
            }
            values[id] = kernels.get(id).compute(values);
        }
        NdStorage[] out = new NdStorage[outputs.length];
        java.util.Set<Integer> handedOut = new java.util.HashSet<>();
        boolean anyView = false;
        for (int output : outputs) {
            anyView |= !fresh.get(output);
        }
        for (int i = 0; i < outputs.length; i++) {
            // A new array nothing else holds is the caller's alone (release may free it); views, fed and held
            // arrays, and an array handed out twice, are left to the collector.
            boolean own = fresh.get(outputs[i]) && !anyView && handedOut.add(outputs[i]);
            out[i] = NdStorage.wrap(outputTypes[i], values[outputs[i]], own);
        }
        return out;
    }

    /**
     * {@link #run}'s result computed by SameDiff's own session, the reference the direct run is tested against:
     * {@code hostValues} feed the {@link #hostValue} variables by id (only those the outputs need).
     */
    public NdStorage[] runWithSameDiff(NdStorage[] inputs, int[][] inputShapes, Map<Integer, NdStorage> hostValues, int[] outputs,
            DType[] outputTypes, Runnable checkpoint) {
        Map<String, INDArray> feeds = new HashMap<>();
        for (int i = 0; i < inputs.length; i++) {
            feeds.put(placeholders.get(i), shaped(inputs[i], inputShapes[i]));
        }
        for (Map.Entry<Integer, NdStorage> host : hostValues.entrySet()) {
            feeds.put(v(host.getKey()).name(), shaped(host.getValue(), hostShapes.get(host.getKey())));
        }
        String[] names = new String[outputs.length];
        for (int i = 0; i < outputs.length; i++) {
            names[i] = v(outputs[i]).name();
        }
        CheckpointListener listener = new CheckpointListener(checkpoint);
        Map<String, INDArray> results;
        try {
            results = sameDiff.output(feeds, List.of(listener), names);
        } catch (RuntimeException e) {
            // SameDiff may wrap what the listener threw; the caller wants its own exception (Cancel, time limit).
            throw listener.stopped != null ? listener.stopped : e;
        }
        NdStorage[] out = new NdStorage[outputs.length];
        for (int i = 0; i < outputs.length; i++) {
            // An op's output is a new array, ours alone; a constant or placeholder returned as is belongs to the graph.
            boolean opOutput = v(outputs[i]).getVariableType() == VariableType.ARRAY;
            out[i] = NdStorage.wrap(outputTypes[i], results.get(names[i]), opOutput);
        }
        return out;
    }

    private static INDArray shaped(NdStorage storage, int[] shape) {
        INDArray flat = storage.flat();
        return shape.length == 0 ? flat.reshape(new long[0]) : flat.reshape('c', toLongs(shape));
    }

    private static long[] toLongs(int[] shape) {
        long[] out = new long[shape.length];
        for (int i = 0; i < shape.length; i++) {
            out[i] = shape[i];
        }
        return out;
    }

    /** Calls the checkpoint before each op, keeping what it threw. */
    private static final class CheckpointListener extends BaseListener {

        private final Runnable checkpoint;
        private RuntimeException stopped;

        CheckpointListener(Runnable checkpoint) {
            this.checkpoint = checkpoint;
        }

        @Override
        public boolean isActive(Operation operation) {
            return true;
        }

        @Override
        public void preOpExecution(SameDiff sd, At at, SameDiffOp op, OpContext opContext) {
            try {
                checkpoint.run();
            } catch (RuntimeException e) {
                stopped = e;
                throw e;
            }
        }
    }
}
