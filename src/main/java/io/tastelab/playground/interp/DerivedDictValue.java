package io.tastelab.playground.interp;

/**
 * An instance of a user class derived from {@code dict}: its entries are the DictValue's, mutable as a dict's. Its
 * behaviour: {@link DerivedBuiltins}.
 */
final class DerivedDictValue extends DictValue implements DerivedBuiltin {

    private final InstanceValue userPart;

    DerivedDictValue(ClassValue type) {
        super();
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
        DictValue copy = new DictValue();
        for (Value key : keys()) {
            copy.put(key, get(key));
        }
        return copy;
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

    /** {@code d[key]}: the class's {@code __getitem__}; else dict's, which asks {@code __missing__} for absent keys. */
    @Override
    public Value getItem(Value index) {
        Value user = DerivedBuiltins.getItem(this, index);
        if (user != null) {
            return user;
        }
        if (get(index) == null && DerivedBuiltins.defines(this, "__missing__")) {
            return userPart.callSpecial("__missing__", index);
        }
        return super.getItem(index);
    }

    /** The builtin's {@code self[index] = value}, for {@code super().__setitem__}. */
    void builtinSetItem(Value index, Value value) {
        super.setItem(index, value);
    }

    /** The builtin's {@code del self[index]}, for {@code super().__delitem__}. */
    void builtinDeleteItem(Value index) {
        super.deleteItem(index);
    }

    @Override
    public void setItem(Value index, Value value) {
        if (!DerivedBuiltins.setItem(this, index, value)) {
            super.setItem(index, value);
        }
    }

    @Override
    public void deleteItem(Value index) {
        if (!DerivedBuiltins.deleteItem(this, index)) {
            super.deleteItem(index);
        }
    }
}
