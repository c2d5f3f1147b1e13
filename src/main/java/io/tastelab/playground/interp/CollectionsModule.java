package io.tastelab.playground.interp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code collections}, as far as tutorials use it: {@code namedtuple}, {@code defaultdict},
 * {@code Counter}, {@code OrderedDict} and {@code deque}.
 */
final class CollectionsModule {

    private CollectionsModule() {
    }

    static ModuleValue create() {
        Map<String, Value> attributes = new LinkedHashMap<>();
        attributes.put("namedtuple", new BuiltinFunction("namedtuple", CollectionsModule::namedtuple));
        attributes.put("defaultdict", new TypeValue(DefaultDictValue.TYPE, DefaultDictValue::construct));
        attributes.put("Counter", new TypeValue(CounterValue.TYPE, CounterValue::construct));
        attributes.put("OrderedDict", new TypeValue(OrderedDictValue.TYPE, OrderedDictValue::construct));
        attributes.put("deque", new TypeValue(DequeValue.TYPE, DequeValue::construct));
        return new ModuleValue("collections", attributes);
    }

    /**
     * {@code namedtuple('Point', 'x y')} or {@code namedtuple('Point', ['x', 'y'], defaults=[0])}: a named tuple
     * class, with Python's checks of the field names.
     */
    private static Value namedtuple(Arguments arguments, CallContext context) {
        Value[] slots = arguments.bind("namedtuple", List.of("typename", "field_names", "rename", "defaults",
                "module"), 2);
        if (!(slots[0] instanceof StrValue typeName)) {
            throw PlaygroundError.typeError("Type names and field names must be strings");
        }
        List<String> fields = new ArrayList<>();
        if (slots[1] instanceof StrValue text) {
            for (String field : text.value().replace(',', ' ').trim().split("\\s+")) {
                if (!field.isEmpty()) {
                    fields.add(field);
                }
            }
        } else {
            for (Value field : Iteration.toList(slots[1], context.limits())) {
                if (!(field instanceof StrValue name)) {
                    throw PlaygroundError.typeError("Type names and field names must be strings");
                }
                fields.add(name.value());
            }
        }
        checkName(typeName.value(), "Type names");
        List<String> seen = new ArrayList<>();
        for (String field : fields) {
            checkName(field, "Type names and field names");
            if (field.startsWith("_")) {
                throw PlaygroundError.valueError("Field names cannot start with an underscore: '" + field + "'");
            }
            if (seen.contains(field)) {
                throw PlaygroundError.valueError("Encountered duplicate field name: '" + field + "'");
            }
            seen.add(field);
        }
        Map<String, Value> defaults = new LinkedHashMap<>();
        if (slots[3] != null && slots[3] != NoneValue.INSTANCE) {
            List<Value> values = Iteration.toList(slots[3], context.limits());
            if (values.size() > fields.size()) {
                throw PlaygroundError.typeError("Got more default values than field names");
            }
            for (int i = 0; i < values.size(); i++) {
                defaults.put(fields.get(fields.size() - values.size() + i), values.get(i));
            }
        }
        return new ClassValue(typeName.value(), List.of(), defaults, fields, fields, context);
    }

    private static void checkName(String name, String what) {
        boolean identifier = !name.isEmpty() && Character.isJavaIdentifierStart(name.codePointAt(0))
                && name.codePoints().allMatch(Character::isJavaIdentifierPart) && !name.contains("$");
        if (!identifier) {
            throw PlaygroundError.valueError(what + " must be valid identifiers: '" + name + "'");
        }
        if (io.tastelab.playground.lang.Lexer.KEYWORDS.contains(name)) {
            throw PlaygroundError.valueError(what + " cannot be a keyword: '" + name + "'");
        }
    }
}
