package io.tastelab.playground.interp;

/**
 * An instance of a user class derived from {@code int}: its number is the IntValue's. Its behaviour: {@link
 * DerivedBuiltins}.
 */
final class DerivedIntValue extends IntValue implements DerivedBuiltin, AttributeDispatch {

    private final InstanceValue userPart;

    DerivedIntValue(ClassValue type, java.math.BigInteger value) {
        super(value);
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
        return null; // the playground's ints and floats have no methods of their own
    }

    @Override
    public String builtinRepr() {
        return super.repr();
    }

    @Override
    public Value plainCopy() {
        return IntValue.of(value());
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
}
