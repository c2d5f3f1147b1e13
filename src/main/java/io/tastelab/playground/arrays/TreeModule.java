package io.tastelab.playground.arrays;

import io.tastelab.playground.interp.Arguments;
import io.tastelab.playground.interp.AttributeDispatch;
import io.tastelab.playground.interp.BuiltinFunction;
import io.tastelab.playground.interp.CallContext;
import io.tastelab.playground.interp.ClassValue;
import io.tastelab.playground.interp.DerivedBuiltin;
import io.tastelab.playground.interp.InstanceValue;
import io.tastelab.playground.interp.IterableValue;
import io.tastelab.playground.interp.NamedTupleValue;
import io.tastelab.playground.interp.Operators;
import io.tastelab.playground.interp.DictValue;
import io.tastelab.playground.interp.FloatValue;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.Iteration;
import io.tastelab.playground.interp.ListValue;
import io.tastelab.playground.interp.ModuleValue;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.StrValue;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JAX's pytree utilities for the containers the playground has: lists, tuples, dicts (flattened in sorted key
 * order, as JAX does), None (a node without leaves), named tuples, and instances of classes registered with
 * {@code register_pytree_node} / {@code register_pytree_node_class} (the registration lives on the class); every
 * other value is a leaf. Key paths ({@code tree_flatten_with_path}, {@code keystr}) as JAX prints them. {@code jax.tree.map},
 * {@code leaves}, {@code structure}, {@code flatten}, {@code unflatten}, {@code reduce} and {@code transpose},
 * and their {@code jax.tree_util.tree_*} names. A tree is walked with the interpreter's budget checked per node,
 * so a huge tree stays cancellable.
 */
final class TreeModule {

    private TreeModule() {
    }

    /** {@code jax.tree}. */
    static ModuleValue tree() {
        return new ModuleValue("jax.tree", functions(""));
    }

    /** {@code jax.tree_util}. */
    static ModuleValue treeUtil() {
        return new ModuleValue("jax.tree_util", functions("tree_"));
    }

