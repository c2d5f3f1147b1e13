package io.tastelab.playground.interp;

import io.tastelab.playground.lang.BinaryOperator;
import io.tastelab.playground.lang.CompareOperator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code collections.Counter}: a dict of counts. A missing key counts 0 (and is not stored); {@code update} and
 * {@code subtract} add and take away counts; {@code +}, {@code -}, {@code &}, {@code |} keep the positive counts;
 * its repr lists the counts largest first, as {@link #mostCommon} does.
 */
final class CounterValue extends DictValue {

    static final String TYPE = "collections.Counter";
    /** Python's name in messages: Counter is a Python class, so its errors say {@code 'Counter'}. */
    static final String NAME = "Counter";

    private final CallContext context;

    CounterValue(CallContext context) {
        this.context = context;
    }

    /** {@code Counter(iterable_or_mapping=None, /, **kwargs)}. */
    static Value construct(Arguments arguments, CallContext context) {
        if (arguments.size() > 1) {
            throw PlaygroundError.typeError("expected at most 1 arguments, got " + arguments.size());
        }
        CounterValue counter = new CounterValue(context);
        counter.count(arguments, 1);
        return counter;
    }

    /** Adds ({@code sign} 1) or takes away (-1) the counts of the positional source and the keywords. */
    private void count(Arguments arguments, int sign) {
        if (arguments.size() == 1) {
            Value source = arguments.get(0);
            if (source instanceof DictValue mapping) {
                for (Value key : mapping.keys()) {
                    add(key, mapping.get(key), sign);
                }
            } else {
                java.util.Iterator<Value> items = Iteration.iterator(source);
                while (items.hasNext()) {
                    add(items.next(), IntValue.of(1), sign);
                }
            }
        }
        arguments.keywords().forEach((key, value) -> add(new StrValue(key), value, sign));
    }

    private void add(Value key, Value amount, int sign) {
        Value current = get(key);
        BinaryOperator op = sign > 0 ? BinaryOperator.ADD : BinaryOperator.SUBTRACT;
        put(key, current == null ? (sign > 0 ? amount : Operators.binary(op, IntValue.of(0), amount,
                context.limits())) : Operators.binary(op, current, amount, context.limits()));
    }

    @Override
    public String typeName() {
        return NAME;
    }

    /** The (key, count) pairs, largest count first, ties in insertion order (a stable sort, as Python's). */
    List<Value> mostCommon() {
        List<Value> pairs = new ArrayList<>(pairs());
        pairs.sort(Comparator.comparing((Value pair) -> ((TupleValue) pair).items().get(1), (a, b) -> {
            if (Operators.compare(CompareOperator.LESS, a, b).isTruthy()) {
                return -1;
            }
            return Operators.compare(CompareOperator.GREATER, a, b).isTruthy() ? 1 : 0;
        }).reversed());
        return pairs;
    }

    @Override
    public String repr() {
        if (length() == 0) {
            return "Counter()";
        }
        StringBuilder text = new StringBuilder("Counter({");
        for (Value pair : mostCommon()) {
            List<Value> items = ((TupleValue) pair).items();
            text.append(text.length() > 9 ? ", " : "").append(items.get(0).repr()).append(": ")
                    .append(items.get(1).repr());
        }
        return text.append("})").toString();
    }

    @Override
    public Value getItem(Value index) {
        Value found = get(index);
        return found != null ? found : IntValue.of(0);
    }

    @Override
    public Value binaryOp(BinaryOperator op, Value other, boolean reflected) {
        if (!(other instanceof CounterValue that) || reflected) {
            return NotImplementedValue.INSTANCE;
        }
        CounterValue result = new CounterValue(context);
        List<Value> keys = new ArrayList<>(keys());
        that.keys().stream().filter(key -> get(key) == null).forEach(keys::add);
        for (Value key : keys) {
            Value mine = getItem(key);
            Value theirs = that.getItem(key);
            Value combined = switch (op) {
                case ADD -> Operators.binary(BinaryOperator.ADD, mine, theirs, context.limits());
                case SUBTRACT -> Operators.binary(BinaryOperator.SUBTRACT, mine, theirs, context.limits());
                case BIT_AND -> Operators.compare(CompareOperator.LESS, mine, theirs).isTruthy() ? mine : theirs;
                case BIT_OR -> Operators.compare(CompareOperator.LESS, mine, theirs).isTruthy() ? theirs : mine;
                default -> null;
            };
            if (combined == null) {
                return NotImplementedValue.INSTANCE;
            }
            if (Operators.compare(CompareOperator.GREATER, combined, IntValue.of(0)).isTruthy()) {
                result.put(key, combined);
            }
        }
        return result;
    }

    @Override
    public Value inPlaceOp(BinaryOperator op, Value other) {
        return NotImplementedValue.INSTANCE; // c += d rebinds c to c + d, which keeps the positive counts
    }

    @Override
    public Value getAttribute(String name) {
        BuiltinFunction.Body body = switch (name) {
            case "most_common" -> (arguments, context) -> {
                Value[] slots = arguments.bind("most_common", List.of("n"), 0);
                List<Value> pairs = mostCommon();
                if (slots[0] != null && slots[0] != NoneValue.INSTANCE) {
                    BigInteger n = Values.asIndex(slots[0]);
                    if (n == null) {
                        throw PlaygroundError.typeError("'" + slots[0].typeName() + "' object cannot be interpreted "
                                + "as an integer");
                    }
                    int keep = (int) Math.max(0, Math.min(pairs.size(), n.min(BigInteger.valueOf(pairs.size()))
                            .longValue()));
                    pairs = pairs.subList(0, keep);
                }
                return new ListValue(new ArrayList<>(pairs));
            };
            case "update" -> (arguments, context) -> {
                checkArity("update", arguments);
                count(arguments, 1);
                return NoneValue.INSTANCE;
            };
            case "subtract" -> (arguments, context) -> {
                checkArity("subtract", arguments);
                count(arguments, -1);
                return NoneValue.INSTANCE;
            };
            case "elements" -> (arguments, context) -> {
                arguments.bind("elements", List.of(), 0);
                List<Value> pairs = pairs();
                return new IteratorValue("itertools.chain", "itertools.chain object", new LazyItems(context) {
                    private int pair;
                    private BigInteger left = BigInteger.ZERO;

                    @Override
                    protected Value compute() {
                        while (left.signum() <= 0) {
                            if (pair >= pairs.size()) {
                                return null;
                            }
                            Value count = ((TupleValue) pairs.get(pair)).items().get(1);
                            BigInteger whole = Values.asIndex(count);
                            if (whole == null) {
                                throw PlaygroundError.typeError("'" + count.typeName() + "' object cannot be "
                                        + "interpreted as an integer");
                            }
                            left = whole;
                            pair++;
                        }
                        left = left.subtract(BigInteger.ONE);
                        return ((TupleValue) pairs.get(pair - 1)).items().get(0);
                    }
                });
            };
            case "total" -> (arguments, context) -> {
                arguments.bind("total", List.of(), 0);
                Value total = IntValue.of(0);
                for (Value count : values()) {
                    total = Operators.binary(BinaryOperator.ADD, total, count, context.limits());
                }
                return total;
            };
            case "copy" -> (arguments, context) -> {
                arguments.bind("copy", List.of(), 0);
                CounterValue copy = new CounterValue(this.context);
                copy.update(this, context);
                return copy;
            };
            default -> null;
        };
        return body == null ? super.getAttribute(name) : new BuiltinFunction(name, body, "Counter object");
    }

    private static void checkArity(String name, Arguments arguments) {
        if (arguments.size() > 1) {
            throw PlaygroundError.typeError("expected at most 1 argument, got " + arguments.size());
        }
    }
}
