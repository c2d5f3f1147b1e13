package io.tastelab.playground.interp;

import io.tastelab.playground.lang.BinaryOperator;
import io.tastelab.playground.lang.CompareOperator;
import io.tastelab.playground.lang.UnaryOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.stream.Collectors;

/**
 * A test stand-in for an array value: a 1-d vector of doubles that plugs into every extension point the array
 * layer will use (operators both ways, elementwise comparisons, subscripts, attributes, iteration, readiness).
 * With {@code immutable} it behaves like a JAX array: item assignment fails and {@code .at[i].set(v)} copies.
 */
final class FakeVector implements IterableValue, OperatorDispatch, SubscriptDispatch, AttributeDispatch, ReadyAwaitable {

    final double[] data;
    final boolean immutable;
    int readyWaits;

    FakeVector(double[] data, boolean immutable) {
        this.data = data;
        this.immutable = immutable;
    }

    @Override
    public String typeName() {
        return immutable ? "ArrayImpl" : "ndarray";
    }

    @Override
    public String repr() {
        String items = java.util.Arrays.stream(data).mapToObj(PythonFormat::floatRepr).collect(Collectors.joining(", "));
        return (immutable ? "Array([" : "array([") + items + "])";
    }

    @Override
    public boolean isTruthy() {
        if (data.length != 1) {
            throw PlaygroundError.valueError("The truth value of an array with more than one element is ambiguous. "
                    + "Use a.any() or a.all()");
        }
        return data[0] != 0;
    }

    @Override
    public long length() {
        return data.length;
    }

    @Override
    public List<Value> items() {
        List<Value> items = new ArrayList<>();
        for (double value : data) {
            items.add(new FloatValue(value));
        }
        return items;
    }

    @Override
    public Value binaryOp(BinaryOperator op, Value other, boolean reflected) {
        if (op == BinaryOperator.MATMUL && other instanceof FakeVector vector) {
            double sum = 0;
            for (int i = 0; i < data.length; i++) {
                sum += data[i] * vector.data[i];
            }
            return new FakeVector(new double[] {sum}, immutable);
        }
        DoubleBinaryOperator function = switch (op) {
            case ADD -> Double::sum;
            case SUBTRACT -> (a, b) -> a - b;
            case MULTIPLY -> (a, b) -> a * b;
            default -> null;
        };
        if (function == null) {
            return NotImplementedValue.INSTANCE;
        }
        double[] result = new double[data.length];
        for (int i = 0; i < data.length; i++) {
            double mine = data[i];
            double theirs;
            if (other instanceof FakeVector vector) {
                theirs = vector.data[i];
            } else if (other instanceof IntValue || other instanceof FloatValue || other instanceof BoolValue) {
                theirs = Operators.toDouble(other);
            } else {
                return NotImplementedValue.INSTANCE;
            }
            result[i] = reflected ? function.applyAsDouble(theirs, mine) : function.applyAsDouble(mine, theirs);
        }
        return new FakeVector(result, immutable);
    }

    @Override
    public Value inPlaceOp(BinaryOperator op, Value other) {
        if (immutable) {
            return NotImplementedValue.INSTANCE;
        }
        Value result = binaryOp(op, other, false);
        if (result instanceof FakeVector vector) {
            System.arraycopy(vector.data, 0, data, 0, data.length);
            return this;
        }
        return result;
    }

    @Override
    public Value compare(CompareOperator op, Value other) {
        double threshold = Operators.toDouble(other);
        double[] result = new double[data.length];
        for (int i = 0; i < data.length; i++) {
            boolean holds = switch (op) {
                case LESS -> data[i] < threshold;
                case GREATER -> data[i] > threshold;
                case EQUAL -> data[i] == threshold;
                default -> false;
            };
            result[i] = holds ? 1 : 0;
        }
        return new FakeVector(result, immutable);
    }

    @Override
    public Value unaryOp(UnaryOperator op) {
        return op == UnaryOperator.NEGATE ? binaryOp(BinaryOperator.MULTIPLY, IntValue.of(-1), false)
                : NotImplementedValue.INSTANCE;
    }

    @Override
    public Value getItem(Value index) {
        return new FloatValue(data[Sequences.position(index, data.length, "vector", "")]);
    }

    @Override
    public void setItem(Value index, Value value) {
        if (immutable) {
            throw PlaygroundError.typeError("JAX arrays are immutable; use x.at[idx].set(y) instead");
        }
        data[Sequences.position(index, data.length, "vector", "")] = Operators.toDouble(value);
    }

    @Override
    public Value getAttribute(String name) {
        return switch (name) {
            case "shape" -> TupleValue.of(IntValue.of(data.length));
            case "at" -> new AtHelper();
            case "block_until_ready" -> new BuiltinFunction("block_until_ready", (arguments, context) -> this, "Array");
            default -> null;
        };
    }

    @Override
    public void awaitReady() {
        readyWaits++;
    }

    /** {@code x.at}: subscripting gives an updater whose {@code set} returns a changed copy. */
    private final class AtHelper implements SubscriptDispatch {
        @Override
        public String typeName() {
            return "_IndexUpdateHelper";
        }

        @Override
        public String repr() {
            return "_IndexUpdateHelper";
        }

        @Override
        public Value getItem(Value index) {
            int position = Sequences.position(index, data.length, "vector", "");
            return new ModuleValue("_IndexUpdateRef", java.util.Map.of("set", new BuiltinFunction("set",
                    (arguments, context) -> {
                        double[] copy = data.clone();
                        copy[position] = Operators.toDouble(arguments.bind("set", List.of("values"), 1)[0]);
                        return new FakeVector(copy, immutable);
                    })));
        }
    }
}
