package io.tastelab.playground.interp;

import io.tastelab.playground.lang.BinaryOperator;
import io.tastelab.playground.lang.CompareOperator;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Python's builtins that the playground offers, with CPython's behaviour and messages. */
final class Builtins {

    private static final Pattern FLOAT_TEXT = Pattern.compile(
            "[+-]?(?:(?:\\d(?:_?\\d)*)?\\.?(?:\\d(?:_?\\d)*)?(?:[eE][+-]?\\d(?:_?\\d)*)?|inf|infinity|nan)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INT_TEXT = Pattern.compile("[+-]?\\d(?:_?\\d)*");

    static final TypeValue INT = new TypeValue("int", Builtins::toInt);
    static final TypeValue FLOAT = new TypeValue("float", Builtins::toFloat);
    static final TypeValue BOOL = new TypeValue("bool", (arguments, context) -> {
        Value[] slots = arguments.bind("bool", List.of("x"), 0);
        return BoolValue.of(slots[0] != null && slots[0].isTruthy());
    });
    static final TypeValue STR = new TypeValue("str", (arguments, context) -> {
        Value[] slots = arguments.bind("str", List.of("object"), 0);
        return new StrValue(slots[0] == null ? "" : slots[0].str());
    });
    static final TypeValue LIST = new TypeValue("list", (arguments, context) -> {
        atMostOneArgument("list", arguments);
        Value[] slots = arguments.bind("list", List.of("iterable"), 0);
        return new ListValue(slots[0] == null ? List.of() : items(slots[0], context));
    });
    static final TypeValue TUPLE = new TypeValue("tuple", (arguments, context) -> {
        atMostOneArgument("tuple", arguments);
        Value[] slots = arguments.bind("tuple", List.of("iterable"), 0);
        return new TupleValue(slots[0] == null ? List.of() : items(slots[0], context));
    });

    private static final Map<String, TypeValue> BUILTIN_TYPES = Map.of(
            "int", INT, "float", FLOAT, "bool", BOOL, "str", STR, "list", LIST, "tuple", TUPLE,
            "dict", IterationBuiltins.DICT, "set", IterationBuiltins.SET, "complex", IterationBuiltins.COMPLEX,
            "slice", IterationBuiltins.SLICE);

    /** {@code super}: the interpreter answers a bare {@code super()} itself; with two arguments it comes here. */
    static final BuiltinFunction SUPER = new BuiltinFunction("super", (arguments, context) -> {
        Value[] slots = arguments.bind("super", List.of("type", "object_or_type"), 0);
        if (slots[0] == null) {
            throw PlaygroundError.of("RuntimeError", "super(): no arguments");
        }
        if (!(slots[0] instanceof ClassValue type)) {
            throw PlaygroundError.typeError("super() argument 1 must be a type, not " + slots[0].typeName());
        }
        if (slots[1] == null) {
            throw PlaygroundError.typeError("the playground's super() needs the instance: super() or super(Class, self)");
        }
        return makeSuper(type, slots[1]);
    });

    private Builtins() {
    }

    /** CPython's check of list() and tuple(): one iterable at most. */
    private static void atMostOneArgument(String type, Arguments arguments) {
        if (arguments.size() > 1) {
            throw PlaygroundError.typeError(type + " expected at most 1 argument, got " + arguments.size());
        }
    }

    /** {@code super(type, receiver)}, with CPython's check that the receiver is of that type. */
    static Value makeSuper(ClassValue type, Value receiver) {
        ClassValue receiverType = receiver instanceof ClassValue cls ? cls : userClassOf(receiver);
        if (receiverType == null || !receiverType.isSubclassOf(type)) {
            throw PlaygroundError.typeError("super(type, obj): obj must be an instance or subtype of type");
        }
        return new SuperValue(type, receiver);
    }

    /** The class of a user object (an instance or a named tuple of a user class), or null. */
    static ClassValue userClassOf(Value value) {
        return switch (value) {
            case InstanceValue instance -> instance.type();
            case NamedTupleValue tuple -> tuple.type();
            case DerivedBuiltin derived -> derived.type();
            default -> null;
        };
    }

    /** A fresh table of builtins. */
    static Map<String, Value> create() {
        Map<String, Value> builtins = new LinkedHashMap<>();
        builtins.putAll(BUILTIN_TYPES);
        builtins.put("object", PlainObjectValue.TYPE);
        IterationBuiltins.addTo(builtins);
        add(builtins, "print", Builtins::print);
        add(builtins, "help", (arguments, context) -> {
            Value[] slots = arguments.bind("help", List.of("request"), 0);
            context.print(BuiltinHelp.text(slots[0], builtins));
            return NoneValue.INSTANCE;
        });
        add(builtins, "len", (arguments, context) -> {
            Value[] slots = arguments.bind("len", List.of("obj"), 1);
            if (slots[0] instanceof IterableValue iterable) {
                return IntValue.of(iterable.length());
            }
            throw PlaygroundError.typeError("object of type '" + slots[0].typeName() + "' has no len()");
        });
        add(builtins, "format", (arguments, context) -> {
            Value[] slots = arguments.bind("format", List.of("value", "format_spec"), 1);
            String spec = "";
            if (slots[1] != null) {
                if (!(slots[1] instanceof StrValue text)) {
                    throw PlaygroundError.typeError("format() argument 2 must be str, not " + slots[1].typeName());
                }
                spec = text.value();
            }
            return new StrValue(FormatSpec.format(slots[0], spec));
        });
        add(builtins, "repr", (arguments, context) ->
                new StrValue(arguments.bind("repr", List.of("obj"), 1)[0].repr()));
        add(builtins, "abs", Builtins::abs);
        add(builtins, "pow", (arguments, context) -> {
            Value[] slots = arguments.bind("pow", List.of("base", "exp", "mod"), 2);
            if (slots[2] == null || slots[2] == NoneValue.INSTANCE) {
                return Operators.binary(BinaryOperator.POWER, slots[0], slots[1], context.limits());
            }
            BigInteger base = Sequences.asIndex(slots[0]);
            BigInteger exponent = Sequences.asIndex(slots[1]);
            BigInteger modulus = Sequences.asIndex(slots[2]);
            if (base == null || exponent == null || modulus == null) {
                throw PlaygroundError.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            if (modulus.signum() == 0) {
                throw PlaygroundError.valueError("pow() 3rd argument cannot be 0");
            }
            BigInteger result = base.modPow(exponent, modulus.abs());
            return IntValue.of(modulus.signum() < 0 && result.signum() != 0 ? result.add(modulus) : result);
        });
        add(builtins, "min", (arguments, context) -> extreme("min", CompareOperator.LESS, arguments, context));
        add(builtins, "max", (arguments, context) -> extreme("max", CompareOperator.GREATER, arguments, context));
        add(builtins, "sum", (arguments, context) -> {
            Value[] slots = arguments.bind("sum", List.of("iterable", "start"), 1);
            Value total = slots[1] == null ? IntValue.of(0) : slots[1];
            for (Value item : items(slots[0], context)) {
                total = Operators.binary(BinaryOperator.ADD, total, item, context.limits());
            }
            return total;
        });
        add(builtins, "round", Builtins::round);
        add(builtins, "range", (arguments, context) -> {
            if (!arguments.keywords().isEmpty()) {
                throw PlaygroundError.typeError("range() takes no keyword arguments");
            }
            if (arguments.size() < 1 || arguments.size() > 3) {
                throw PlaygroundError.typeError("range expected at most 3 arguments, got " + arguments.size());
            }
            long[] bounds = new long[arguments.size()];
            for (int i = 0; i < bounds.length; i++) {
                BigInteger bound = Sequences.asIndex(arguments.get(i));
                if (bound == null) {
                    throw PlaygroundError.typeError("'" + arguments.get(i).typeName()
                            + "' object cannot be interpreted as an integer");
                }
                if (bound.bitLength() > 62) {
                    throw PlaygroundError.overflowError("range() bounds too large for the playground");
                }
                bounds[i] = bound.longValue();
            }
            return switch (bounds.length) {
                case 1 -> new RangeValue(0, bounds[0], 1);
                case 2 -> new RangeValue(bounds[0], bounds[1], 1);
                default -> new RangeValue(bounds[0], bounds[1], bounds[2]);
            };
        });
        add(builtins, "divmod", (arguments, context) -> {
            Value[] slots = arguments.bind("divmod", List.of("x", "y"), 2);
            return divmod(slots[0], slots[1], context);
        });
        add(builtins, "type", (arguments, context) -> {
            Value object = arguments.bind("type", List.of("object"), 1)[0];
            ClassValue user = userClassOf(object);
            return user != null ? user : object instanceof ClassValue ? new TypeValue("type", null) : typeOf(object);
        });
        builtins.put("super", SUPER);
        add(builtins, "chr", (arguments, context) -> {
            Value value = arguments.bind("chr", List.of("i"), 1)[0];
            BigInteger code = Sequences.asIndex(value);
            if (code == null) {
                throw PlaygroundError.typeError("'" + value.typeName() + "' object cannot be interpreted as an integer");
            }
            if (code.signum() < 0 || code.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                throw PlaygroundError.valueError("chr() arg not in range(0x110000)");
            }
            return new StrValue(Character.toString(code.intValue()));
        });
        add(builtins, "ord", (arguments, context) -> {
            Value value = arguments.bind("ord", List.of("c"), 1)[0];
            if (!(value instanceof StrValue text)) {
                throw PlaygroundError.typeError("ord() expected string of length 1, but " + value.typeName() + " found");
            }
            int count = text.value().codePointCount(0, text.value().length());
            if (count != 1) {
                throw PlaygroundError.typeError("ord() expected a character, but string of length " + count + " found");
            }
            return IntValue.of(text.value().codePointAt(0));
        });
        for (String[] base : new String[][] {{"hex", "16", "0x"}, {"oct", "8", "0o"}, {"bin", "2", "0b"}}) {
            add(builtins, base[0], (arguments, context) -> {
                Value value = arguments.bind(base[0], List.of("number"), 1)[0];
                BigInteger number = Sequences.asIndex(value);
                if (number == null) {
                    throw PlaygroundError.typeError("'" + value.typeName() + "' object cannot be interpreted as an integer");
                }
                String digits = number.abs().toString(Integer.parseInt(base[1]));
                return new StrValue((number.signum() < 0 ? "-" : "") + base[2] + digits);
            });
        }
        builtins.put("staticmethod", StaticMethodValue.TYPE);
        builtins.put("classmethod", ClassMethodValue.TYPE);
        builtins.put("property", PropertyValue.TYPE);
        add(builtins, "issubclass", (arguments, context) -> {
            Value[] slots = arguments.bind("issubclass", List.of("cls", "class_or_tuple"), 2);
            if (!(slots[0] instanceof ClassValue) && !(slots[0] instanceof TypeValue)) {
                throw PlaygroundError.typeError("issubclass() arg 1 must be a class");
            }
            return BoolValue.of(isSubclass(slots[0], slots[1]));
        });
        add(builtins, "hash", (arguments, context) -> {
            Value value = arguments.bind("hash", List.of("obj"), 1)[0];
            Object key = HashKey.of(value);
            if (value instanceof InstanceValue instance && key != instance) {
                return instance.callSpecial("__hash__");
            }
            if (value instanceof DerivedBuiltin derived && DerivedBuiltins.defines(derived, "__hash__")) {
                return derived.userPart().callSpecial("__hash__");
            }
            return IntValue.of(key.hashCode());
        });
        add(builtins, "id", (arguments, context) ->
                IntValue.of(System.identityHashCode(arguments.bind("id", List.of("obj"), 1)[0]) * 16L));
        add(builtins, "setattr", (arguments, context) -> {
            Value[] slots = arguments.bind("setattr", List.of("obj", "name", "value"), 3);
            if (!(slots[1] instanceof StrValue name)) {
                throw PlaygroundError.typeError("attribute name must be string, not '" + slots[1].typeName() + "'");
            }
            if (!(slots[0] instanceof AttributeDispatch dispatch)) {
                throw PlaygroundError.attributeError("'" + slots[0].typeName() + "' object has no attribute '"
                        + name.value() + "'");
            }
            dispatch.setAttribute(name.value(), slots[2]);
            return NoneValue.INSTANCE;
        });
        add(builtins, "vars", (arguments, context) -> {
            Value object = arguments.bind("vars", List.of("object"), 1)[0];
            if (object instanceof InstanceValue || object instanceof ClassValue || object instanceof DerivedBuiltin) {
                return ((AttributeDispatch) object).getAttribute("__dict__");
            }
            throw PlaygroundError.typeError("vars() argument must have __dict__ attribute");
        });
        add(builtins, "isinstance", (arguments, context) -> {
            Value[] slots = arguments.bind("isinstance", List.of("obj", "class_or_tuple"), 2);
            return BoolValue.of(isInstance(slots[0], slots[1]));
        });
        return builtins;
    }

    private static void add(Map<String, Value> builtins, String name, BuiltinFunction.Body body) {
        builtins.put(name, new BuiltinFunction(name, body));
    }

    /** {@code type(x)}: the builtin type objects for builtin values, a named type for other kinds. */
    static TypeValue typeOf(Value value) {
        if (value instanceof ScalarConvertible && value.typeName().equals("bool")) {
            return new TypeValue("numpy.bool", null); // NumPy's bool scalar, not Python's bool
        }
        TypeValue builtin = BUILTIN_TYPES.get(value.typeName());
        return builtin != null ? builtin : new TypeValue(value.typeName(), null);
    }

    /**
     * Python's {@code isinstance}: by type name, with Python's subclassing among builtins (a bool is an int) and
     * NumPy's (its float64 is a float).
     */
    static boolean isInstance(Value value, Value type) {
        if (type instanceof TupleValue tuple) {
            for (Value element : tuple.items()) {
                if (isInstance(value, element)) {
                    return true;
                }
            }
            return false;
        }
        if (type instanceof ClassValue userType) {
            ClassValue actual = userClassOf(value);
            return actual != null && actual.isSubclassOf(userType);
        }
        if (type == TypingModule.NAMED_TUPLE) {
            throw PlaygroundError.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        if (!(type instanceof TypeValue typeValue)) {
            throw PlaygroundError.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        if (value instanceof DerivedBuiltin derived) {
            return typeValue.name().equals("object") || typeValue.name().equals(derived.type().builtinBase().name());
        }
        if (value instanceof NamedTupleValue tuple && tuple.type() != null) {
            return typeValue.name().equals("tuple") || typeValue.name().equals("object");
        }
        if (value instanceof InstanceValue instance) {
            String base = instance.type().exceptionBase();
            return typeValue.name().equals("object") || (base != null && ExceptionValue.isExceptionType(typeValue.name())
                    && ExceptionValue.isSubtype(base, typeValue.name()));
        }
        if (typeValue.name().equals("object")) {
            return true;
        }
        if (value instanceof ExceptionValue exception && ExceptionValue.isExceptionType(typeValue.name())) {
            return ExceptionValue.isSubtype(exception.type(), typeValue.name());
        }
        return value.typeName().equals(typeValue.name())
                || (typeValue.name().equals("dict") && value instanceof DictValue) // collections' subclasses
                || typeValue.name().equals("collections." + value.typeName())
                || (typeValue.name().equals("numpy.bool") && value instanceof ScalarConvertible
                        && value.typeName().equals("bool"))
                || (typeValue.name().equals("int") && value instanceof BoolValue)
                || (typeValue.name().equals("float") && value.typeName().equals("float64"))
                || (typeValue.name().equals("Array") && value.typeName().equals("ArrayImpl"));
    }

    /** {@code issubclass(cls, class_or_tuple)} for user classes; builtin types only by name. */
    private static boolean isSubclass(Value type, Value parent) {
        if (parent instanceof TupleValue tuple) {
            return tuple.items().stream().anyMatch(element -> isSubclass(type, element));
        }
        if (parent instanceof ClassValue parentClass) {
            return type instanceof ClassValue cls && cls.isSubclassOf(parentClass);
        }
        if (!(parent instanceof TypeValue parentType)) {
            throw PlaygroundError.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        if (parentType.name().equals("object")) {
            return true;
        }
        if (type instanceof ClassValue cls) {
            return cls.namedTupleFields() != null && parentType.name().equals("tuple")
                    || cls.builtinBase() != null && cls.builtinBase().name().equals(parentType.name())
                    || cls.exceptionBase() != null && ExceptionValue.isExceptionType(parentType.name())
                    && ExceptionValue.isSubtype(cls.exceptionBase(), parentType.name());
        }
        TypeValue builtin = (TypeValue) type;
        return builtin.name().equals(parentType.name())
                || (parentType.name().equals("int") && builtin.name().equals("bool"))
                || (ExceptionValue.isExceptionType(builtin.name()) && ExceptionValue.isExceptionType(parentType.name())
                        && ExceptionValue.isSubtype(builtin.name(), parentType.name()));
    }

    /** The items of an iterable value, checked against the sequence limit. */
    static List<Value> items(Value value, CallContext context) {
        return Iteration.toList(value, context.limits());
    }

    private static Value print(Arguments arguments, CallContext context) {
        String separator = " ";
        String end = "\n";
        for (Map.Entry<String, Value> keyword : arguments.keywords().entrySet()) {
            Value value = keyword.getValue();
            String text;
            if (value == NoneValue.INSTANCE) {
                text = null;
            } else if (value instanceof StrValue s) {
                text = s.value();
            } else {
                throw PlaygroundError.typeError(keyword.getKey() + " must be None or a string, not " + value.typeName());
            }
            switch (keyword.getKey()) {
                case "sep" -> separator = text == null ? " " : text;
                case "end" -> end = text == null ? "\n" : text;
                case "flush" -> {
                    // output is not buffered
                }
                default -> throw PlaygroundError.typeError("'" + keyword.getKey()
                        + "' is an invalid keyword argument for print()");
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < arguments.size(); i++) {
            if (i > 0) {
                text.append(separator);
            }
            text.append(arguments.get(i).str());
        }
        context.print(text.append(end).toString());
        return NoneValue.INSTANCE;
    }

    private static Value toInt(Arguments arguments, CallContext context) {
        Value[] slots = arguments.bind("int", List.of("x", "base"), 0);
        Value value = slots[0];
        if (value == null) {
            return IntValue.of(0);
        }
        if (slots[1] != null) {
            if (!(value instanceof StrValue text)) {
                throw PlaygroundError.typeError("int() can't convert non-string with explicit base");
            }
            BigInteger base = Sequences.asIndex(slots[1]);
            if (base == null || base.compareTo(BigInteger.TWO) < 0 || base.compareTo(BigInteger.valueOf(36)) > 0) {
                throw PlaygroundError.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            String digits = text.value().strip().replace("_", "");
            try {
                return IntValue.of(new BigInteger(digits, base.intValue()));
            } catch (NumberFormatException notANumber) {
                throw PlaygroundError.valueError("invalid literal for int() with base " + base + ": " + text.repr());
            }
        }
        if (value instanceof ScalarConvertible convertible) {
            value = convertible.toPythonScalar();
        }
        if (value instanceof DerivedBuiltin derived) {
            value = derived.plainCopy(); // the result is of the builtin type, not the subclass
        }
        return switch (value) {
            case IntValue i -> i;
            case BoolValue b -> IntValue.of(b.asInteger());
            case FloatValue f -> IntValue.of(floatToInteger(f.value()));
            case StrValue s -> {
                String text = s.value().strip();
                if (!INT_TEXT.matcher(text).matches()) {
                    throw PlaygroundError.valueError("invalid literal for int() with base 10: " + s.repr());
                }
                long digits = text.chars().filter(Character::isDigit).count();
                if (digits > PythonFormat.MAX_INT_DIGITS) {
                    throw PlaygroundError.valueError("Exceeds the limit (" + PythonFormat.MAX_INT_DIGITS
                            + " digits) for integer string conversion: value has " + digits
                            + " digits; use sys.set_int_max_str_digits() to increase the limit");
                }
                yield IntValue.of(new BigInteger(text.replace("_", "")));
            }
            case IndexValue index -> IntValue.of(index.asIndex());
            default -> throw PlaygroundError.typeError("int() argument must be a string, a bytes-like object or a "
                    + "real number, not '" + value.typeName() + "'");
        };
    }

    static BigInteger floatToInteger(double value) {
        if (Double.isNaN(value)) {
            throw PlaygroundError.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(value)) {
            throw PlaygroundError.overflowError("cannot convert float infinity to integer");
        }
        return new BigDecimal(value).toBigInteger();
    }

    private static Value toFloat(Arguments arguments, CallContext context) {
        Value[] slots = arguments.bind("float", List.of("x"), 0);
        Value value = slots[0];
        if (value == null) {
            return new FloatValue(0.0);
        }
        if (value instanceof ScalarConvertible convertible) {
            value = convertible.toPythonScalar();
        }
        if (value instanceof DerivedBuiltin derived) {
            value = derived.plainCopy(); // the result is of the builtin type, not the subclass
        }
        return switch (value) {
            case FloatValue f -> f;
            case IntValue i -> new FloatValue(PythonScalars.toDouble(i.value()));
            case BoolValue b -> new FloatValue(b.value() ? 1.0 : 0.0);
            case StrValue s -> new FloatValue(parseFloat(s));
            default -> throw PlaygroundError.typeError("float() argument must be a string or a real number, not '"
                    + value.typeName() + "'");
        };
    }

    private static double parseFloat(StrValue text) {
        String stripped = text.value().strip();
        if (!FLOAT_TEXT.matcher(stripped).matches() || stripped.chars().noneMatch(Character::isLetterOrDigit)
                || (!stripped.matches(".*\\d.*") && !stripped.toLowerCase().matches("[+-]?(inf|infinity|nan)"))) {
            throw PlaygroundError.valueError("could not convert string to float: " + text.repr());
        }
        String lower = stripped.toLowerCase();
        String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        boolean negative = lower.startsWith("-");
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        return Double.parseDouble(stripped.replace("_", ""));
    }

    private static Value abs(Arguments arguments, CallContext context) {
        Value value = arguments.bind("abs", List.of("x"), 1)[0];
        if (value instanceof DerivedBuiltin derived && DerivedBuiltins.defines(derived, "__abs__")) {
            return derived.userPart().callSpecial("__abs__");
        }
        return switch (value) {
            case IntValue i -> IntValue.of(i.value().abs());
            case BoolValue b -> IntValue.of(b.asInteger());
            case FloatValue f -> new FloatValue(Math.abs(f.value()));
            default -> {
                if (value instanceof OperatorDispatch dispatch) {
                    Value result = dispatch.absolute();
                    if (result != NotImplementedValue.INSTANCE) {
                        yield result;
                    }
                }
                throw PlaygroundError.typeError("bad operand type for abs(): '" + value.typeName() + "'");
            }
        };
    }

    /** {@code min}/{@code max}: of one iterable or of several arguments, with {@code key=} and {@code default=}. */
    private static Value extreme(String name, CompareOperator better, Arguments arguments, CallContext context) {
        Value key = null;
        Value fallback = null;
        for (Map.Entry<String, Value> keyword : arguments.keywords().entrySet()) {
            switch (keyword.getKey()) {
                case "key" -> key = keyword.getValue() == NoneValue.INSTANCE ? null : keyword.getValue();
                case "default" -> fallback = keyword.getValue();
                default -> throw PlaygroundError.typeError(name + "() got an unexpected keyword argument '"
                        + keyword.getKey() + "'");
            }
        }
        List<Value> candidates;
        if (arguments.size() == 0) {
            throw PlaygroundError.typeError(name + " expected at least 1 argument, got 0");
        } else if (arguments.size() == 1) {
            candidates = items(arguments.get(0), context);
            if (candidates.isEmpty()) {
                if (fallback != null) {
                    return fallback;
                }
                throw PlaygroundError.valueError(name + "() arg is an empty sequence");
            }
        } else {
            if (fallback != null) {
                throw PlaygroundError.typeError("Cannot specify a default for " + name + "() with multiple "
                        + "positional arguments");
            }
            candidates = arguments.positional();
        }
        Value best = candidates.getFirst();
        Value bestKey = key == null ? best : context.call(key, Arguments.of(best));
        for (Value candidate : candidates.subList(1, candidates.size())) {
            Value candidateKey = key == null ? candidate : context.call(key, Arguments.of(candidate));
            if (Operators.compare(better, candidateKey, bestKey).isTruthy()) {
                best = candidate;
                bestKey = candidateKey;
            }
        }
        return best;
    }

    private static Value round(Arguments arguments, CallContext context) {
        Value[] slots = arguments.bind("round", List.of("number", "ndigits"), 1);
        Value number = slots[0];
        Value digits = slots[1] == null || slots[1] == NoneValue.INSTANCE ? null : slots[1];
        BigInteger places = null;
        if (digits != null) {
            places = Sequences.asIndex(digits);
            if (places == null) {
                throw PlaygroundError.typeError("'" + digits.typeName() + "' object cannot be interpreted as an integer");
            }
        }
        if (number instanceof BoolValue b) {
            number = IntValue.of(b.asInteger());
        }
        if (number instanceof IntValue i) {
            if (places == null || places.signum() >= 0) {
                return i;
            }
            if (places.compareTo(BigInteger.valueOf(-100_000)) < 0) {
                return IntValue.of(0);
            }
            return IntValue.of(new BigDecimal(i.value()).setScale(places.intValue(), RoundingMode.HALF_EVEN)
                    .toBigInteger());
        }
        if (number instanceof FloatValue f) {
            double value = f.value();
            if (places == null) {
                return IntValue.of(floatToInteger(Math.rint(value)));
            }
            if (Double.isNaN(value) || Double.isInfinite(value) || places.compareTo(BigInteger.valueOf(400)) > 0) {
                return f;
            }
            if (places.compareTo(BigInteger.valueOf(-400)) < 0) {
                return new FloatValue(Math.copySign(0.0, value));
            }
            // Python rounds the exact binary value, so round(2.675, 2) is 2.67.
            double rounded = new BigDecimal(value).setScale(places.intValue(), RoundingMode.HALF_EVEN).doubleValue();
            return new FloatValue(rounded == 0.0 ? Math.copySign(0.0, value) : rounded);
        }
        throw PlaygroundError.typeError("type " + number.typeName() + " doesn't define __round__ method");
    }

    private static Value divmod(Value x, Value y, CallContext context) {
        boolean xInt = x instanceof IntValue || x instanceof BoolValue;
        boolean yInt = y instanceof IntValue || y instanceof BoolValue;
        if (xInt && yInt) {
            BigInteger a = Sequences.asIndex(x);
            BigInteger b = Sequences.asIndex(y);
            if (b.signum() == 0) {
                throw PlaygroundError.zeroDivisionError("integer division or modulo by zero");
            }
            return TupleValue.of(IntValue.of(PythonScalars.floorDivide(a, b)), IntValue.of(PythonScalars.floorModulo(a, b)));
        }
        boolean xNumber = xInt || x instanceof FloatValue;
        boolean yNumber = yInt || y instanceof FloatValue;
        if (xNumber && yNumber) {
            double b = Operators.toDouble(y);
            if (b == 0.0) {
                throw PlaygroundError.zeroDivisionError("float divmod()");
            }
            double[] result = PythonScalars.floatDivmod(Operators.toDouble(x), b);
            return TupleValue.of(new FloatValue(result[0]), new FloatValue(result[1]));
        }
        Value quotient = Operators.binary(BinaryOperator.FLOOR_DIVIDE, x, y, context.limits());
        Value remainder = Operators.binary(BinaryOperator.MODULO, x, y, context.limits());
        return new TupleValue(new ArrayList<>(List.of(quotient, remainder)));
    }
}
