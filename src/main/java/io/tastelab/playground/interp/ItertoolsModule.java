package io.tastelab.playground.interp;

import io.tastelab.playground.lang.BinaryOperator;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Python's {@code itertools}: lazy where CPython is lazy (the infinite {@code count}, {@code repeat} and
 * {@code cycle} included), with CPython's argument checks and messages. The combinatoric iterators take their
 * input whole first, as CPython does, and hand out tuples one at a time (the algorithms of the itertools docs).
 */
final class ItertoolsModule {

    private ItertoolsModule() {
    }

    static ModuleValue create() {
        Map<String, Value> attributes = new LinkedHashMap<>();
        put(attributes, "count", ItertoolsModule::count);
        put(attributes, "repeat", ItertoolsModule::repeat);
        put(attributes, "cycle", ItertoolsModule::cycle);
        put(attributes, "islice", ItertoolsModule::islice);
        attributes.put("chain", new TypeWithMethods("itertools.chain", ItertoolsModule::chain,
                Map.of("from_iterable", new BuiltinFunction("from_iterable", ItertoolsModule::chainFromIterable))));
        put(attributes, "product", ItertoolsModule::product);
        put(attributes, "permutations", ItertoolsModule::permutations);
        put(attributes, "combinations", (arguments, context) -> combinations(arguments, context, false));
        put(attributes, "combinations_with_replacement", (arguments, context) -> combinations(arguments, context,
                true));
        put(attributes, "accumulate", ItertoolsModule::accumulate);
        put(attributes, "zip_longest", ItertoolsModule::zipLongest);
        put(attributes, "groupby", ItertoolsModule::groupby);
        put(attributes, "starmap", ItertoolsModule::starmap);
        put(attributes, "takewhile", (arguments, context) -> whileTrue(arguments, context, true));
        put(attributes, "dropwhile", (arguments, context) -> whileTrue(arguments, context, false));
        put(attributes, "filterfalse", ItertoolsModule::filterfalse);
        put(attributes, "compress", ItertoolsModule::compress);
        put(attributes, "pairwise", ItertoolsModule::pairwise);
        put(attributes, "tee", ItertoolsModule::tee);
        return new ModuleValue("itertools", attributes);
    }

    private static void put(Map<String, Value> attributes, String name, BuiltinFunction.Body body) {
        attributes.put(name, new TypeValue("itertools." + name, body));
    }

    /** A one-pass iterator shown as CPython shows an itertools object. */
    private static IteratorValue iterator(String name, Iterator<Value> items) {
        return new IteratorValue("itertools." + name, "itertools." + name + " object", items);
    }

    /** An itertools object whose repr shows its state, as {@code count(5)} and {@code repeat('a', 2)} do. */
    private static IteratorValue shown(String name, Iterator<Value> items, Supplier<String> repr) {
        return new IteratorValue("itertools." + name, "itertools." + name + " object", items) {
            @Override
            public String repr() {
                return repr.get();
            }
        };
    }

    private static void noKeywords(String name, Arguments arguments) {
        if (!arguments.keywords().isEmpty()) {
            throw PlaygroundError.typeError(name + "() takes no keyword arguments");
        }
    }

    // ---------------------------------------------------------------- infinite iterators

    private static Value count(Arguments arguments, CallContext context) {
        Value[] slots = arguments.bind("count", List.of("start", "step"), 0);
        Value start = slots[0] == null ? IntValue.of(0) : slots[0];
        Value step = slots[1] == null ? IntValue.of(1) : slots[1];
        if (!Values.isPythonNumber(start) || !Values.isPythonNumber(step)) {
            throw PlaygroundError.typeError("a number is required");
        }
        Value[] current = {start};
        boolean plainStep = step instanceof IntValue one && one.equals(IntValue.of(1));
        return shown("count", new LazyItems(context) {
            @Override
            protected Value compute() {
                Value item = current[0];
                current[0] = Operators.binary(BinaryOperator.ADD, item, step, context.limits());
                return item;
            }
        }, () -> "count(" + current[0].repr() + (plainStep ? "" : ", " + step.repr()) + ")");
    }