    private static Map<String, Value> functions(String prefix) {
        Map<String, Value> functions = new LinkedHashMap<>();
        put(functions, prefix + "map", TreeModule::map);
        put(functions, prefix + "leaves", (arguments, context) -> {
            Value[] a = arguments.bind(prefix + "leaves", List.of("tree", "is_leaf"), 1);
            List<Value> leaves = new ArrayList<>();
            flatten(a[0], a[1], context, leaves);
            return new ListValue(leaves);
        });
        put(functions, prefix + "structure", (arguments, context) -> {
            Value[] a = arguments.bind(prefix + "structure", List.of("tree", "is_leaf"), 1);
            return new TreeDef(flatten(a[0], a[1], context, new ArrayList<>()));
        });
        put(functions, prefix + "flatten", (arguments, context) -> {
            Value[] a = arguments.bind(prefix + "flatten", List.of("tree", "is_leaf"), 1);
            List<Value> leaves = new ArrayList<>();
            Node node = flatten(a[0], a[1], context, leaves);
            return TupleValue.of(new ListValue(leaves), new TreeDef(node));
        });
        put(functions, prefix + "unflatten", (arguments, context) -> {
            Value[] a = arguments.bind(prefix + "unflatten", List.of("treedef", "leaves"), 2);
            return treeDef(a[0]).unflatten(a[1], context);
        });
        put(functions, prefix + "reduce", (arguments, context) -> {
            Value[] a = arguments.bind(prefix + "reduce", List.of("function", "tree", "initializer", "is_leaf"), 2);
            List<Value> leaves = new ArrayList<>();
            flatten(a[1], a[3], context, leaves);
            Value accumulated = a[2];
            for (Value leaf : leaves) {
                context.checkBudget();
                accumulated = accumulated == null ? leaf : context.call(a[0], Arguments.of(accumulated, leaf));
            }
            if (accumulated == null) {
                throw PlaygroundError.typeError("reduce() of empty iterable with no initial value");
            }
            return accumulated;
        });
        put(functions, prefix + "transpose", TreeModule::transpose);
        if (prefix.isEmpty()) {
            put(functions, "map_with_path", TreeModule::mapWithPath);
            put(functions, "leaves_with_path", (arguments, context) -> {
                Value[] a = arguments.bind("leaves_with_path", List.of("tree", "is_leaf"), 1);
                return new ListValue(withPaths(a[0], a[1], context));
            });
            put(functions, "flatten_with_path", TreeModule::flattenWithPath);
        } else {
            put(functions, "tree_map_with_path", TreeModule::mapWithPath);
            put(functions, "tree_leaves_with_path", (arguments, context) -> {
                Value[] a = arguments.bind("tree_leaves_with_path", List.of("tree", "is_leaf"), 1);
                return new ListValue(withPaths(a[0], a[1], context));
            });
            put(functions, "tree_flatten_with_path", TreeModule::flattenWithPath);
            put(functions, "keystr", (arguments, context) -> {
                Value[] a = arguments.bind("keystr", List.of("keys", "simple", "separator"), 1);
                StringBuilder text = new StringBuilder();
                for (Value key : Iteration.toList(a[0], context.limits())) {
                    if (!(key instanceof KeyEntry entry)) {
                        throw PlaygroundError.typeError("keystr() expects a tuple of keys (SequenceKey, DictKey, "
                                + "GetAttrKey, FlattenedIndexKey), got " + key.typeName());
                    }
                    text.append(entry.text());
                }
                return new StrValue(text.toString());
            });
            put(functions, "register_pytree_node", (arguments, context) -> {
                Value[] a = arguments.bind("register_pytree_node", List.of("nodetype", "flatten_func",
                        "unflatten_func", "flatten_with_keys_func"), 3);
                registrable(a[0]).registerPytree(new ClassValue.PytreeNode(a[1], a[2]));
                return NoneValue.INSTANCE;
            });
            put(functions, "register_pytree_with_keys", (arguments, context) -> {
                Value[] a = arguments.bind("register_pytree_with_keys", List.of("nodetype", "flatten_with_keys",
                        "unflatten_func", "flatten_func"), 3);
                Value flatten = a[3] == null || a[3] == NoneValue.INSTANCE ? null : a[3];
                registrable(a[0]).registerPytree(new ClassValue.PytreeNode(flatten, a[2], null, a[1]));
                return NoneValue.INSTANCE;
            });
            put(functions, "register_static", (arguments, context) -> {
                // A static class is a node without children whose auxiliary data is the instance itself.
                ClassValue type = registrable(arguments.bind("register_static", List.of("cls"), 1)[0]);
                type.registerPytree(new ClassValue.PytreeNode(
                        new BuiltinFunction("flatten", (flattenArguments, flattenContext) ->
                                TupleValue.of(new TupleValue(List.of()), flattenArguments.get(0))),
                        new BuiltinFunction("unflatten", (unflattenArguments, unflattenContext) ->
                                unflattenArguments.get(0))));
                return type;
            });
            for (String kind : List.of("SequenceKey", "DictKey", "GetAttrKey", "FlattenedIndexKey")) {
                put(functions, kind, (arguments, context) -> new KeyEntry(kind,
                        arguments.bind(kind, List.of(KeyEntry.fieldOf(kind)), 1)[0]));
            }
            put(functions, "register_dataclass", TreeModule::registerDataclass);
            put(functions, "register_pytree_node_class", (arguments, context) -> {
                Value type = arguments.bind("register_pytree_node_class", List.of("cls"), 1)[0];
                ClassValue registered = registrable(type);
                Value unflatten = registered.getAttribute("tree_unflatten");
                if (registered.lookup("tree_flatten") == null || unflatten == null) {
                    throw PlaygroundError.attributeError("type object '" + registered.name()
                            + "' has no attribute 'tree_flatten' or 'tree_unflatten'");
                }
                Value flatten = new BuiltinFunction("tree_flatten", (flattenArguments, flattenContext) ->
                        flattenContext.call(((AttributeDispatch) flattenArguments.get(0)).getAttribute("tree_flatten"),
                                Arguments.of()));
                registered.registerPytree(new ClassValue.PytreeNode(flatten, unflatten));
                return registered;
            });
        }
        return functions;
    }

