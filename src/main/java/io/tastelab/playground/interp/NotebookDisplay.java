package io.tastelab.playground.interp;

import java.util.ArrayList;
import java.util.List;

/**
 * How a notebook shows a cell's value (its Out[n]): IPython's pretty printer, which is the repr unless that runs
 * past 79 columns; then a list, tuple or dict puts one item per line, indented under its opening bracket, and each
 * item is shown the same way (so inner containers that fit stay on one line). JAX's and NumPy's rendered pages
 * show values this way, e.g. {@code jax.tree.map(lambda x: x.shape, params)}.
 */
public final class NotebookDisplay {

    /** IPython's default line width. */
    static final int WIDTH = 79;

    private NotebookDisplay() {
    }

    /** The text a notebook shows for {@code value}. */
    public static String format(Value value) {
        return format(value, 0, 0, 0);
    }

    /**
     * {@code value} starting at {@code column} inside {@code indent} levels of broken containers (each indents its
     * later lines by one more space, as IPython's groups do), with {@code trailing} characters (a comma or closing
     * brackets) following it on its last line.
     */
    private static String format(Value value, int column, int indent, int trailing) {
        String repr = value.repr();
        if (column + repr.length() + trailing <= WIDTH) {
            return repr;
        }
        List<Value> items;
        List<String> keys = new ArrayList<>();
        String open;
        String close;
        if (value instanceof ListValue list) {
            open = "[";
            close = "]";
            items = list.items();
        } else if (value instanceof TupleValue tuple && !tuple.items().isEmpty()) {
            open = "(";
            close = tuple.items().size() == 1 ? ",)" : ")";
            items = tuple.items();
        } else if (value instanceof DictValue dict && dict.length() > 0) {
            open = "{";
            close = "}";
            items = new ArrayList<>();
            for (Value key : dict.keys()) {
                keys.add(key.repr() + ": ");
                items.add(dict.get(key));
            }
        } else {
            return repr;
        }
        int inner = indent + 1;
        StringBuilder text = new StringBuilder(open);
        for (int i = 0; i < items.size(); i++) {
            int start = i == 0 ? column + open.length() : inner;
            if (i > 0) {
                text.append(",\n").append(" ".repeat(inner));
            }
            String key = keys.isEmpty() ? "" : keys.get(i);
            int after = i == items.size() - 1 ? trailing + close.length() : 1;
            text.append(key).append(format(items.get(i), start + key.length(), inner, after));
        }
        return text.append(close).toString();
    }
}