    private static Value repeat(Arguments arguments, CallContext context) {
        Value[] slots = arguments.bind("repeat", List.of("object", "times"), 1);
        Value object = slots[0];
        BigInteger[] left = {null};
        if (slots[1] != null) {
            left[0] = Values.asIndex(slots[1]);
            if (left[0] == null) {
                throw PlaygroundError.typeError("'" + slots[1].typeName() + "' object cannot be interpreted as an "
                        + "integer");
            }
            left[0] = left[0].max(BigInteger.ZERO);
        }
        return shown("repeat", new LazyItems(context) {
            @Override
            protected Value compute() {
                if (left[0] != null) {
                    if (left[0].signum() == 0) {
                        return null;
                    }
                    left[0] = left[0].subtract(BigInteger.ONE);
                }
                return object;
            }
        }, () -> "repeat(" + object.repr() + (left[0] == null ? "" : ", " + left[0]) + ")");
    }

    private static Value cycle(Arguments arguments, CallContext context) {
        noKeywords("cycle", arguments);
        Value[] slots = arguments.bind("cycle", List.of("iterable"), 1);
        Iterator<Value> source = Iteration.iterator(slots[0]);
        List<Value> saved = new ArrayList<>();
        return iterator("cycle", new LazyItems(context) {
            private int position = -1;

            @Override
            protected Value compute() {
                if (position < 0) {
                    if (source.hasNext()) {
                        Value item = source.next();
                        saved.add(item);
                        Operators.checkLength(saved.size(), context.limits());
                        return item;
                    }
                    position = 0;
                }
                if (saved.isEmpty()) {
                    return null;
                }
                Value item = saved.get(position);
                position = (position + 1) % saved.size();
                return item;
            }
        });
    }

    // ---------------------------------------------------------------- iterators that end

    private static Value islice(Arguments arguments, CallContext context) {
        noKeywords("islice", arguments);
        int given = arguments.size();
        if (given < 2 || given > 4) {
            throw PlaygroundError.typeError(given < 2 ? "islice expected at least 2 arguments, got " + given
                    : "islice expected at most 4 arguments, got " + given);
        }
        Iterator<Value> source = Iteration.iterator(arguments.get(0));
        long start = 0;
        long stop;
        long step = 1;
        if (given == 2) {
            stop = sliceIndex(arguments.get(1), "Stop argument for islice() must be None or an integer: "
                    + "0 <= x <= sys.maxsize.");
        } else {
            String message = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
            start = arguments.get(1) == NoneValue.INSTANCE ? 0 : sliceIndex(arguments.get(1), message);
            stop = sliceIndex(arguments.get(2), message);
            if (given == 4 && arguments.get(3) != NoneValue.INSTANCE) {
                BigInteger stepValue = Values.asIndex(arguments.get(3));
                if (stepValue == null || stepValue.signum() <= 0 || stepValue.bitLength() > 63) {
                    throw PlaygroundError.valueError("Step for islice() must be a positive integer or None.");
                }
                step = stepValue.longValue();
            }
        }
        long first = start;
        long end = stop;
        long stride = step;
        return iterator("islice", new LazyItems(context) {
            private long position;
            private long next = first;

            @Override
            protected Value compute() {
                if (end >= 0 && next >= end) {
                    return null;
                }
                while (position < next) {
                    if (!source.hasNext()) {
                        return null;
                    }
                    source.next();
                    position++;
                    context.checkBudget();
                }
                if (!source.hasNext()) {
                    return null;
                }
                position++;
                next += stride;
                return source.next();
            }
        });
    }

    /** An islice bound: -1 for None (no bound). */
    private static long sliceIndex(Value value, String message) {
        if (value == NoneValue.INSTANCE) {
            return -1;
        }
        BigInteger index = Values.asIndex(value);
        if (index == null || index.signum() < 0 || index.bitLength() > 63) {
            throw PlaygroundError.valueError(message);
        }
        return index.longValue();
    }

    private static Value chain(Arguments arguments, CallContext context) {
        noKeywords("chain", arguments);
        return chained(arguments.positional().iterator(), context);
    }

