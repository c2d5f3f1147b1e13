package io.tastelab.playground.interp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code dataclasses}: {@code @dataclass} (also {@code @dataclass(frozen=True, eq=..., repr=...)}) adds
 * {@code __init__}, {@code __repr__} and {@code __eq__} made from the class's annotated fields (with defaults and
 * {@code field(default_factory=...)}), as CPython generates them; {@code fields}, {@code asdict} and
 * {@code replace}.
 */
final class DataclassesModule {

    private static final List<String> OPTIONS = List.of("init", "repr", "eq", "order", "unsafe_hash", "frozen");

    private DataclassesModule() {
    }

    static ModuleValue create() {
        Map<String, Value> attributes = new LinkedHashMap<>();
        attributes.put("dataclass", new BuiltinFunction("dataclass", DataclassesModule::dataclass));
        attributes.put("field", new BuiltinFunction("field", (arguments, context) -> {
            if (!arguments.positional().isEmpty()) {
                throw PlaygroundError.typeError("field() takes 0 positional arguments but "
                        + arguments.positional().size() + " were given");
            }
            Value[] slots = arguments.bind("field", List.of("default", "default_factory", "init", "repr", "hash",
                    "compare", "metadata", "kw_only"), 0);
            if (slots[0] != null && slots[1] != null) {
                throw PlaygroundError.valueError("cannot specify both default and default_factory");
            }
            return new Field(slots[0], slots[1], slots[6]);
        }));
        attributes.put("fields", new BuiltinFunction("fields", (arguments, context) -> {
            ClassValue type = dataclassOf(arguments.bind("fields", List.of("class_or_instance"), 1)[0], "fields");
            return new TupleValue(fieldNames(type).stream().<Value>map(FieldInfo::new).toList());
        }));
        attributes.put("asdict", new BuiltinFunction("asdict", (arguments, context) -> {
            Value object = arguments.bind("asdict", List.of("obj"), 1)[0];
            ClassValue type = dataclassOf(object, "asdict");
            DictValue dict = new DictValue();
            for (String name : fieldNames(type)) {
                dict.put(new StrValue(name), ((InstanceValue) object).attributes().get(name));
            }
            return dict;
        }));
        attributes.put("replace", new BuiltinFunction("replace", (arguments, context) -> {
            if (arguments.positional().size() != 1) {
                throw PlaygroundError.typeError("replace() takes 1 positional argument");
            }
            Value object = arguments.get(0);
            ClassValue type = dataclassOf(object, "replace");
            Map<String, Value> values = new LinkedHashMap<>();
            for (String name : fieldNames(type)) {
                values.put(name, ((InstanceValue) object).attributes().get(name));
            }
            values.putAll(arguments.keywords());
            return context.call(type, new Arguments(List.of(), values));
        }));
        return new ModuleValue("dataclasses", attributes);
    }

    /** What {@code field(...)} returns: read by {@code @dataclass} in place of a plain default. */
    record Field(Value defaultValue, Value defaultFactory, Value metadata) implements Value {
        @Override
        public String typeName() {
            return "Field";
        }

        @Override
        public String repr() {
            return "Field(default=" + (defaultValue == null ? "<factory>" : defaultValue.repr()) + ")";
        }
    }

    /** One entry of {@code fields(...)}: a field's {@code name}. */
    record FieldInfo(String name) implements AttributeDispatch {
        @Override
        public Value getAttribute(String attribute) {
            return attribute.equals("name") ? new StrValue(name) : null;
        }

        @Override
        public String typeName() {
            return "Field";
        }

        @Override
        public String repr() {
            return "Field(name='" + name + "')";
        }
    }

    private static Value dataclass(Arguments arguments, CallContext context) {
        if (arguments.positional().isEmpty()) {
            Map<String, Boolean> options = options(arguments.keywords());
            return new BuiltinFunction("dataclass", (inner, innerContext) ->
                    decorate(inner.bind("dataclass", List.of("cls"), 1)[0], options));
        }
        Value[] slots = arguments.bind("dataclass", List.of("cls"), 1);
        return decorate(slots[0], options(Map.of()));
    }

    private static Map<String, Boolean> options(Map<String, Value> keywords) {
        Map<String, Boolean> options = new LinkedHashMap<>(Map.of("init", true, "repr", true, "eq", true,
                "frozen", false, "order", false, "unsafe_hash", false));
        keywords.forEach((name, value) -> {
            if (!OPTIONS.contains(name)) {
                throw PlaygroundError.typeError("dataclass() got an unexpected keyword argument '" + name + "'");
            }
            options.put(name, value.isTruthy());
        });
        if (options.get("order")) {
            throw PlaygroundError.typeError("the playground's dataclasses don't generate order methods (order=True)");
        }
        return options;
    }

