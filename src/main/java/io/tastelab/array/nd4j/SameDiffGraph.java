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
 * then run on new inputs. Variables are referred to by small integer ids. ND4J 1.0.0-M2.1 executes the graph
 * op by op (no fusion), so a run costs about what the same ops cost eagerly.
 *
 * <p>Not thread-safe: one graph is built and run by one thread at a time.
 */
public final class SameDiffGraph {

    private final SameDiff sameDiff = SameDiff.create();
    private final List<SDVariable> variables = new ArrayList<>();
    private final List<String> placeholders = new ArrayList<>();
    private final Map<Integer, int[]> hostShapes = new HashMap<>();

    private int add(SDVariable variable) {
        variables.add(variable);
        return variables.size() - 1;
    }

    private SDVariable v(int id) {
        return variables.get(id);
    }

    /** An input of the graph. */
    public int placeholder(DType dtype, int[] shape) {
        String name = "in" + placeholders.size();
        placeholders.add(name);
        return add(sameDiff.placeHolder(name, NdStorage.toNd4j(dtype), toLongs(shape)));
    }

    /**
     * A value computed outside the graph while it runs (see {@link #run}): a placeholder that is not one of the
     * graph's inputs.
     */
    public int hostValue(DType dtype, int[] shape) {
        int id = add(sameDiff.placeHolder("host" + variables.size(), NdStorage.toNd4j(dtype), toLongs(shape)));
        hostShapes.put(id, shape.clone());
        return id;
    }

    /** A constant: a contiguous run of {@code storage} reshaped to {@code shape}. */
    public int constant(NdStorage storage, int[] shape) {
        INDArray flat = storage.flat();
        INDArray value = shape.length == 0 ? flat.reshape(new long[0]) : flat.reshape('c', toLongs(shape));
        return add(sameDiff.constant(value.dup()));
    }

    /** A scalar constant of {@code dtype}. */
    public int scalar(DType dtype, double value) {
        return add(sameDiff.constant("c" + variables.size(), NdStorage.toNd4j(dtype), value));
    }

    /**
     * {@code op} is one of add, sub, mul, div, max, min, lt, lte, gt, gte, eq, neq, floormod. Operands are one dtype.
     */
    public int binary(String op, int a, int b) {
        SDVariable x = v(a);
        SDVariable y = v(b);
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
        });
    }

    /** {@code op} is one of neg, abs, exp, log, sqrt, sin, cos, tanh. */
    public int unary(String op, int a) {
        SDVariable x = v(a);
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
        });
    }

    /** A 2-D matrix product. */
    public int matmul(int a, int b) {
        return add(sameDiff.mmul(v(a), v(b)));
    }

    /** {@code where(condition, x, y)} with operands of one shape. */
    public int where(int condition, int x, int y) {
        return add(sameDiff.where(v(x), v(y), v(condition)));
    }

    /** {@code op} is sum, mean, max or min over {@code axes} (all axes when empty). */
    public int reduce(String op, int a, boolean keepDims, int... axes) {
        SDVariable x = v(a);
        return add(switch (op) {
            case "sum" -> sameDiff.sum(x, keepDims, axes);
            case "mean" -> sameDiff.mean(x, keepDims, axes);
            case "max" -> sameDiff.max(x, keepDims, axes);
            case "min" -> sameDiff.min(x, keepDims, axes);
            default -> throw new IllegalArgumentException("no SameDiff reduction " + op);
        });
    }

    /** Repeats {@code a} {@code reps[d]} times along each axis (same rank). */
    public int tile(int a, int[] reps) {
        return add(sameDiff.tile(v(a), reps));
    }

    public int reshape(int a, int[] shape) {
        return add(sameDiff.reshape(v(a), toLongs(shape)));
    }

    public int permute(int a, int[] axes) {
        return add(sameDiff.permute(v(a), axes));
    }

    /** A new variable with {@code a}'s value. */
    public int identity(int a) {
        return add(sameDiff.identity(v(a)));
    }

    /** The block of {@code a} that starts at {@code begin} and has {@code sizes}. */
    public int slice(int a, int[] begin, int[] sizes) {
        return add(sameDiff.slice(v(a), begin, sizes));
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
        return add(v(a).castTo(NdStorage.toNd4j(dtype)));
    }

    /**
     * Runs the graph: {@code inputs[i]} (contiguous runs) feed placeholder {@code i}, {@code hostValues} the
     * {@link #hostValue} variables by id (only those the outputs need); returns the contiguous run of each of
     * {@code outputs}, converted to {@code outputTypes}. {@code checkpoint} runs before each op; what it throws
     * stops the run and is rethrown as is.
     */
    public NdStorage[] run(NdStorage[] inputs, int[][] inputShapes, Map<Integer, NdStorage> hostValues, int[] outputs,
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