    /**
     * {@code tree}'s leaves in JAX's order, added to {@code leaves}, and its structure: how the transformations
     * ({@code jax.grad}, {@code jax.jacrev}) take pytree arguments apart and build their results back.
     */
    static TreeDef flattenTree(Value tree, CallContext context, List<Value> leaves) {
        return new TreeDef(flatten(tree, null, context, leaves));
    }

    /**
     * {@code register_dataclass(cls, data_fields, meta_fields)}: the data fields are children (keyed by attribute
     * name), the meta fields the static auxiliary data; unflattening calls the class with every field by keyword.
     * Without the field lists, a {@code @dataclass}'s fields are all data.
     */
    private static Value registerDataclass(Arguments arguments, CallContext context) {
        Value[] a = arguments.bind("register_dataclass", List.of("nodetype", "data_fields", "meta_fields",
                "drop_fields"), 1);
        ClassValue type = registrable(a[0]);
        List<String> data = names(a[1], context);
        List<String> meta = names(a[2], context);
        if (data == null || meta == null) {
            if (!type.isDataclass()) {
                throw PlaygroundError.typeError("register_dataclass: data_fields and meta_fields are required when "
                        + type.name() + " is not a @dataclass");
            }
            if (data == null) {
                data = new ArrayList<>(type.annotations());
                if (meta != null) {
                    data.removeAll(meta);
                }
            }
            if (meta == null) {
                meta = List.of();
            }
        }
        List<String> dataFields = List.copyOf(data);
        List<String> metaFields = List.copyOf(meta);
        Value flatten = new BuiltinFunction("flatten", (flattenArguments, flattenContext) -> {
            InstanceValue instance = (InstanceValue) flattenArguments.get(0);
            List<Value> children = new ArrayList<>();
            for (String field : dataFields) {
                children.add(field(instance, field));
            }
            List<Value> aux = new ArrayList<>();
            for (String field : metaFields) {
                aux.add(field(instance, field));
            }
            return TupleValue.of(new TupleValue(children), new TupleValue(aux));
        });
        Value unflatten = new BuiltinFunction("unflatten", (unflattenArguments, unflattenContext) -> {
            List<Value> aux = ((IterableValue) unflattenArguments.get(0)).items();
            List<Value> children = ((IterableValue) unflattenArguments.get(1)).items();
            Map<String, Value> keywords = new LinkedHashMap<>();
            for (int i = 0; i < metaFields.size(); i++) {
                keywords.put(metaFields.get(i), aux.get(i));
            }
            for (int i = 0; i < dataFields.size(); i++) {
                keywords.put(dataFields.get(i), children.get(i));
            }
            return unflattenContext.call(type, new Arguments(List.of(), keywords));
        });
        type.registerPytree(new ClassValue.PytreeNode(flatten, unflatten, dataFields));
        return type;
    }

    private static Value field(InstanceValue instance, String name) {
        Value value = instance.getAttribute(name);
        if (value == null) {
            throw PlaygroundError.attributeError("'" + instance.typeName() + "' object has no attribute '" + name + "'");
        }
        return value;
    }

    private static List<String> names(Value value, CallContext context) {
        if (value == null || value == NoneValue.INSTANCE) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (Value item : Iteration.toList(value, context.limits())) {
            if (!(item instanceof StrValue name)) {
                throw PlaygroundError.typeError("register_dataclass: field names must be str, got " + item.repr());
            }
            names.add(name.value());
        }
        return names;
    }

    private static ClassValue registrable(Value type) {
        if (!(type instanceof ClassValue registered) || registered.namedTupleFields() != null) {
            throw PlaygroundError.typeError("the playground registers pytree nodes for classes made with 'class', "
                    + "not " + type.repr());
        }
        return registered;
    }

    private static void put(Map<String, Value> functions, String name, BuiltinFunction.Body body) {
        functions.put(name, new BuiltinFunction(name, body));
    }

