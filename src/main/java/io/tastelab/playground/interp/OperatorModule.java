package io.tastelab.playground.interp;

import io.tastelab.playground.lang.BinaryOperator;
import io.tastelab.playground.lang.CompareOperator;
import io.tastelab.playground.lang.UnaryOperator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code operator}: the operators as functions (for {@code functools.reduce}, {@code accumulate},
 * {@code sorted(key=...)}), and {@code itemgetter}, {@code attrgetter} and {@code methodcaller}. Each does exactly
 * what the operator does in the playground, with its errors.
 */
final class OperatorModule {

    private OperatorModule() {
    }

    static ModuleValue create() {
        Map<String, Value> attributes = new LinkedHashMap<>();
        binary(attributes, "add", BinaryOperator.ADD);
        binary(attributes, "sub", BinaryOperator.SUBTRACT);
        binary(attributes, "mul", BinaryOperator.MULTIPLY);
        binary(attributes, "truediv", BinaryOperator.TRUE_DIVIDE);
        binary(attributes, "floordiv", BinaryOperator.FLOOR_DIVIDE);
        binary(attributes, "mod", BinaryOperator.MODULO);
        binary(attributes, "pow", BinaryOperator.POWER);
        binary(attributes, "matmul", BinaryOperator.MATMUL);
        binary(attributes, "lshift", BinaryOperator.LEFT_SHIFT);
        binary(attributes, "rshift", BinaryOperator.RIGHT_SHIFT);
        binary(attributes, "and_", BinaryOperator.BIT_AND);
        binary(attributes, "or_", BinaryOperator.BIT_OR);
        binary(attributes, "xor", BinaryOperator.BIT_XOR);
        compare(attributes, "eq", CompareOperator.EQUAL);
        compare(attributes, "ne", CompareOperator.NOT_EQUAL);
        compare(attributes, "lt", CompareOperator.LESS);
        compare(attributes, "le", CompareOperator.LESS_EQUAL);
        compare(attributes, "gt", CompareOperator.GREATER);
        compare(attributes, "ge", CompareOperator.GREATER_EQUAL);
        unary(attributes, "neg", UnaryOperator.NEGATE);
        unary(attributes, "pos", UnaryOperator.PLUS);
        unary(attributes, "invert", UnaryOperator.INVERT);
        unary(attributes, "inv", UnaryOperator.INVERT);
        function(attributes, "not_", 1, (values, context) -> BoolValue.of(!values[0].isTruthy()));
        function(attributes, "truth", 1, (values, context) -> BoolValue.of(values[0].isTruthy()));
        function(attributes, "is_", 2, (values, context) -> BoolValue.of(Operators.identical(values[0], values[1])));
        function(attributes, "is_not", 2, (values, context) ->
                BoolValue.of(!Operators.identical(values[0], values[1])));
        function(attributes, "contains", 2, (values, context) ->
                Operators.compare(CompareOperator.IN, values[1], values[0]));
        function(attributes, "getitem", 2, (values, context) -> item(values[0], values[1]));
        function(attributes, "index", 1, (values, context) -> {
            BigInteger index = Values.asIndex(values[0]);
            if (index == null) {
                throw PlaygroundError.typeError("'" + values[0].typeName() + "' object cannot be interpreted as an "
                        + "integer");
            }
            return IntValue.of(index);
        });
        attributes.put("itemgetter", new TypeValue("operator.itemgetter", OperatorModule::itemgetter));
        attributes.put("attrgetter", new TypeValue("operator.attrgetter", OperatorModule::attrgetter));
        attributes.put("methodcaller", new TypeValue("operator.methodcaller", OperatorModule::methodcaller));
        return new ModuleValue("operator", attributes);
    }

    private interface Body {
        Value apply(Value[] values, CallContext context);
    }

    private static void function(Map<String, Value> attributes, String name, int arity, Body body) {
        attributes.put(name, new BuiltinFunction(name, (arguments, context) -> {
            if (!arguments.keywords().isEmpty()) {
                throw PlaygroundError.typeError(name + "() takes no keyword arguments");
            }
            if (arguments.size() != arity) {
                throw PlaygroundError.typeError(arity == 1
                        ? name + "() takes exactly one argument (" + arguments.size() + " given)"
                        : name + " expected " + arity + " arguments, got " + arguments.size());
            }
            return body.apply(arguments.positional().toArray(Value[]::new), context);
        }));
    }

    private static void binary(Map<String, Value> attributes, String name, BinaryOperator op) {
        function(attributes, name, 2, (values, context) -> Operators.binary(op, values[0], values[1],
                context.limits()));
    }

