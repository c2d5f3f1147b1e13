package io.tastelab.playground.interp;

import io.tastelab.playground.lang.CompareOperator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Python's builtins that iterate: {@code zip}, {@code enumerate}, {@code map}, {@code filter}, {@code reversed},
 * {@code iter}/{@code next} (lazy, one-pass {@link IteratorValue}s, as in Python 3), {@code sorted}, {@code any},
 * {@code all}, and the {@code dict}, {@code set} and {@code slice} constructors.
 */
final class IterationBuiltins {

    static final TypeValue DICT = new TypeValue("dict", IterationBuiltins::dict);
    static final TypeValue SET = new TypeValue("set", (arguments, context) -> {
        Value[] slots = arguments.bind("set", List.of("iterable"), 0);
        return slots[0] == null ? new SetValue() : new SetValue(Iteration.toList(slots[0], context.limits()));
    });
    static final TypeValue COMPLEX = new TypeValue("complex", ComplexValue::construct);
    static final TypeValue SLICE = new TypeValue("slice", IterationBuiltins::slice);

    private IterationBuiltins() {
    }

    static void addTo(Map<String, Value> builtins) {
        builtins.put("dict", DICT);
        builtins.put("set", SET);
        builtins.put("complex", COMPLEX);
        builtins.put("slice", SLICE);
        builtins.put("Ellipsis", EllipsisValue.INSTANCE);
        for (String exception : ExceptionValue.BUILTIN_TYPES) {
            builtins.put(exception, ExceptionValue.typeObject(exception));
        }
        add(builtins, "zip", IterationBuiltins::zip);
        add(builtins, "enumerate", (arguments, context) -> {
            Value[] slots = arguments.bind("enumerate", List.of("iterable", "start"), 1);
            BigInteger start = slots[1] == null ? BigInteger.ZERO : Sequences.asIndex(slots[1]);
            if (start == null) {
                throw PlaygroundError.typeError("'" + slots[1].typeName() + "' object cannot be interpreted as an "
                        + "integer");
            }
            Iterator<Value> source = Iteration.iterator(slots[0]);
            return new IteratorValue("enumerate", "enumerate object", new Iterator<>() {
                private BigInteger count = start;

                @Override
                public boolean hasNext() {
                    return source.hasNext();
                }

                @Override
                public Value next() {
                    Value item = TupleValue.of(IntValue.of(count), source.next());
                    count = count.add(BigInteger.ONE);
                    return item;
                }
            });
        });
        add(builtins, "map", (arguments, context) -> {
            noKeywords("map", arguments);
            if (arguments.size() < 2) {
                throw PlaygroundError.typeError("map() must have at least two arguments.");
            }
            Value function = arguments.get(0);
            List<Iterator<Value>> sources = iterators(arguments.positional().subList(1, arguments.size()));
            return new IteratorValue("map", "map object", mapped(sources,
                    items -> context.call(function, new Arguments(items, Map.of()))));
        });
        add(builtins, "filter", (arguments, context) -> {
            noKeywords("filter", arguments);
            Value[] slots = arguments.bind("filter", List.of("function", "iterable"), 2);
            Value function = slots[0];
            Iterator<Value> source = Iteration.iterator(slots[1]);
            return new IteratorValue("filter", "filter object", filtered(source, item -> {
                Value verdict = function == NoneValue.INSTANCE ? item : context.call(function, Arguments.of(item));
                return verdict.isTruthy();
            }));
        });
        add(builtins, "reversed", (arguments, context) -> {
            Value sequence = arguments.bind("reversed", List.of("sequence"), 1)[0];
            if (!(sequence instanceof IterableValue) || sequence instanceof IteratorValue
                    || sequence instanceof SetValue) {
                throw PlaygroundError.typeError("'" + sequence.typeName() + "' object is not reversible");
            }
            List<Value> items = new ArrayList<>(Iteration.toList(sequence, context.limits()));
            Collections.reverse(items);
            String name = sequence instanceof ListValue ? "list_reverseiterator" : "reversed";
            return new IteratorValue(name, name + " object", items.iterator());
        });
        add(builtins, "iter", (arguments, context) -> {
            Value iterable = arguments.bind("iter", List.of("object"), 1)[0];
            if (iterable instanceof IteratorValue) {
                return iterable;
            }
            String name = iterable.typeName() + "_iterator";
            return new IteratorValue(name, name + " object", Iteration.iterator(iterable));
        });
        add(builtins, "next", (arguments, context) -> {
            Value[] slots = arguments.bind("next", List.of("iterator", "default"), 1);
            if (!(slots[0] instanceof IteratorValue iterator)) {
                throw PlaygroundError.typeError("'" + slots[0].typeName() + "' object is not an iterator");
            }
            Value next = iterator.next();
            if (next != null) {
                return next;
            }
            if (slots[1] != null) {
                return slots[1];
            }
            if (iterator instanceof GeneratorValue generator) {
                throw generator.stopIteration(); // carries the body's return value
            }
            throw PlaygroundError.of("StopIteration", "");
        });
        add(builtins, "sorted", (arguments, context) -> {
            if (arguments.size() != 1) {
                throw PlaygroundError.typeError("sorted expected 1 argument, got " + arguments.size());
            }
            List<Value> items = new ArrayList<>(Iteration.toList(arguments.get(0), context.limits()));
            sort(items, new Arguments(List.of(), arguments.keywords()), "sort", context);
            return new ListValue(items);
        });
        add(builtins, "getattr", (arguments, context) -> {
            Value[] slots = arguments.bind("getattr", List.of("object", "name", "default"), 2);
            if (!(slots[1] instanceof StrValue name)) {
                throw PlaygroundError.typeError("attribute name must be string, not '" + slots[1].typeName() + "'");
            }
            Value found = slots[0] instanceof AttributeDispatch dispatch ? dispatch.getAttribute(name.value()) : null;
            if (found != null) {
                return found;
            }
            if (slots[2] != null) {
                return slots[2];
            }
            throw PlaygroundError.attributeError(slots[0] instanceof ModuleValue module
                    ? "module '" + module.name() + "' has no attribute '" + name.value() + "'"
                    : "'" + slots[0].typeName() + "' object has no attribute '" + name.value() + "'");
        });
        add(builtins, "hasattr", (arguments, context) -> {
            Value[] slots = arguments.bind("hasattr", List.of("obj", "name"), 2);
            if (!(slots[1] instanceof StrValue name)) {
                throw PlaygroundError.typeError("attribute name must be string, not '" + slots[1].typeName() + "'");
            }
            return BoolValue.of(slots[0] instanceof AttributeDispatch dispatch
                    && dispatch.getAttribute(name.value()) != null);
        });
        add(builtins, "callable", (arguments, context) -> {
            Value object = arguments.bind("callable", List.of("obj"), 1)[0];
            return BoolValue.of(object instanceof InstanceValue instance ? instance.isCallable()
                    : object instanceof CallableValue || object instanceof ClassValue);
        });
        add(builtins, "any", (arguments, context) -> {
            Iterator<Value> items = Iteration.iterator(arguments.bind("any", List.of("iterable"), 1)[0]);
            while (items.hasNext()) {
                if (items.next().isTruthy()) {
                    return BoolValue.TRUE;
                }
                context.checkBudget();
            }
            return BoolValue.FALSE;
        });
        add(builtins, "all", (arguments, context) -> {
            Iterator<Value> items = Iteration.iterator(arguments.bind("all", List.of("iterable"), 1)[0]);
            while (items.hasNext()) {
                if (!items.next().isTruthy()) {
                    return BoolValue.FALSE;
                }
                context.checkBudget();
            }
            return BoolValue.TRUE;
        });
    }