    // ---------------------------------------------------------------- the tree model

    private enum Kind { LEAF, NONE, LIST, TUPLE, DICT, NAMEDTUPLE, CUSTOM }

    /**
     * A tree's structure: its kind, children, for a dict its keys in flattening (sorted) order; for a named tuple
     * or a registered class its class, and for a registered class the auxiliary data its flatten returned.
     */
    private record Node(Kind kind, List<Node> children, List<Value> keys, ClassValue type, Value aux) {

        Node(Kind kind, List<Node> children, List<Value> keys) {
            this(kind, children, keys, null, null);
        }

        int leafCount() {
            return kind == Kind.LEAF ? 1 : children.stream().mapToInt(Node::leafCount).sum();
        }

        String text() {
            List<String> parts = children.stream().map(Node::text).toList();
            return switch (kind) {
                case LEAF -> "*";
                case NONE -> "None";
                case LIST -> "[" + String.join(", ", parts) + "]";
                case TUPLE -> "(" + String.join(", ", parts) + (parts.size() == 1 ? ",)" : ")");
                case DICT -> {
                    List<String> entries = new ArrayList<>();
                    for (int i = 0; i < parts.size(); i++) {
                        entries.add(keys.get(i).repr() + ": " + parts.get(i));
                    }
                    yield "{" + String.join(", ", entries) + "}";
                }
                case NAMEDTUPLE -> "CustomNode(namedtuple[" + type.name() + "], [" + String.join(", ", parts) + "])";
                case CUSTOM -> "CustomNode(" + type.name() + "[" + aux.repr() + "], [" + String.join(", ", parts)
                        + "])";
            };
        }

