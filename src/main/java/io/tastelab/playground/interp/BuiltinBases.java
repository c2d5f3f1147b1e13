package io.tastelab.playground.interp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Classes derived from a builtin type ({@code class StaticStr(str)}): which builtins a class may derive from, with
 * CPython's TypeErrors for the others, and how such a class makes an instance, as CPython's {@code type.__call__}
 * does: the class's {@code __new__} or the builtin's, then, if that made an instance of the class, its
 * {@code __init__} or the builtin's. {@code super().__new__(cls, ...)} and {@code super().__init__(...)} reach the
 * builtin's here too.
 */
final class BuiltinBases {

    /** The builtin types a playground class can derive from. */
    static final Set<String> DERIVABLE = Set.of("str", "int", "float", "tuple", "list", "dict");

    /** Builtin types CPython itself refuses as a base. */
    private static final Set<String> FINAL_TYPES = Set.of("bool", "slice", "NoneType", "ellipsis", "range");

    private BuiltinBases() {
    }

    /**
     * The builtin type that {@code base}, written in a class statement, stands for, or null when it is not a
     * builtin type (a user class, {@code object}, ...).
     *
     * @throws PlaygroundError CPython's TypeError for a type that can't be a base ({@code bool}), and the
     *                         playground's for a builtin it can't derive from yet ({@code set}, NumPy's arrays)
     */
    static TypeValue derivable(Value base) {
        if (!(base instanceof TypeValue type) || base == PlainObjectValue.TYPE
                || ExceptionValue.isExceptionType(type.name())) {
            return null;
        }
        if (DERIVABLE.contains(type.name())) {
            return type;
        }
        if (FINAL_TYPES.contains(type.name())) {
            throw PlaygroundError.typeError("type '" + type.name() + "' is not an acceptable base type");
        }
        throw PlaygroundError.typeError("the playground's classes can't derive from " + type.repr()
                + "; they derive from classes made with 'class', object, str, int, float, tuple, list, dict, "
                + "exception types or typing.NamedTuple");
    }

    /**
     * The one builtin type the bases of a class statement derive from, directly or through user classes, or null.
     *
     * @throws PlaygroundError CPython's "multiple bases have instance lay-out conflict" for two different ones (or
     *                         a builtin beside an exception type)
     */
    static TypeValue common(List<TypeValue> builtins, boolean exceptionBase) {
        TypeValue found = null;
        for (TypeValue builtin : builtins) {
            if (found != null && !found.equals(builtin)) {
                throw PlaygroundError.typeError("multiple bases have instance lay-out conflict");
            }
            found = builtin;
        }
        if (found != null && exceptionBase) {
            throw PlaygroundError.typeError("multiple bases have instance lay-out conflict");
        }
        return found;
    }

    /** {@code Cls(...)} for a class derived from a builtin type. */
    static Value construct(ClassValue type, Arguments arguments, CallContext caller) {
        Value userNew = type.lookup("__new__");
        Value instance;
        if (userNew != null) {
            // __new__ is a static method whether or not the body says so, as in CPython
            Value function = userNew instanceof StaticMethodValue staticMethod ? staticMethod.function() : userNew;
            instance = caller.call(function, prepend(type, arguments));
        } else {
            instance = builtinNew(type, arguments, caller);
        }
        if (instance instanceof DerivedBuiltin made && made.type().isSubclassOf(type)) {
            Value init = type.lookup("__init__");
            if (init != null) {
                Value result = caller.call(ClassValue.bind(init, instance, type), arguments);
                if (result != NoneValue.INSTANCE) {
                    throw PlaygroundError.typeError("__init__() should return None, not '" + result.typeName() + "'");
                }
            } else {
                builtinInit(made, arguments, caller);
            }
        }
        return instance;
    }

    /** The builtin's {@code __new__}: an instance of {@code type} holding what the builtin makes of the arguments. */
    static Value builtinNew(ClassValue type, Arguments arguments, CallContext context) {
        return switch (type.builtinBase().name()) {
            case "str" -> new DerivedStrValue(type, ((StrValue) Builtins.STR.call(arguments, context)).value());
            case "int" -> new DerivedIntValue(type, ((IntValue) Builtins.INT.call(arguments, context)).value());
            case "float" -> new DerivedFloatValue(type, ((FloatValue) Builtins.FLOAT.call(arguments, context)).value());
            case "tuple" -> new DerivedTupleValue(type, ((TupleValue) Builtins.TUPLE.call(arguments, context)).items());
            // list and dict take their items in __init__
            case "list" -> new DerivedListValue(type, List.of());
            case "dict" -> new DerivedDictValue(type);
            default -> throw new IllegalStateException("not derivable: " + type.builtinBase());
        };
    }

    /**
     * The builtin's {@code __init__}: a list's and a dict's take their items; the immutable types' is
     * {@code object.__init__}, which refuses arguments when the class has an {@code __init__} of its own.
     */
    static void builtinInit(DerivedBuiltin self, Arguments arguments, CallContext context) {
        switch (self) {
            case DerivedListValue list -> {
                ListValue items = (ListValue) Builtins.LIST.call(arguments, context);
                list.mutableItems().clear();
                list.mutableItems().addAll(items.items());
            }
            case DerivedDictValue dict -> {
                DictValue entries = (DictValue) IterationBuiltins.DICT.call(arguments, context);
                for (Value key : entries.keys()) {
                    dict.put(key, entries.get(key));
                }
            }
            default -> {
                boolean given = arguments.size() > 0 || !arguments.keywords().isEmpty();
                if (given && self.type().lookup("__init__") != null) {
                    throw PlaygroundError.typeError(
                            "object.__init__() takes exactly one argument (the instance to initialize)");
                }
            }
        }
    }

    /**
     * What {@code super().name} finds in the builtin base of {@code receiver}'s class once the user classes after
     * the caller's have no {@code name}: {@code __new__}, {@code __init__}, the builtin's special methods and its
     * methods, bound to the receiver; null when the builtin has no such attribute.
     */
    static Value superAttribute(ClassValue type, Value receiver, String name) {
        if (type.builtinBase() == null) {
            return null;
        }
        if (name.equals("__new__")) {
            return new BuiltinFunction("__new__", (arguments, context) -> {
                if (arguments.size() == 0 || !(arguments.get(0) instanceof ClassValue target)) {
                    throw PlaygroundError.typeError(type.builtinBase().name() + ".__new__(X): X is not a type object ("
                            + (arguments.size() == 0 ? "NoneType" : arguments.get(0).typeName()) + ")");
                }
                if (!type.builtinBase().equals(target.builtinBase())) {
                    throw PlaygroundError.typeError(type.builtinBase().name() + ".__new__(" + target.name()
                            + "): " + target.name() + " is not a subtype of " + type.builtinBase().name());
                }
                List<Value> rest = arguments.positional().subList(1, arguments.size());
                return builtinNew(target, new Arguments(rest, arguments.keywords()), context);
            });
        }
        if (!(receiver instanceof DerivedBuiltin self)) {
            return null; // super() in a class method: only __new__ above
        }
        if (name.equals("__init__")) {
            return new BuiltinFunction("__init__", (arguments, context) -> {
                builtinInit(self, arguments, context);
                return NoneValue.INSTANCE;
            });
        }
        return BuiltinSpecialMethods.bound(self, name);
    }

    private static Arguments prepend(Value first, Arguments arguments) {
        List<Value> positional = new ArrayList<>(arguments.size() + 1);
        positional.add(first);
        positional.addAll(arguments.positional());
        return new Arguments(positional, arguments.keywords());
    }
}