    private static Value chainFromIterable(Arguments arguments, CallContext context) {
        Value[] slots = arguments.bind("from_iterable", List.of("iterable"), 1);
        return chained(Iteration.iterator(slots[0]), context);
    }

    private static Value chained(Iterator<Value> iterables, CallContext context) {
        return iterator("chain", new LazyItems(context) {
            private Iterator<Value> current;

            @Override
            protected Value compute() {
                while (current == null || !current.hasNext()) {
                    if (!iterables.hasNext()) {
                        return null;
                    }
                    current = Iteration.iterator(iterables.next());
                }
                return current.next();
            }
        });
    }

    private static Value accumulate(Arguments arguments, CallContext context) {
        Value[] slots = arguments.bind("accumulate", List.of("iterable", "func", "initial"), 1);
        Iterator<Value> source = Iteration.iterator(slots[0]);
        Value function = slots[1] == null || slots[1] == NoneValue.INSTANCE ? null : slots[1];
        Value initial = slots[2] == null || slots[2] == NoneValue.INSTANCE ? null : slots[2];
        return iterator("accumulate", new LazyItems(context) {
            private Value total = initial;
            private boolean started;

            @Override
            protected Value compute() {
                if (!started && total != null) {
                    started = true;
                    return total;
                }
                started = true;
                if (!source.hasNext()) {
                    return null;
                }
                Value item = source.next();
                total = total == null ? item : function == null
                        ? Operators.binary(BinaryOperator.ADD, total, item, context.limits())
                        : context.call(function, Arguments.of(total, item));
                return total;
            }
        });
    }

    private static Value zipLongest(Arguments arguments, CallContext context) {
        Value fill = NoneValue.INSTANCE;
        for (Map.Entry<String, Value> keyword : arguments.keywords().entrySet()) {
            if (!keyword.getKey().equals("fillvalue")) {
                throw PlaygroundError.typeError("zip_longest() got an unexpected keyword argument");
            }
            fill = keyword.getValue();
        }
        List<Iterator<Value>> sources = new ArrayList<>();
        for (Value iterable : arguments.positional()) {
            sources.add(Iteration.iterator(iterable));
        }
        Value fillValue = fill;
        return iterator("zip_longest", new LazyItems(context) {
            private final boolean[] ended = new boolean[sources.size()];
            private int active = sources.size();

            @Override
            protected Value compute() {
                if (active == 0) {
                    return null;
                }
                List<Value> row = new ArrayList<>(sources.size());
                for (int i = 0; i < sources.size(); i++) {
                    if (!ended[i] && sources.get(i).hasNext()) {
                        row.add(sources.get(i).next());
                    } else {
                        if (!ended[i]) {
                            ended[i] = true;
                            active--;
                        }
                        row.add(fillValue);
                    }
                }
                return active == 0 ? null : new TupleValue(row);
            }
        });
    }

    private static Value starmap(Arguments arguments, CallContext context) {
        noKeywords("starmap", arguments);
        Value[] slots = arguments.bind("starmap", List.of("function", "iterable"), 2);
        Iterator<Value> source = Iteration.iterator(slots[1]);
        return iterator("starmap", new LazyItems(context) {
            @Override
            protected Value compute() {
                if (!source.hasNext()) {
                    return null;
                }
                Value item = source.next();
                if (!(item instanceof IterableValue)) {
                    throw PlaygroundError.typeError("'" + item.typeName() + "' object is not iterable");
                }
                return context.call(slots[0], new Arguments(Iteration.toList(item, context.limits()), Map.of()));
            }
        });
    }

