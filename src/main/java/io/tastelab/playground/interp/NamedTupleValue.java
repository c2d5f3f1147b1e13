package io.tastelab.playground.interp;

import io.tastelab.playground.lang.CompareOperator;
import java.util.ArrayList;
import java.util.List;

/**
 * A struct sequence such as {@code sys.float_info} or {@code sys.version_info}: a tuple whose items also have
 * names. It indexes, unpacks and compares as a tuple. Immutable.
 */
final class NamedTupleValue implements IterableValue, SubscriptDispatch, AttributeDispatch, OperatorDispatch {

    private final String typeName;
    private final List<String> names;
    private final TupleValue tuple;

    NamedTupleValue(String typeName, List<String> names, List<Value> items) {
        if (names.size() != items.size()) {
            throw new IllegalArgumentException("one name per item");
        }
        this.typeName = typeName;
        this.names = List.copyOf(names);
        this.tuple = new TupleValue(items);
    }

    @Override
    public String typeName() {
        return typeName.substring(typeName.lastIndexOf('.') + 1);
    }

    @Override
    public String repr() {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            fields.add(names.get(i) + "=" + tuple.items().get(i).repr());
        }
        return typeName + "(" + String.join(", ", fields) + ")";
    }

    @Override
    public long length() {
        return tuple.length();
    }

    @Override
    public List<Value> items() {
        return tuple.items();
    }

    @Override
    public Value getItem(Value index) {
        return tuple.getItem(index);
    }

    @Override
    public Value getAttribute(String name) {
        int position = names.indexOf(name);
        return position < 0 ? null : tuple.items().get(position);
    }

    @Override
    public Value compare(CompareOperator op, Value other) {
        Value that = other instanceof NamedTupleValue named ? named.tuple : other;
        if (!(that instanceof TupleValue)) {
            return NotImplementedValue.INSTANCE;
        }
        return Operators.compare(op, tuple, that);
    }
}