    private static void add(Map<String, Value> builtins, String name, BuiltinFunction.Body body) {
        builtins.put(name, new BuiltinFunction(name, body));
    }

    private static void noKeywords(String name, Arguments arguments) {
        if (!arguments.keywords().isEmpty()) {
            throw PlaygroundError.typeError(name + "() takes no keyword arguments");
        }
    }

    private static List<Iterator<Value>> iterators(List<Value> iterables) {
        List<Iterator<Value>> sources = new ArrayList<>(iterables.size());
        for (int i = 0; i < iterables.size(); i++) {
            sources.add(Iteration.iterator(iterables.get(i)));
        }
        return sources;
    }

    private static Value zip(Arguments arguments, CallContext context) {
        boolean strict = false;
        for (Map.Entry<String, Value> keyword : arguments.keywords().entrySet()) {
            if (!keyword.getKey().equals("strict")) {
                throw PlaygroundError.typeError("zip() got an unexpected keyword argument '" + keyword.getKey() + "'");
            }
            strict = keyword.getValue().isTruthy();
        }
        List<Iterator<Value>> sources = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            Value iterable = arguments.get(i);
            if (!(iterable instanceof IterableValue)) {
                throw PlaygroundError.typeError("'" + iterable.typeName() + "' object is not iterable");
            }
            sources.add(Iteration.iterator(iterable));
        }
        boolean checkLengths = strict;
        return new IteratorValue("zip", "zip object", new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (sources.isEmpty()) {
                    return false;
                }
                for (int i = 0; i < sources.size(); i++) {
                    if (!sources.get(i).hasNext()) {
                        if (checkLengths) {
                            checkStrict(i);
                        }
                        return false;
                    }
                }
                return true;
            }

