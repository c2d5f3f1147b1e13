package io.tastelab.playground.interp;

import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

/** {@code d.keys()}, {@code d.values()}, {@code d.items()}: live views of a dict. */
final class DictViewValue implements IterableValue, OperatorDispatch {

    /** Which part of the entries the view shows. */
    enum Kind { KEYS, VALUES, ITEMS }

    private final DictValue dict;
    private final Kind kind;

    DictViewValue(DictValue dict, Kind kind) {
        this.dict = dict;
        this.kind = kind;
    }

    @Override
    public String typeName() {
        return "dict_" + kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String repr() {
        return typeName() + items().stream().map(Value::repr).collect(Collectors.joining(", ", "([", "])"));
    }

    @Override
    public boolean isTruthy() {
        return dict.isTruthy();
    }

    @Override
    public long length() {
        return dict.length();
    }

    @Override
    public List<Value> items() {
        return switch (kind) {
            case KEYS -> dict.keys();
            case VALUES -> dict.values();
            case ITEMS -> dict.pairs();
        };
    }

    @Override
    public Iterator<Value> iterator() {
        return switch (kind) {
            case KEYS -> dict.view(entry -> entry[0]);
            case VALUES -> dict.view(entry -> entry[1]);
            case ITEMS -> dict.view(entry -> TupleValue.of(entry[0], entry[1]));
        };
    }

    @Override
    public Value contains(Value item) {
        return switch (kind) {
            case KEYS -> dict.contains(item);
            case VALUES -> NotImplementedValue.INSTANCE;
            case ITEMS -> {
                if (!(item instanceof TupleValue pair) || pair.items().size() != 2) {
                    yield BoolValue.FALSE;
                }
                Value found = dict.get(pair.items().get(0));
                yield BoolValue.of(found != null && Operators.equal(found, pair.items().get(1)));
            }
        };
    }
}
