package io.tastelab.playground.interp;

import java.util.ArrayList;
import java.util.List;

/**
 * A cell's shown value with every user object's repr taken now. A user class's {@code __repr__} is code that must
 * run on the interpreter's thread, within the cell's budget and Cancel; the notebook, the GUI and {@code play}
 * show the value later, elsewhere. So the interpreter replaces each user object (inside lists, tuples and dicts
 * too, which keep their structure for {@link NotebookDisplay}'s line breaking) with its text before the cell ends.
 */
final class DisplaySnapshot {

    private DisplaySnapshot() {
    }

    /** The value as it should be shown: itself when no user code is involved in showing it. */
    static Value of(Value value) {
        return involvesUserCode(value, 0) ? snapshot(value) : value;
    }

    private static boolean involvesUserCode(Value value, int depth) {
        return switch (value) {
            case InstanceValue instance -> true;
            case NamedTupleValue tuple -> tuple.type() != null;
            case BoundMethodValue method -> true;
            case SuperValue superValue -> false;
            case ListValue list -> depth > 50 || list.items().stream().anyMatch(item -> involvesUserCode(item, depth + 1));
            case TupleValue tuple -> depth > 50 || tuple.items().stream().anyMatch(item -> involvesUserCode(item, depth + 1));
            case SetValue set -> depth > 50 || set.items().stream().anyMatch(item -> involvesUserCode(item, depth + 1));
            case DictValue dict -> depth > 50 || dict.keys().stream().anyMatch(key -> involvesUserCode(key, depth + 1)
                    || involvesUserCode(dict.get(key), depth + 1));
            default -> false;
        };
    }

    private static Value snapshot(Value value) {
        return switch (value) {
            case ListValue list -> new ListValue(snapshots(list.items()));
            case TupleValue tuple -> new TupleValue(snapshots(tuple.items()));
            case DictValue dict -> {
                DictValue copy = new DictValue();
                for (Value key : dict.keys()) {
                    copy.put(snapshot(key), snapshot(dict.get(key)));
                }
                yield copy;
            }
            default -> new Shown(value.typeName(), value.repr(), value.str());
        };
    }

    private static List<Value> snapshots(List<Value> items) {
        List<Value> copies = new ArrayList<>(items.size());
        for (Value item : items) {
            copies.add(snapshot(item));
        }
        return copies;
    }

    /** A user object as it was shown: its type's name, repr and str, taken when the cell ran. */
    record Shown(String typeName, String repr, String str) implements Value {
    }
}