            private void checkStrict(int shortest) {
                if (shortest > 0) {
                    throw PlaygroundError.valueError("zip() argument " + (shortest + 1) + " is shorter than argument"
                            + (shortest == 1 ? " 1" : "s 1-" + shortest));
                }
                for (int j = 1; j < sources.size(); j++) {
                    if (sources.get(j).hasNext()) {
                        throw PlaygroundError.valueError("zip() argument " + (j + 1) + " is longer than argument"
                                + (j == 1 ? " 1" : "s 1-" + j));
                    }
                }
            }

            @Override
            public Value next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                List<Value> items = new ArrayList<>(sources.size());
                sources.forEach(source -> items.add(source.next()));
                return new TupleValue(items);
            }
        });
    }

    private static Iterator<Value> mapped(List<Iterator<Value>> sources, Function<List<Value>, Value> function) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return sources.stream().allMatch(Iterator::hasNext);
            }

            @Override
            public Value next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                List<Value> items = new ArrayList<>(sources.size());
                sources.forEach(source -> items.add(source.next()));
                return function.apply(items);
            }
        };
    }

    private static Iterator<Value> filtered(Iterator<Value> source, java.util.function.Predicate<Value> keep) {
        return new Iterator<>() {
            private Value pending;

            @Override
            public boolean hasNext() {
                while (pending == null && source.hasNext()) {
                    Value candidate = source.next();
                    if (keep.test(candidate)) {
                        pending = candidate;
                    }
                }
                return pending != null;
            }

            @Override
            public Value next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Value item = pending;
                pending = null;
                return item;
            }
        };
    }

    /**
     * Sorts {@code items} in place as Python's {@code list.sort(*, key=None, reverse=False)} does: stable, by
     * {@code <} alone, with {@code reverse} keeping equal items in their original order.
     */
    static void sort(List<Value> items, Arguments arguments, String name, CallContext context) {
        Value[] slots = arguments.bind(name, List.of("key", "reverse"), 0);
        if (arguments.size() > 0) {
            throw PlaygroundError.typeError(name + "() takes no positional arguments");
        }
        Value key = slots[0] == null || slots[0] == NoneValue.INSTANCE ? null : slots[0];
        boolean reverse = slots[1] != null && slots[1].isTruthy();
        List<Value[]> keyed = new ArrayList<>(items.size());
        for (Value item : items) {
            keyed.add(new Value[] {key == null ? item : context.call(key, Arguments.of(item)), item});
        }
        if (reverse) {
            Collections.reverse(keyed);
        }
        try {
            keyed.sort((a, b) -> Operators.compare(CompareOperator.LESS, a[0], b[0]).isTruthy() ? -1
                    : Operators.compare(CompareOperator.LESS, b[0], a[0]).isTruthy() ? 1 : 0);
        } catch (IllegalArgumentException inconsistent) {
            // NaNs make '<' inconsistent; Python then leaves some order without complaint
        }
        if (reverse) {
            Collections.reverse(keyed);
        }
        for (int i = 0; i < items.size(); i++) {
            items.set(i, keyed.get(i)[1]);
        }
    }

    private static Value dict(Arguments arguments, CallContext context) {
        if (arguments.size() > 1) {
            throw PlaygroundError.typeError("dict expected at most 1 argument, got " + arguments.size());
        }
        DictValue dict = new DictValue();
        if (arguments.size() == 1) {
            dict.update(arguments.get(0), context);
        }
        arguments.keywords().forEach((name, value) -> dict.put(new StrValue(name), value));
        return dict;
    }

    private static Value slice(Arguments arguments, CallContext context) {
        noKeywords("slice", arguments);
        return switch (arguments.size()) {
            case 1 -> new SliceValue(NoneValue.INSTANCE, arguments.get(0), NoneValue.INSTANCE);
            case 2 -> new SliceValue(arguments.get(0), arguments.get(1), NoneValue.INSTANCE);
            case 3 -> new SliceValue(arguments.get(0), arguments.get(1), arguments.get(2));
            default -> throw PlaygroundError.typeError("slice expected at " + (arguments.size() == 0 ? "least 1"
                    : "most 3") + " argument" + (arguments.size() == 0 ? "" : "s") + ", got " + arguments.size());
        };
    }
}
