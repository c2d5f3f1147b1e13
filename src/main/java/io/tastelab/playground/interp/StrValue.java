package io.tastelab.playground.interp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A Python {@code str}. Immutable. */
public record StrValue(String value) implements IterableValue, SubscriptDispatch {

    public StrValue {
        Objects.requireNonNull(value);
    }

    @Override
    public String typeName() {
        return "str";
    }

    @Override
    public String repr() {
        return PythonFormat.strRepr(value);
    }

    @Override
    public String str() {
        return value;
    }

    @Override
    public boolean isTruthy() {
        return !value.isEmpty();
    }

    @Override
    public long length() {
        return value.codePointCount(0, value.length());
    }

    @Override
    public List<Value> items() {
        List<Value> characters = new ArrayList<>();
        value.codePoints().forEach(c -> characters.add(new StrValue(Character.toString(c))));
        return characters;
    }

    @Override
    public Value getItem(Value index) {
        List<Value> characters = items();
        if (index instanceof SliceValue slice) {
            StringBuilder text = new StringBuilder();
            for (Value character : Sequences.slice(characters, slice)) {
                text.append(((StrValue) character).value());
            }
            return new StrValue(text.toString());
        }
        return characters.get(Sequences.position(index, characters.size(), "string", ""));
    }
}