    /** The fields of a dataclass, its bases' first (Python's order). */
    static List<String> fieldNames(ClassValue type) {
        List<String> names = new ArrayList<>();
        for (ClassValue base : type.mro().reversed()) {
            if (base.isDataclass()) {
                for (String name : base.annotations()) {
                    if (!names.contains(name)) {
                        names.add(name);
                    }
                }
            }
        }
        return names;
    }

    private static ClassValue dataclassOf(Value value, String function) {
        ClassValue type = value instanceof ClassValue c ? c : value instanceof InstanceValue i ? i.type() : null;
        if (type == null || !type.isDataclass()) {
            throw PlaygroundError.typeError(function + "() should be called on dataclass instances");
        }
        return type;
    }

    private static Value decorate(Value value, Map<String, Boolean> options) {
        if (!(value instanceof ClassValue type) || type.namedTupleFields() != null) {
            throw PlaygroundError.typeError("the playground's @dataclass applies to classes made with 'class', not "
                    + value.repr());
        }
        type.markDataclass(options.get("frozen"));
        List<String> names = fieldNames(type);
        List<Value> defaults = new ArrayList<>();
        List<Value> factories = new ArrayList<>();
        boolean sawDefault = false;
        for (String name : names) {
            Value declared = type.lookup(name);
            Value defaultValue = declared;
            Value factory = null;
            if (declared instanceof Field field) {
                defaultValue = field.defaultValue();
                factory = field.defaultFactory();
                if (defaultValue != null) {
                    type.setAttribute(name, defaultValue);
                } else {
                    type.deleteAttribute(name);
                }
            }
            if (defaultValue instanceof ListValue || defaultValue instanceof DictValue
                    || defaultValue instanceof SetValue) {
                throw PlaygroundError.valueError("mutable default " + Builtins.typeOf(defaultValue).repr()
                        + " for field " + name + " is not allowed: use default_factory");
            }
            if (defaultValue == null && factory == null && sawDefault) {
                throw PlaygroundError.typeError("non-default argument '" + name + "' follows default argument");
            }
            sawDefault |= defaultValue != null || factory != null;
            defaults.add(defaultValue);
            factories.add(factory);
        }
        if (options.get("init")) {
            type.setAttribute("__init__", new NativeMethod(type.name() + ".__init__", (arguments, context) -> {
                List<Value> positional = arguments.positional();
                InstanceValue self = (InstanceValue) positional.getFirst();
                int required = 0;
                while (required < names.size() && defaults.get(required) == null
                        && factories.get(required) == null) {
                    required++;
                }
                Value[] slots = new Arguments(positional.subList(1, positional.size()), arguments.keywords())
                        .bind(type.name() + ".__init__", names, required);
                for (int i = 0; i < names.size(); i++) {
                    Value given = slots[i];
                    if (given == null) {
                        given = factories.get(i) != null ? context.call(factories.get(i), Arguments.of())
                                : defaults.get(i);
                        if (given == null) {
                            throw PlaygroundError.typeError(type.name() + ".__init__() missing 1 required "
                                    + "positional argument: '" + names.get(i) + "'");
                        }
                    }
                    self.attributes().put(names.get(i), given);
                }
                Value post = type.lookup("__post_init__");
                if (post != null) {
                    context.call(ClassValue.bind(post, self, type), Arguments.of());
                }
                return NoneValue.INSTANCE;
            }));
        }
        if (options.get("repr") && !type.definesItself("__repr__")) {
            type.setAttribute("__repr__", new NativeMethod(type.name() + ".__repr__", (arguments, context) -> {
                InstanceValue self = (InstanceValue) arguments.get(0);
                List<String> parts = new ArrayList<>();
                for (String name : names) {
                    Value field = self.getAttribute(name);
                    parts.add(name + "=" + (field == null ? "<missing>" : field.repr()));
                }
                return new StrValue(self.type().name() + "(" + String.join(", ", parts) + ")");
            }));
        }
        if (options.get("eq") && !type.definesItself("__eq__")) {
            type.setAttribute("__eq__", new NativeMethod(type.name() + ".__eq__", (arguments, context) -> {
                InstanceValue self = (InstanceValue) arguments.get(0);
                Value other = arguments.get(1);
                if (!(other instanceof InstanceValue that) || that.type() != self.type()) {
                    return NotImplementedValue.INSTANCE;
                }
                return BoolValue.of(Operators.equal(values(self, names), values(that, names)));
            }));
            if (options.get("frozen") || options.get("unsafe_hash")) {
                type.setAttribute("__hash__", new NativeMethod(type.name() + ".__hash__", (arguments, context) ->
                        IntValue.of(HashKey.of(values((InstanceValue) arguments.get(0), names)).hashCode())));
            }
        }
        return type;
    }

    private static TupleValue values(InstanceValue instance, List<String> names) {
        List<Value> values = new ArrayList<>();
        for (String name : names) {
            Value value = instance.getAttribute(name);
            values.add(value == null ? NoneValue.INSTANCE : value);
        }
        return new TupleValue(values);
    }
}
