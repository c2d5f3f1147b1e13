package io.tastelab.playground.interp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code typing}, as far as tutorials use it: {@code NamedTuple} (as a base class, and its functional form
 * {@code NamedTuple('P', [('a', int)])}) and the names annotations mention ({@code Any}, {@code Optional},
 * {@code Callable}, ...). The playground does not evaluate annotations, so those names only have to exist and be
 * subscriptable.
 */
final class TypingModule {

    /** {@code typing.NamedTuple}: a class statement that names it as its base makes a named tuple class. */
    static final BuiltinFunction NAMED_TUPLE = new BuiltinFunction("NamedTuple", TypingModule::namedTuple);
    /** {@code typing.Generic}: accepted, and ignored, as a base class. */
    static final Value GENERIC = new SpecialForm("Generic");

    private static final List<String> SPECIAL_FORMS = List.of("Any", "Optional", "Union", "Callable", "List",
            "Dict", "Tuple", "Set", "Sequence", "Mapping", "Iterable", "Iterator", "Type", "ClassVar", "Final",
            "Literal");

    private TypingModule() {
    }

    static ModuleValue create() {
        Map<String, Value> attributes = new LinkedHashMap<>();
        attributes.put("NamedTuple", NAMED_TUPLE);
        attributes.put("Generic", GENERIC);
        for (String name : SPECIAL_FORMS) {
            attributes.put(name, new SpecialForm(name));
        }
        attributes.put("TypeVar", new BuiltinFunction("TypeVar", (arguments, context) -> {
            if (arguments.positional().isEmpty() || !(arguments.get(0) instanceof StrValue name)) {
                throw PlaygroundError.typeError("TypeVar() missing required argument: 'name'");
            }
            return new SpecialForm("~" + name.value());
        }));
        return new ModuleValue("typing", attributes);
    }

    /** {@code NamedTuple('Point', [('x', int), ('y', int)])}: a named tuple class with those fields. */
    private static Value namedTuple(Arguments arguments, CallContext context) {
        Value[] slots = arguments.bind("NamedTuple", List.of("typename", "fields"), 1);
        if (!(slots[0] instanceof StrValue name)) {
            throw PlaygroundError.typeError("NamedTuple() argument 'typename' must be str, not " + slots[0].typeName());
        }
        List<String> fields = new ArrayList<>();
        if (slots[1] != null && slots[1] != NoneValue.INSTANCE) {
            for (Value field : Iteration.toList(slots[1], context.limits())) {
                List<Value> pair = field instanceof IterableValue iterable ? iterable.items() : List.of();
                if (pair.size() != 2 || !(pair.getFirst() instanceof StrValue fieldName)) {
                    throw PlaygroundError.typeError("NamedTuple('Name', [(f0, t0), (f1, t1), ...]); each field is a "
                            + "(name, type) pair");
                }
                fields.add(fieldName.value());
            }
        }
        return new ClassValue(name.value(), List.of(), Map.of(), fields, fields, context);
    }

    /** A name from {@code typing} used in annotations: {@code Optional[int]} is accepted and means nothing here. */
    private record SpecialForm(String name) implements SubscriptDispatch {
        @Override
        public Value getItem(Value index) {
            return this;
        }

        @Override
        public String typeName() {
            return "_SpecialForm";
        }

        @Override
        public String repr() {
            return name.startsWith("~") ? name : "typing." + name;
        }
    }
}