    /** {@code takewhile} ({@code take} true) or {@code dropwhile}. */
    private static Value whileTrue(Arguments arguments, CallContext context, boolean take) {
        String name = take ? "takewhile" : "dropwhile";
        noKeywords(name, arguments);
        if (arguments.size() != 2) {
            throw PlaygroundError.typeError(name + " expected 2 arguments, got " + arguments.size());
        }
        Value predicate = arguments.get(0);
        Iterator<Value> source = Iteration.iterator(arguments.get(1));
        return iterator(name, new LazyItems(context) {
            private boolean switched;

            @Override
            protected Value compute() {
                while (source.hasNext()) {
                    Value item = source.next();
                    if (switched) {
                        return take ? null : item;
                    }
                    boolean holds = context.call(predicate, Arguments.of(item)).isTruthy();
                    if (take) {
                        if (holds) {
                            return item;
                        }
                        switched = true;
                        return null;
                    }
                    if (!holds) {
                        switched = true;
                        return item;
                    }
                }
                return null;
            }
        });
    }

    private static Value filterfalse(Arguments arguments, CallContext context) {
        noKeywords("filterfalse", arguments);
        if (arguments.size() != 2) {
            throw PlaygroundError.typeError("filterfalse expected 2 arguments, got " + arguments.size());
        }
        Value predicate = arguments.get(0);
        Iterator<Value> source = Iteration.iterator(arguments.get(1));
        return iterator("filterfalse", new LazyItems(context) {
            @Override
            protected Value compute() {
                while (source.hasNext()) {
                    Value item = source.next();
                    Value verdict = predicate == NoneValue.INSTANCE ? item : context.call(predicate, Arguments.of(item));
                    if (!verdict.isTruthy()) {
                        return item;
                    }
                }
                return null;
            }
        });
    }

    private static Value compress(Arguments arguments, CallContext context) {
        Value[] slots = arguments.bind("compress", List.of("data", "selectors"), 2);
        Iterator<Value> data = Iteration.iterator(slots[0]);
        Iterator<Value> selectors = Iteration.iterator(slots[1]);
        return iterator("compress", new LazyItems(context) {
            @Override
            protected Value compute() {
                while (data.hasNext() && selectors.hasNext()) {
                    Value item = data.next();
                    if (selectors.next().isTruthy()) {
                        return item;
                    }
                }
                return null;
            }
        });
    }

    private static Value pairwise(Arguments arguments, CallContext context) {
        noKeywords("pairwise", arguments);
        Value[] slots = arguments.bind("pairwise", List.of("iterable"), 1);
        Iterator<Value> source = Iteration.iterator(slots[0]);
        return iterator("pairwise", new LazyItems(context) {
            private Value previous;

            @Override
            protected Value compute() {
                if (previous == null) {
                    if (!source.hasNext()) {
                        return null;
                    }
                    previous = source.next();
                }
                if (!source.hasNext()) {
                    return null;
                }
                Value item = source.next();
                Value pair = TupleValue.of(previous, item);
                previous = item;
                return pair;
            }
        });
    }

    private static Value tee(Arguments arguments, CallContext context) {
        noKeywords("tee", arguments);
        if (arguments.size() < 1 || arguments.size() > 2) {
            throw PlaygroundError.typeError("tee expected at most 2 arguments, got " + arguments.size());
        }
        BigInteger count = arguments.size() == 2 ? Values.asIndex(arguments.get(1)) : BigInteger.TWO;
        if (count == null) {
            throw PlaygroundError.typeError("'" + arguments.get(1).typeName() + "' object cannot be interpreted as "
                    + "an integer");
        }
        if (count.signum() < 0) {
            throw PlaygroundError.valueError("n must be >= 0");
        }
        Operators.checkLength(count.longValue(), context.limits());
        Iterator<Value> source = Iteration.iterator(arguments.get(0));
        List<ArrayDeque<Value>> buffers = new ArrayList<>();
        List<Value> copies = new ArrayList<>();
        for (int i = 0; i < count.intValue(); i++) {
            ArrayDeque<Value> own = new ArrayDeque<>();
            buffers.add(own);
            copies.add(iterator("_tee", new LazyItems(context) {
                @Override
                protected Value compute() {
                    if (own.isEmpty()) {
                        if (!source.hasNext()) {
                            return null;
                        }
                        Value item = source.next();
                        for (ArrayDeque<Value> buffer : buffers) {
                            buffer.addLast(item);
                        }
                    }
                    return own.pollFirst();
                }
            }));
        }
        return new TupleValue(copies);
    }

    // ---------------------------------------------------------------- grouping

