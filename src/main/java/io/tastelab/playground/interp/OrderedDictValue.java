package io.tastelab.playground.interp;

import java.util.List;

/**
 * {@code collections.OrderedDict}: a dict (which keeps order anyway) with {@code move_to_end} and
 * {@code popitem(last=...)}, shown as Python 3.11 shows it: {@code OrderedDict([('a', 1)])}.
 */
final class OrderedDictValue extends DictValue {

    static final String TYPE = "collections.OrderedDict";

    static Value construct(Arguments arguments, CallContext context) {
        if (arguments.size() > 1) {
            throw PlaygroundError.typeError("OrderedDict expected at most 1 argument, got " + arguments.size());
        }
        OrderedDictValue dict = new OrderedDictValue();
        if (arguments.size() == 1) {
            dict.update(arguments.get(0), context);
        }
        arguments.keywords().forEach((key, value) -> dict.put(new StrValue(key), value));
        return dict;
    }

    @Override
    public String typeName() {
        return "OrderedDict"; // a Python class: its errors say 'OrderedDict'
    }

    @Override
    public String repr() {
        return length() == 0 ? "OrderedDict()" : "OrderedDict(" + new ListValue(pairs()).repr() + ")";
    }

    @Override
    public Value getAttribute(String name) {
        BuiltinFunction.Body body = switch (name) {
            case "move_to_end" -> (arguments, context) -> {
                Value[] slots = arguments.bind("move_to_end", List.of("key", "last"), 1);
                moveToEnd(slots[0], slots[1] == null || slots[1].isTruthy());
                return NoneValue.INSTANCE;
            };
            case "popitem" -> (arguments, context) -> {
                Value[] slots = arguments.bind("popitem", List.of("last"), 0);
                if (length() == 0) {
                    throw PlaygroundError.of("KeyError", "'dictionary is empty'");
                }
                List<Value> keys = keys();
                Value key = slots[0] == null || slots[0].isTruthy() ? keys.getLast() : keys.getFirst();
                Value value = get(key);
                deleteItem(key);
                return TupleValue.of(key, value);
            };
            case "copy" -> (arguments, context) -> {
                arguments.bind("copy", List.of(), 0);
                OrderedDictValue copy = new OrderedDictValue();
                copy.update(this, context);
                return copy;
            };
            default -> null;
        };
        return body == null ? super.getAttribute(name) : new BuiltinFunction(name, body, "collections.OrderedDict object");
    }
}