        boolean sameStructure(Node other) {
            if (kind != other.kind || children.size() != other.children.size()) {
                return false;
            }
            if (kind == Kind.DICT && !keys.stream().map(Value::repr).toList()
                    .equals(other.keys.stream().map(Value::repr).toList())) {
                return false;
            }
            if (type != other.type || (kind == Kind.CUSTOM && !Operators.equal(aux, other.aux))) {
                return false;
            }
            for (int i = 0; i < children.size(); i++) {
                if (!children.get(i).sameStructure(other.children.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    private static Node flatten(Value tree, Value isLeaf, CallContext context, List<Value> leaves) {
        context.checkBudget();
        if (isLeaf != null && isLeaf != NoneValue.INSTANCE
                && context.call(isLeaf, Arguments.of(tree)).isTruthy()) {
            leaves.add(tree);
            return new Node(Kind.LEAF, List.of(), List.of());
        }
        if (tree == NoneValue.INSTANCE) {
            return new Node(Kind.NONE, List.of(), List.of());
        }
        ClassValue registered = registeredClass(tree);
        if (registered != null) {
            Custom parts = custom(tree, context);
            List<Node> children = new ArrayList<>();
            for (Value child : parts.children()) {
                children.add(flatten(child, isLeaf, context, leaves));
            }
            return new Node(Kind.CUSTOM, children, List.of(), registered, parts.aux());
        }
        if (tree instanceof DerivedBuiltin) {
            // JAX's registry is keyed by the exact type: an unregistered subclass of list, tuple or dict is a leaf
            leaves.add(tree);
            return new Node(Kind.LEAF, List.of(), List.of());
        }
        if (tree instanceof ListValue || tree instanceof TupleValue) {
            List<Value> items = tree instanceof ListValue list ? List.copyOf(list.items())
                    : ((TupleValue) tree).items();
            List<Node> children = new ArrayList<>();
            for (Value item : items) {
                children.add(flatten(item, isLeaf, context, leaves));
            }
            return new Node(tree instanceof ListValue ? Kind.LIST : Kind.TUPLE, children, List.of());
        }
        if (tree instanceof DictValue dict) {
            List<Value> keys = sortedKeys(dict.keys());
            List<Node> children = new ArrayList<>();
            for (Value key : keys) {
                children.add(flatten(dict.get(key), isLeaf, context, leaves));
            }
            return new Node(Kind.DICT, children, keys);
        }
        if (tree instanceof NamedTupleValue named && named.type() != null) {
            List<Node> children = new ArrayList<>();
            for (Value item : named.items()) {
                children.add(flatten(item, isLeaf, context, leaves));
            }
            return new Node(Kind.NAMEDTUPLE, children, List.of(), named.type(), null);
        }
        leaves.add(tree);
        return new Node(Kind.LEAF, List.of(), List.of());
    }

    /** What a registered class's flatten function returned: the children and the auxiliary data. */
    private record Custom(List<Value> children, Value aux) {
    }

    /**
     * The class of a value JAX's registry knows as a custom node: an instance of a registered class, or of a
     * registered class derived from a builtin type ({@code register_static}'s {@code StaticStr}); else null.
     */
    private static ClassValue registeredClass(Value tree) {
        ClassValue type = switch (tree) {
            case InstanceValue instance -> instance.type();
            case DerivedBuiltin derived -> derived.type();
            default -> null;
        };
        return type != null && type.pytree() != null ? type : null;
    }

    private static Custom custom(Value instance, CallContext context) {
        ClassValue.PytreeNode registration = registeredClass(instance).pytree();
        if (registration.flatten() == null) {
            KeyedChildren keyed = keyedChildren(instance, context);
            return new Custom(keyed.children(), keyed.aux());
        }
        List<Value> pair = flattenedPair(context.call(registration.flatten(), Arguments.of(instance)), instance,
                "(children, aux_data)");
        return new Custom(Iteration.toList(pair.get(0), context.limits()), pair.get(1));
    }

    private static List<Value> flattenedPair(Value flattened, Value instance, String expected) {
        List<Value> pair = flattened instanceof TupleValue || flattened instanceof ListValue
                ? ((IterableValue) flattened).items() : List.of();
        if (pair.size() != 2) {
            throw PlaygroundError.valueError("the flatten function registered for " + registeredClass(instance).name()
                    + " must return a pair " + expected + ", got " + flattened.repr());
        }
        return pair;
    }

    /** What a {@code register_pytree_with_keys} flatten returned: each child with its key, and the aux data. */
    private record KeyedChildren(List<Value> keys, List<Value> children, Value aux) {
    }

    private static KeyedChildren keyedChildren(Value instance, CallContext context) {
        List<Value> pair = flattenedPair(context.call(registeredClass(instance).pytree().flattenWithKeys(),
                Arguments.of(instance)), instance, "((key, child) pairs, aux_data)");
        List<Value> keys = new ArrayList<>();
        List<Value> children = new ArrayList<>();
        for (Value entry : Iteration.toList(pair.get(0), context.limits())) {
            List<Value> keyAndChild = entry instanceof TupleValue || entry instanceof ListValue
                    ? ((IterableValue) entry).items() : List.of();
            if (keyAndChild.size() != 2) {
                throw PlaygroundError.valueError("the flatten_with_keys function registered for "
                        + registeredClass(instance).name() + " must give (key, child) pairs, got " + entry.repr());
            }
            keys.add(keyAndChild.get(0));
            children.add(keyAndChild.get(1));
        }
        return new KeyedChildren(keys, children, pair.get(1));
    }

    /** A dict's keys as JAX orders them: sorted when they compare (all str, or all numbers), else as inserted. */
    private static List<Value> sortedKeys(List<Value> keys) {
        List<Value> sorted = new ArrayList<>(keys);
        if (keys.stream().allMatch(StrValue.class::isInstance)) {
            sorted.sort(Comparator.comparing(key -> ((StrValue) key).value(), TreeModule::compareCodePoints));
        } else if (keys.stream().allMatch(key -> key instanceof IntValue || key instanceof FloatValue)) {
            sorted.sort(Comparator.comparingDouble(key -> Double.parseDouble(key.repr())));
        }
        return sorted;
    }

    private static int compareCodePoints(String a, String b) {
        return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }

    private static Value unflatten(Node node, Iterator<Value> leaves, CallContext context) {
        return switch (node.kind()) {
            case LEAF -> leaves.next();
            case NONE -> NoneValue.INSTANCE;
            case LIST, TUPLE, NAMEDTUPLE, CUSTOM -> {
                List<Value> items = new ArrayList<>();
                for (Node child : node.children()) {
                    items.add(unflatten(child, leaves, context));
                }
                yield switch (node.kind()) {
                    case LIST -> new ListValue(items);
                    case NAMEDTUPLE -> NamedTupleValue.of(node.type(), items);
                    case CUSTOM -> context.call(node.type().pytree().unflatten(),
                            Arguments.of(node.aux(), new TupleValue(items)));
                    default -> new TupleValue(items);
                };
            }
            case DICT -> {
                DictValue dict = new DictValue();
                for (int i = 0; i < node.children().size(); i++) {
                    dict.put(node.keys().get(i), unflatten(node.children().get(i), leaves, context));
                }
                yield dict;
            }
        };
    }

    /**
     * The leaves of {@code tree} at the leaf positions of {@code structure} (each may be a whole subtree there),
     * as JAX's flatten_up_to; a different structure is JAX's ValueError.
     */
    private static void flattenUpTo(Node structure, Value tree, CallContext context, List<Value> out) {
        context.checkBudget();
        if (structure.kind() == Kind.LEAF) {
            out.add(tree);
            return;
        }
        Node here = flatten(tree, null, context, new ArrayList<>());
        boolean sameKind = here.kind() == structure.kind() && here.children().size() == structure.children().size()
                && here.type() == structure.type()
                && (structure.kind() != Kind.DICT || here.keys().stream().map(Value::repr).toList()
                        .equals(structure.keys().stream().map(Value::repr).toList()));
        if (!sameKind) {
            throw PlaygroundError.valueError("Tree structures differ: expected a tree of structure PyTreeDef("
                    + structure.text() + "), got PyTreeDef(" + here.text() + ")");
        }
        List<Value> children = switch (structure.kind()) {
            case LIST -> ((ListValue) tree).items();
            case TUPLE -> ((TupleValue) tree).items();
            case NAMEDTUPLE -> ((NamedTupleValue) tree).items();
            case CUSTOM -> custom(tree, context).children();
            case DICT -> structure.keys().stream().map(((DictValue) tree)::get).toList();
            default -> List.of();
        };
        for (int i = 0; i < children.size(); i++) {
            flattenUpTo(structure.children().get(i), children.get(i), context, out);
        }
    }

    private static Value map(Arguments arguments, CallContext context) {
        List<Value> positional = arguments.positional();
        if (positional.size() < 2) {
            throw PlaygroundError.typeError("map() missing required positional arguments: 'f' and 'tree'");
        }
        for (String keyword : arguments.keywords().keySet()) {
            if (!keyword.equals("is_leaf")) {
                throw PlaygroundError.typeError("map() got an unexpected keyword argument '" + keyword + "'");
            }
        }
        Value function = positional.getFirst();
        List<Value> first = new ArrayList<>();
        Node structure = flatten(positional.get(1), arguments.keywords().get("is_leaf"), context, first);
        List<List<Value>> rest = new ArrayList<>();
        for (Value other : positional.subList(2, positional.size())) {
            List<Value> leaves = new ArrayList<>();
            flattenUpTo(structure, other, context, leaves);
            rest.add(leaves);
        }
        List<Value> results = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            List<Value> callArguments = new ArrayList<>();
            callArguments.add(first.get(i));
            for (List<Value> leaves : rest) {
                callArguments.add(leaves.get(i));
            }
            results.add(context.call(function, new Arguments(callArguments, Map.of())));
        }
        return unflatten(structure, results.iterator(), context);
    }

    /** {@code transpose(outer_treedef, inner_treedef, pytree_to_transpose)}: an outer tree of inner trees. */
    private static Value transpose(Arguments arguments, CallContext context) {
        Value[] a = arguments.bind("transpose", List.of("outer_treedef", "inner_treedef", "pytree_to_transpose"), 3);
        Node outer = treeDef(a[0]).node;
        Node inner = treeDef(a[1]).node;
        List<Value> inners = new ArrayList<>();
        flattenUpTo(outer, a[2], context, inners);
        int innerLeaves = inner.leafCount();
        List<List<Value>> columns = new ArrayList<>();
        for (int j = 0; j < innerLeaves; j++) {
            columns.add(new ArrayList<>());
        }
        for (Value innerTree : inners) {
            List<Value> leaves = new ArrayList<>();
            flattenUpTo(inner, innerTree, context, leaves);
            for (int j = 0; j < innerLeaves; j++) {
                columns.get(j).add(leaves.get(j));
            }
        }
        List<Value> outerTrees = new ArrayList<>();
        for (List<Value> column : columns) {
            outerTrees.add(unflatten(outer, column.iterator(), context));
        }
        return unflatten(inner, outerTrees.iterator(), context);
    }

    // ---------------------------------------------------------------- key paths

    /** One step of a key path, as JAX names and prints it. */
    record KeyEntry(String kind, Value key) implements AttributeDispatch {

        /** The step as {@code keystr} writes it: {@code [0]}, {@code ['k1']}, {@code .name}. */
        String text() {
            return switch (kind) {
                case "SequenceKey" -> "[" + key.repr() + "]";
                case "DictKey" -> "[" + key.repr() + "]";
                case "GetAttrKey" -> "." + key.str();
                default -> "[<flat index " + key.repr() + ">]";
            };
        }

        private String field() {
            return fieldOf(kind);
        }

        /** The attribute that holds the step's key: {@code SequenceKey(idx=0)}, {@code GetAttrKey(name='a')}. */
        static String fieldOf(String kind) {
            return switch (kind) {
                case "SequenceKey" -> "idx";
                case "GetAttrKey" -> "name";
                default -> "key";
            };
        }

        @Override
        public Value getAttribute(String name) {
            return name.equals(field()) ? key : null;
        }

        @Override
        public String typeName() {
            return kind;
        }

        @Override
        public String repr() {
            return kind + "(" + field() + "=" + key.repr() + ")";
        }

        @Override
        public String str() {
            return text();
        }
    }

    /** The (key path, leaf) pairs of {@code tree}, in flattening order. */
    private static List<Value> withPaths(Value tree, Value isLeaf, CallContext context) {
        List<Value> pairs = new ArrayList<>();
        walkPaths(tree, isLeaf, context, new ArrayList<>(), pairs);
        return pairs;
    }

    private static void walkPaths(Value tree, Value isLeaf, CallContext context, List<Value> path, List<Value> out) {
        context.checkBudget();
        Node node = flatten(tree, isLeaf, context, new ArrayList<>());
        List<Value> children;
        List<Value> keys = new ArrayList<>();
        switch (node.kind()) {
            case LEAF -> {
                out.add(TupleValue.of(new TupleValue(List.copyOf(path)), tree));
                return;
            }
            case NONE -> {
                return;
            }
            case LIST, TUPLE -> {
                children = ((IterableValue) tree).items();
                for (int i = 0; i < children.size(); i++) {
                    keys.add(new KeyEntry("SequenceKey", IntValue.of(i)));
                }
            }
            case NAMEDTUPLE -> {
                NamedTupleValue named = (NamedTupleValue) tree;
                children = named.items();
                named.names().forEach(name -> keys.add(new KeyEntry("GetAttrKey", new StrValue(name))));
            }
            case CUSTOM -> {
                if (node.type().pytree().flattenWithKeys() != null) {
                    KeyedChildren keyed = keyedChildren(tree, context);
                    children = keyed.children();
                    keys.addAll(keyed.keys());
                    break;
                }
                children = custom(tree, context).children();
                List<String> names = node.type().pytree().childNames();
                for (int i = 0; i < children.size(); i++) {
                    keys.add(names != null && i < names.size() ? new KeyEntry("GetAttrKey", new StrValue(names.get(i)))
                            : new KeyEntry("FlattenedIndexKey", IntValue.of(i)));
                }
            }
            default -> {
                children = node.keys().stream().map(((DictValue) tree)::get).toList();
                node.keys().forEach(key -> keys.add(new KeyEntry("DictKey", key)));
            }
        }
        for (int i = 0; i < children.size(); i++) {
            path.add(keys.get(i));
            walkPaths(children.get(i), isLeaf, context, path, out);
            path.removeLast();
        }
    }

    private static Value flattenWithPath(Arguments arguments, CallContext context) {
        Value[] a = arguments.bind("tree_flatten_with_path", List.of("tree", "is_leaf"), 1);
        Node node = flatten(a[0], a[1], context, new ArrayList<>());
        return TupleValue.of(new ListValue(withPaths(a[0], a[1], context)), new TreeDef(node));
    }

    private static Value mapWithPath(Arguments arguments, CallContext context) {
        List<Value> positional = arguments.positional();
        if (positional.size() < 2) {
            throw PlaygroundError.typeError("map_with_path() missing required positional arguments: 'f' and 'tree'");
        }
        Value isLeaf = arguments.keywords().get("is_leaf");
        List<Value> first = withPaths(positional.get(1), isLeaf, context);
        Node structure = flatten(positional.get(1), isLeaf, context, new ArrayList<>());
        List<List<Value>> rest = new ArrayList<>();
        for (Value other : positional.subList(2, positional.size())) {
            List<Value> leaves = new ArrayList<>();
            flattenUpTo(structure, other, context, leaves);
            rest.add(leaves);
        }
        List<Value> results = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            List<Value> pair = ((TupleValue) first.get(i)).items();
            List<Value> callArguments = new ArrayList<>(pair);
            for (List<Value> leaves : rest) {
                callArguments.add(leaves.get(i));
            }
            results.add(context.call(positional.getFirst(), new Arguments(callArguments, Map.of())));
        }
        return unflatten(structure, results.iterator(), context);
    }

    /** The key path of each leaf of {@code tree} as {@code keystr} writes it, in flattening order. */
    static List<String> leafPaths(Value tree, CallContext context) {
        List<String> paths = new ArrayList<>();
        for (Value pair : withPaths(tree, null, context)) {
            StringBuilder text = new StringBuilder();
            for (Value key : ((IterableValue) ((TupleValue) pair).items().getFirst()).items()) {
                text.append(((KeyEntry) key).text());
            }
            paths.add(text.toString());
        }
        return paths;
    }

    private static TreeDef treeDef(Value value) {
        if (!(value instanceof TreeDef def)) {
            throw PlaygroundError.typeError("expected a PyTreeDef, got " + value.typeName());
        }
        return def;
    }

    /** JAX's PyTreeDef: {@code PyTreeDef([*, (*, *)])}, with {@code num_leaves} and {@code unflatten}. */
    static final class TreeDef implements Value, AttributeDispatch {
        private final Node node;

        private TreeDef(Node node) {
            this.node = node;
        }

        Value unflatten(Value leaves, CallContext context) {
            if (!(leaves instanceof io.tastelab.playground.interp.IterableValue iterable)) {
                throw PlaygroundError.typeError("unflatten() leaves must be iterable, got " + leaves.typeName());
            }
            List<Value> items = List.copyOf(iterable.items());
            if (items.size() != node.leafCount()) {
                throw PlaygroundError.valueError("Too " + (items.size() < node.leafCount() ? "few" : "many")
                        + " leaves for PyTreeDef; expected " + node.leafCount() + ", got " + items.size());
            }
            return TreeModule.unflatten(node, items.iterator(), context);
        }

        @Override
        public Value getAttribute(String name) {
            return switch (name) {
                case "num_leaves" -> IntValue.of(node.leafCount());
                case "unflatten" -> new BuiltinFunction("unflatten",
                        (arguments, context) -> unflatten(arguments.bind("unflatten", List.of("leaves"), 1)[0],
                                context));
                default -> null;
            };
        }

        @Override
        public String typeName() {
            return "PyTreeDef";
        }

        @Override
        public String repr() {
            return "PyTreeDef(" + node.text() + ")";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TreeDef that && node.sameStructure(that.node);
        }

        @Override
        public int hashCode() {
            return node.text().hashCode();
        }
    }
}