    private static Value groupby(Arguments arguments, CallContext context) {
        Value[] slots = arguments.bind("groupby", List.of("iterable", "key"), 1);
        Value keyFunction = slots[1] == null || slots[1] == NoneValue.INSTANCE ? null : slots[1];
        Iterator<Value> source = Iteration.iterator(slots[0]);
        GroupBy state = new GroupBy(source, keyFunction, context);
        return iterator("groupby", new LazyItems(context) {
            @Override
            protected Value compute() {
                return state.nextGroup();
            }
        });
    }

    /** The shared state of a {@code groupby} and its groups, as in the pure-Python equivalent of the docs. */
    private static final class GroupBy {
        private final Iterator<Value> source;
        private final Value keyFunction;
        private final CallContext context;
        private Value currentKey;
        private Value currentValue;
        private Value targetKey;
        private boolean exhausted;
        private int generation;

        GroupBy(Iterator<Value> source, Value keyFunction, CallContext context) {
            this.source = source;
            this.keyFunction = keyFunction;
            this.context = context;
        }

        private boolean advance() {
            if (!source.hasNext()) {
                exhausted = true;
                return false;
            }
            currentValue = source.next();
            currentKey = keyFunction == null ? currentValue : context.call(keyFunction, Arguments.of(currentValue));
            return true;
        }

        Value nextGroup() {
            if (exhausted) {
                return null;
            }
            if (currentValue == null) {
                if (!advance()) {
                    return null;
                }
            } else {
                while (Operators.equal(currentKey, targetKey)) {
                    context.checkBudget();
                    if (!advance()) {
                        return null;
                    }
                }
            }
            targetKey = currentKey;
            int mine = ++generation;
            Value key = targetKey;
            return TupleValue.of(key, iterator("_grouper", new LazyItems(context) {
                private boolean first = true;

                @Override
                protected Value compute() {
                    if (mine != generation || exhausted) {
                        return null;
                    }
                    if (!first && !advance()) {
                        return null;
                    }
                    first = false;
                    return Operators.equal(currentKey, key) ? currentValue : null;
                }
            }));
        }
    }

    // ---------------------------------------------------------------- combinatorics

    /** The {@code repeat=} or {@code r=} argument: a non-negative int, or null when absent or None. */
    private static Integer count(Value value, String negativeMessage) {
        if (value == null || value == NoneValue.INSTANCE) {
            return null;
        }
        BigInteger count = Values.asIndex(value);
        if (count == null) {
            throw PlaygroundError.typeError("'" + value.typeName() + "' object cannot be interpreted as an integer");
        }
        if (count.signum() < 0) {
            throw PlaygroundError.valueError(negativeMessage);
        }
        return count.bitLength() > 31 ? Integer.MAX_VALUE : count.intValue();
    }

