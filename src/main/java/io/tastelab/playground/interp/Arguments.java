package io.tastelab.playground.interp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments of a call: positional in order, keywords in the order written. Immutable.
 *
 * <p>{@link #bind} matches them to a parameter list with Python's rules and messages, for builtins and module
 * functions as well as user functions.
 */
public record Arguments(List<Value> positional, Map<String, Value> keywords) {

    public Arguments {
        positional = List.copyOf(positional);
        keywords = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keywords));
    }

    /** Positional arguments only. */
    public static Arguments of(Value... positional) {
        return new Arguments(List.of(positional), Map.of());
    }

    /** The number of positional arguments. */
    public int size() {
        return positional.size();
    }

    /** Positional argument {@code index}. */
    public Value get(int index) {
        return positional.get(index);
    }

    /**
     * Matches the arguments to {@code parameterNames}, the first {@code required} of which have no default, with
     * Python's TypeErrors ({@code f() missing 1 required positional argument: 'x'}, {@code f() takes 2 positional
     * arguments but 3 were given}, {@code f() got an unexpected keyword argument 'z'}, {@code f() got multiple
     * values for argument 'x'}).
     *
     * @return one slot per parameter: the argument, or null where an optional parameter got none
     */
    public Value[] bind(String functionName, List<String> parameterNames, int required) {
        int count = parameterNames.size();
        Value[] slots = new Value[count];
        if (positional.size() > count) {
            String takes;
            if (required == count) {
                takes = count + " positional argument" + (count == 1 ? "" : "s");
            } else {
                takes = "from " + required + " to " + count + " positional arguments";
            }
            int given = positional.size();
            throw PlaygroundError.typeError(functionName + "() takes " + takes + " but " + given
                    + (given == 1 ? " was" : " were") + " given");
        }
        for (int i = 0; i < positional.size(); i++) {
            slots[i] = positional.get(i);
        }
        for (Map.Entry<String, Value> keyword : keywords.entrySet()) {
            int slot = parameterNames.indexOf(keyword.getKey());
            if (slot < 0) {
                throw PlaygroundError.typeError(functionName + "() got an unexpected keyword argument '"
                        + keyword.getKey() + "'");
            }
            if (slots[slot] != null) {
                throw PlaygroundError.typeError(functionName + "() got multiple values for argument '"
                        + keyword.getKey() + "'");
            }
            slots[slot] = keyword.getValue();
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < required; i++) {
            if (slots[i] == null) {
                missing.add("'" + parameterNames.get(i) + "'");
            }
        }
        if (!missing.isEmpty()) {
            throw PlaygroundError.typeError(functionName + "() missing " + missing.size() + " required positional argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + pythonList(missing));
        }
        return slots;
    }

    /** Python's way of listing names in messages: {@code 'x'}, {@code 'x' and 'y'}, {@code 'x', 'y', and 'z'}. */
    static String pythonList(List<String> names) {
        if (names.size() == 1) {
            return names.getFirst();
        }
        if (names.size() == 2) {
            return names.get(0) + " and " + names.get(1);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + ", and " + names.getLast();
    }
}
