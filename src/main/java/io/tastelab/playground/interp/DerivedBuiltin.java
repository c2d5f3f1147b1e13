package io.tastelab.playground.interp;

/**
 * An instance of a user class derived from a builtin type, as {@code class StaticStr(str)} makes: a Java subclass of
 * the builtin's value class ({@link StrValue}, {@link IntValue}, {@link FloatValue}, {@link TupleValue},
 * {@link ListValue}, {@link DictValue}), so that every builtin, operator and array function that accepts the
 * builtin accepts it too, as CPython's C code accepts a subclass. Its user class, attributes and special methods
 * sit beside the builtin value in {@link #userPart()}; the special methods the class defines win over the
 * builtin's (see {@link DerivedBuiltins}), and what the builtin computes is of the builtin type, as in CPython
 * ({@code StaticStr('a') + 'b'} is a plain str).
 */
public interface DerivedBuiltin extends Value {

    /** The user class. */
    ClassValue type();

    /** The user-class side: the instance's attributes, and its class's methods bound to this value. */
    InstanceValue userPart();

    /** The builtin type's attribute (a method such as {@code upper} bound to this value), ignoring the user class. */
    Value builtinAttribute(String name);

    /** The builtin type's repr of this value, ignoring the user class. */
    String builtinRepr();

    /** The same value as an instance of the builtin type itself ({@code str(x)} of a str subclass). */
    Value plainCopy();
}