    private static Value product(Arguments arguments, CallContext context) {
        int repeat = 1;
        for (Map.Entry<String, Value> keyword : arguments.keywords().entrySet()) {
            if (!keyword.getKey().equals("repeat")) {
                throw PlaygroundError.typeError("'" + keyword.getKey() + "' is an invalid keyword argument for "
                        + "product()");
            }
            repeat = count(keyword.getValue(), "repeat argument cannot be negative");
        }
        List<List<Value>> pools = new ArrayList<>();
        for (Value iterable : arguments.positional()) {
            pools.add(Iteration.toList(iterable, context.limits()));
        }
        Operators.checkLength((long) pools.size() * repeat, context.limits());
        List<List<Value>> all = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
            all.addAll(pools);
        }
        return iterator("product", new LazyItems(context) {
            private int[] indices;

            @Override
            protected Value compute() {
                if (indices == null) {
                    if (all.stream().anyMatch(List::isEmpty)) {
                        return null;
                    }
                    indices = new int[all.size()];
                    return pick();
                }
                for (int i = indices.length - 1; i >= 0; i--) {
                    if (++indices[i] < all.get(i).size()) {
                        return pick();
                    }
                    indices[i] = 0;
                }
                return null;
            }

            private Value pick() {
                List<Value> row = new ArrayList<>(indices.length);
                for (int i = 0; i < indices.length; i++) {
                    row.add(all.get(i).get(indices[i]));
                }
                return new TupleValue(row);
            }
        });
    }

    private static Value permutations(Arguments arguments, CallContext context) {
        Value[] slots = arguments.bind("permutations", List.of("iterable", "r"), 1);
        List<Value> pool = Iteration.toList(slots[0], context.limits());
        Integer given = count(slots[1], "r must be non-negative");
        int n = pool.size();
        int r = given == null ? n : given;
        return iterator("permutations", new LazyItems(context) {
            private int[] indices;
            private int[] cycles;
            private boolean started;

            @Override
            protected Value compute() {
                if (r > n) {
                    return null;
                }
                if (!started) {
                    started = true;
                    indices = new int[n];
                    cycles = new int[r];
                    for (int i = 0; i < n; i++) {
                        indices[i] = i;
                    }
                    for (int i = 0; i < r; i++) {
                        cycles[i] = n - i;
                    }
                    return pick();
                }
                for (int i = r - 1; i >= 0; i--) {
                    cycles[i]--;
                    if (cycles[i] == 0) {
                        int moved = indices[i];
                        System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                        indices[n - 1] = moved;
                        cycles[i] = n - i;
                    } else {
                        int j = n - cycles[i];
                        int swap = indices[i];
                        indices[i] = indices[j];
                        indices[j] = swap;
                        return pick();
                    }
                }
                return null;
            }

            private Value pick() {
                List<Value> row = new ArrayList<>(r);
                for (int i = 0; i < r; i++) {
                    row.add(pool.get(indices[i]));
                }
                return new TupleValue(row);
            }
        });
    }

    private static Value combinations(Arguments arguments, CallContext context, boolean replacement) {
        String name = replacement ? "combinations_with_replacement" : "combinations";
        if (arguments.size() == 1 && arguments.keywords().isEmpty()) {
            throw PlaygroundError.typeError(name + "() missing required argument 'r' (pos 2)");
        }
        Value[] slots = arguments.bind(name, List.of("iterable", "r"), 2);
        List<Value> pool = Iteration.toList(slots[0], context.limits());
        int r = count(slots[1], "r must be non-negative");
        int n = pool.size();
        return iterator(name, new LazyItems(context) {
            private int[] indices;

            @Override
            protected Value compute() {
                if (indices == null) {
                    if (replacement ? n == 0 && r > 0 : r > n) {
                        return null;
                    }
                    indices = new int[r];
                    if (!replacement) {
                        for (int i = 0; i < r; i++) {
                            indices[i] = i;
                        }
                    }
                    return pick();
                }
                int i = r - 1;
                while (i >= 0 && indices[i] == (replacement ? n - 1 : i + n - r)) {
                    i--;
                }
                if (i < 0) {
                    return null;
                }
                if (replacement) {
                    int value = indices[i] + 1;
                    for (int j = i; j < r; j++) {
                        indices[j] = value;
                    }
                } else {
                    indices[i]++;
                    for (int j = i + 1; j < r; j++) {
                        indices[j] = indices[j - 1] + 1;
                    }
                }
                return pick();
            }

            private Value pick() {
                List<Value> row = new ArrayList<>(r);
                for (int index : indices) {
                    row.add(pool.get(index));
                }
                return new TupleValue(row);
            }
        });
    }

    /** A type with class-level functions, as {@code itertools.chain} has {@code chain.from_iterable}. */
    record TypeWithMethods(String name, BuiltinFunction.Body constructor, Map<String, Value> methods)
            implements CallableValue, AttributeDispatch {

        @Override
        public Value call(Arguments arguments, CallContext context) {
            return constructor.call(arguments, context);
        }

        @Override
        public Value getAttribute(String attribute) {
            return attribute.equals("__name__") ? new StrValue(name.substring(name.lastIndexOf('.') + 1))
                    : methods.get(attribute);
        }

        @Override
        public String typeName() {
            return "type";
        }

        @Override
        public String repr() {
            return "<class '" + name + "'>";
        }
    }
}
