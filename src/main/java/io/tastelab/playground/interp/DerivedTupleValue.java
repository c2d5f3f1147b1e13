package io.tastelab.playground.interp;

/**
 * An instance of a user class derived from {@code tuple}: its items are the TupleValue's. Its behaviour: {@link
 * DerivedBuiltins}.
 */
final class DerivedTupleValue extends TupleValue implements DerivedBuiltin {

    private final InstanceValue userPart;

    DerivedTupleValue(ClassValue type, java.util.List<Value> items) {
        super(items);
        this.userPart = InstanceValue.sideOf(type, this);
    }

    @Override
    public ClassValue type() {
        return userPart.type();
    }

    @Override
    public InstanceValue userPart() {
        return userPart;
    }

    @Override
    public Value builtinAttribute(String name) {
        return super.getAttribute(name);
    }

    @Override
    public String builtinRepr() {
        return super.repr();
    }

    @Override
    public Value plainCopy() {
        return new TupleValue(super.items());
    }

    @Override
    public String typeName() {
        return userPart.typeName();
    }

    @Override
    public String repr() {
        return DerivedBuiltins.repr(this);
    }

    @Override
    public String str() {
        return DerivedBuiltins.str(this);
    }

    @Override
    public boolean isTruthy() {
        return DerivedBuiltins.truthy(this, super.isTruthy());
    }

    @Override
    public Value getAttribute(String name) {
        return DerivedBuiltins.attribute(this, name);
    }

    @Override
    public void setAttribute(String name, Value value) {
        userPart.setAttribute(name, value);
    }

    @Override
    public long length() {
        return DerivedBuiltins.length(this, super.length());
    }

    @Override
    public java.util.Iterator<Value> iterator() {
        java.util.Iterator<Value> user = DerivedBuiltins.iterator(this);
        return user != null ? user : super.iterator();
    }

    @Override
    public java.util.List<Value> items() {
        if (DerivedBuiltins.iterator(this) == null) {
            return super.items();
        }
        java.util.List<Value> items = new java.util.ArrayList<>();
        iterator().forEachRemaining(items::add);
        return items;
    }

    @Override
    public Value getItem(Value index) {
        Value user = DerivedBuiltins.getItem(this, index);
        return user != null ? user : super.getItem(index);
    }
}