    private static void compare(Map<String, Value> attributes, String name, CompareOperator op) {
        function(attributes, name, 2, (values, context) -> Operators.compare(op, values[0], values[1]));
    }

    private static void unary(Map<String, Value> attributes, String name, UnaryOperator op) {
        function(attributes, name, 1, (values, context) -> Operators.unary(op, values[0]));
    }

    /** {@code object[index]}, with Python's error for objects that can't be subscripted. */
    private static Value item(Value object, Value index) {
        if (object instanceof SubscriptDispatch subscriptable) {
            return subscriptable.getItem(index);
        }
        throw PlaygroundError.typeError("'" + object.typeName() + "' object is not subscriptable");
    }

    /** {@code getattr(object, name)}, with Python's AttributeError. */
    private static Value attribute(Value object, String name) {
        Value found = object instanceof AttributeDispatch dispatch ? dispatch.getAttribute(name) : null;
        if (found == null) {
            throw PlaygroundError.attributeError("'" + object.typeName() + "' object has no attribute '" + name + "'");
        }
        return found;
    }

    private static String arguments(List<Value> values) {
        List<String> shown = new ArrayList<>();
        values.forEach(value -> shown.add(value.repr()));
        return String.join(", ", shown);
    }

    private static Value itemgetter(Arguments arguments, CallContext context) {
        if (!arguments.keywords().isEmpty()) {
            throw PlaygroundError.typeError("itemgetter() takes no keyword arguments");
        }
        List<Value> items = arguments.positional();
        if (items.isEmpty()) {
            throw PlaygroundError.typeError("itemgetter expected 1 argument, got 0");
        }
        return new Getter("operator.itemgetter(" + arguments(items) + ")", object -> {
            if (items.size() == 1) {
                return item(object, items.getFirst());
            }
            List<Value> picked = new ArrayList<>();
            items.forEach(index -> picked.add(item(object, index)));
            return new TupleValue(picked);
        });
    }

    private static Value attrgetter(Arguments arguments, CallContext context) {
        if (!arguments.keywords().isEmpty()) {
            throw PlaygroundError.typeError("attrgetter() takes no keyword arguments");
        }
        List<Value> names = arguments.positional();
        if (names.isEmpty()) {
            throw PlaygroundError.typeError("attrgetter expected 1 argument, got 0");
        }
        for (Value name : names) {
            if (!(name instanceof StrValue)) {
                throw PlaygroundError.typeError("attribute name must be a string");
            }
        }
        return new Getter("operator.attrgetter(" + arguments(names) + ")", object -> {
            List<Value> found = new ArrayList<>();
            for (Value name : names) {
                Value value = object;
                for (String part : ((StrValue) name).value().split("\\.", -1)) {
                    value = attribute(value, part);
                }
                found.add(value);
            }
            return found.size() == 1 ? found.getFirst() : new TupleValue(found);
        });
    }

    private static Value methodcaller(Arguments arguments, CallContext context) {
        if (arguments.positional().isEmpty()) {
            throw PlaygroundError.typeError("methodcaller needs at least one argument, the method name");
        }
        if (!(arguments.get(0) instanceof StrValue name)) {
            throw PlaygroundError.typeError("method name must be a string");
        }
        Arguments passed = new Arguments(arguments.positional().subList(1, arguments.size()), arguments.keywords());
        List<String> shown = new ArrayList<>();
        arguments.positional().forEach(value -> shown.add(value.repr()));
        arguments.keywords().forEach((key, value) -> shown.add(key + "=" + value.repr()));
        return new Getter("operator.methodcaller(" + String.join(", ", shown) + ")",
                object -> context.call(attribute(object, name.value()), passed));
    }

    /** What {@code itemgetter}, {@code attrgetter} and {@code methodcaller} return: called with one object. */
    private record Getter(String shown, java.util.function.Function<Value, Value> body) implements CallableValue {

        @Override
        public Value call(Arguments arguments, CallContext context) {
            if (!arguments.keywords().isEmpty()) {
                throw PlaygroundError.typeError(shown.substring("operator.".length(), shown.indexOf('('))
                        + "() takes no keyword arguments");
            }
            if (arguments.size() != 1) {
                throw PlaygroundError.typeError(shown.substring("operator.".length(), shown.indexOf('('))
                        + " expected 1 argument, got " + arguments.size());
            }
            return body.apply(arguments.get(0));
        }

        @Override
        public String typeName() {
            return shown.substring(0, shown.indexOf('('));
        }

        @Override
        public String repr() {
            return shown;
        }
    }
}
