package io.tastelab.array;

import io.tastelab.array.TraceGraph.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The equations of a trace as JAX's {@code jax.make_jaxpr} prints them: {@code { lambda ; a:f32[5]. let
 * b:f32[5] = exp a ... in (b,) }}, with JAX's primitive names and parameters (select_n, integer_pow[y=2],
 * reduce_sum[axes=(0,)], dot_general[...], convert_element_type[new_dtype=float32 weak_type=False]...), Python
 * scalars as literals ({@code 2.0:f32[]}) and captured arrays as constvars. The text follows the JAX of the
 * documentation pages (0.6/0.7: no {@code sharding=} parameters). {@link TraceGraph} records into it while
 * {@code make_jaxpr} traces; it computes nothing.
 */
public final class Jaxpr {

    /** One equation: outputs = primitive[params] inputs; an input is a {@link Node} or a literal's text. */
    private record Eqn(String primitive, String params, List<Object> inputs, Node output) {
    }

    private final List<Eqn> eqns = new ArrayList<>();
    /** Non-scalar or strongly typed constants the function captured: JAX's constvars. */
    private final Map<Integer, Node> constvars = new LinkedHashMap<>();
    /** A nested transformation's fresh alias of a value: printed as the value itself. */
    private final Map<Integer, Node> aliases = new HashMap<>();
    private final Map<Integer, NdArray> constants;

    Jaxpr(Map<Integer, NdArray> constants) {
        this.constants = constants;
    }

    void alias(Node out, Node of) {
        aliases.put(out.id(), resolve(of));
    }

    /**
     * Variables that stand for a custom_jvp rule's tangents while it is traced: no program computes them, so the
     * equations that use them (the rule's linear part, which the derivative replays) are not the function's and
     * are left out of the text.
     */
    private final java.util.Set<Integer> phantoms = new java.util.HashSet<>();

    void phantom(Node node) {
        phantoms.add(node.id());
    }

    private Node resolve(Node node) {
        Node target = aliases.get(node.id());
        return target == null ? node : target;
    }

    /**
     * {@code node} as an operand in {@code dtype}: a weakly typed scalar constant (a Python scalar) becomes a
     * literal of that dtype, a value of another dtype gets a convert_element_type equation first.
     */
    Object operand(Node node, DType dtype) {
        node = resolve(node);
        NdArray constant = constants.get(node.id());
        if (constant != null && constant.ndim() == 0 && (node.typed().isWeak() || dtype == node.dtype())) {
            return literal(constant, dtype);
        }
        if (constant != null) {
            constvars.putIfAbsent(node.id(), node);
        }
        if (dtype != null && dtype != node.dtype()) {
            Node converted = new Node(-1 - eqns.size(), node.shape(), Promotion.Typed.strong(dtype));
            eqns.add(new Eqn("convert_element_type", "new_dtype=" + dtype + " weak_type=False", List.of(node),
                    converted));
            return converted;
        }
        return node;
    }

    /** {@code node} broadcast to {@code shape} (JAX's explicit broadcast_in_dim; a scalar broadcasts implicitly). */
    Object broadcastOperand(Object operand, int[] shape) {
        if (!(operand instanceof Node node) || node.shape().length == 0 || Shape.equal(node.shape(), shape)) {
            return operand;
        }
        int rank = node.shape().length;
        List<String> dims = new ArrayList<>();
        for (int d = 0; d < rank; d++) {
            dims.add(String.valueOf(shape.length - rank + d));
        }
        Node out = new Node(-1 - eqns.size(), shape.clone(), node.typed());
        eqns.add(new Eqn("broadcast_in_dim", "broadcast_dimensions=" + tuple(dims) + " shape="
                + Shape.pythonTuple(shape), List.of(node), out));
        return out;
    }

    void eqn(String primitive, String params, Node output, Object... inputs) {
        List<Object> resolved = new ArrayList<>();
        for (Object input : inputs) {
            resolved.add(input instanceof Node node ? operand(node, null) : input);
        }
        eqns.add(new Eqn(primitive, params, resolved, output));
    }

    static String tuple(List<String> items) {
        return "(" + String.join(", ", items) + (items.size() == 1 ? ",)" : ")");
    }

    static String tuple(int[] items) {
        List<String> parts = new ArrayList<>();
        for (int item : items) {
            parts.add(String.valueOf(item));
        }
        return tuple(parts);
    }

    private static String literal(NdArray scalar, DType dtype) {
        DType type = dtype == null ? scalar.dtype() : dtype;
        NdArray value = scalar.dtype() == type ? scalar : scalar.astype(type);
        String text;
        if (type.isBool()) {
            text = value.truth() ? "True" : "False";
        } else if (type.isFloat()) {
            text = floatRepr(value.getDouble());
        } else {
            text = String.valueOf(value.getLong());
        }
        return text + ":" + shortName(type) + "[]";
    }

    /** Python's repr of a float (shortest round-trip digits of the double). */
    private static String floatRepr(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        String text = Double.toString(value);
        if (text.contains("E")) {
            // Java's 1.0E-5 is Python's 1e-05.
            String[] parts = text.split("E");
            String mantissa = parts[0].endsWith(".0") ? parts[0].substring(0, parts[0].length() - 2) : parts[0];
            int exponent = Integer.parseInt(parts[1]);
            if (exponent >= -4 && exponent < 16) {
                return new java.math.BigDecimal(text).toPlainString();
            }
            return mantissa + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "")
                    + Math.abs(exponent);
        }
        return text;
    }

    /** JAX's short dtype names: f32, i32, bool, u8. */
    static String shortName(DType dtype) {
        if (dtype.isBool()) {
            return "bool";
        }
        String name = dtype.toString();
        int bits = dtype.itemSize() * 8;
        return (name.startsWith("float") ? "f" : name.startsWith("uint") ? "u" : name.startsWith("int") ? "i"
                : name.substring(0, 1)) + bits;
    }

    private static String type(Node node) {
        return shortName(node.dtype()) + "[" + String.join(",", java.util.Arrays.stream(node.shape())
                .mapToObj(String::valueOf).toList()) + "]";
    }

    /** JAX's variable names: a ... z, ba, bb, ... */
    static String name(int index) {
        StringBuilder text = new StringBuilder();
        int n = index;
        do {
            text.insert(0, (char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return text.toString();
    }

    /** The printed jaxpr of a function with inputs {@code inputs} and results {@code outputs}. */
    public String text(List<Node> inputs, List<Node> outputs) {
        // Resolve the outputs first: a captured array returned as-is is a constvar too.
        List<Object> results = new ArrayList<>();
        for (Node output : outputs) {
            results.add(operand(output, null));
        }
        Map<Integer, String> names = new HashMap<>();
        int[] next = {0};
        java.util.function.Function<Node, String> define = node -> {
            String name = name(next[0]++);
            names.put(node.id(), name);
            return name + ":" + type(node);
        };
        List<String> constDecls = new ArrayList<>();
        for (Node constvar : constvars.values()) {
            constDecls.add(define.apply(constvar));
        }
        List<String> inDecls = new ArrayList<>();
        for (Node input : inputs) {
            inDecls.add(define.apply(input));
        }
        List<String[]> lines = new ArrayList<>(); // per equation: "lhs = primitive", its params, its arguments
        java.util.Set<Integer> unreal = new java.util.HashSet<>(phantoms);
        for (Eqn eqn : eqns) {
            if (eqn.inputs().stream().anyMatch(input -> input instanceof Node node && unreal.contains(node.id()))) {
                unreal.add(eqn.output().id());
                continue;
            }
            List<String> args = new ArrayList<>();
            for (Object input : eqn.inputs()) {
                args.add(input instanceof Node node ? nameOf(names, node) : (String) input);
            }
            String lhs = define.apply(eqn.output());
            lines.add(new String[] {lhs + " = " + eqn.primitive(), eqn.params(), String.join(" ", args)});
        }
        List<String> outs = new ArrayList<>();
        for (Object result : results) {
            outs.add(result instanceof Node node ? nameOf(names, node) : (String) result);
        }
        String outText = "(" + String.join(", ", outs) + (outs.size() == 1 ? ",)" : ")");
        // JAX's pretty printer (width 80): the whole jaxpr on one line when it fits, else one equation a line.
        List<String> flatEqns = new ArrayList<>();
        for (String[] line : lines) {
            flatEqns.add(line[0] + (line[1].isEmpty() ? "" : "[" + line[1] + "]") + (line[2].isEmpty() ? ""
                    : " " + line[2]));
        }
        String flat = "{ lambda " + String.join(" ", constDecls) + "; " + String.join(" ", inDecls) + ". let "
                + String.join(" ", flatEqns) + " in " + outText;
        if (flat.length() <= WIDTH) {
            return flat + " }";
        }
        StringBuilder text = new StringBuilder("{ lambda ");
        fill(text, constDecls);
        text.append("; ");
        fill(text, inDecls);
        text.append(". let");
        for (String[] line : lines) {
            text.append("\n    ").append(line[0]);
            if (!line[1].isEmpty()) {
                String params = "[" + line[1] + "]";
                if (column(text) + params.length() <= WIDTH) {
                    text.append(params);
                } else {
                    // Too long for the line: one parameter a line, the bracket closed at the equation's indent.
                    text.append("[");
                    for (String param : splitParams(line[1])) {
                        text.append("\n      ").append(param);
                    }
                    text.append("\n    ]");
                }
            }
            if (!line[2].isEmpty()) {
                text.append(" ").append(line[2]);
            }
        }
        text.append("\n  in ").append(outText).append(" }");
        return text.toString();
    }

    private static final int WIDTH = 80;

    /**
     * Binders as JAX's printer fills them: flat when all fit in the line, else each separator a space while the
     * line is shorter than the width, a new line indented by 4 otherwise.
     */
    private static void fill(StringBuilder text, List<String> items) {
        if (column(text) + String.join(" ", items).length() <= WIDTH) {
            text.append(String.join(" ", items));
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                text.append(column(text) < WIDTH ? " " : "\n    ");
            }
            text.append(items.get(i));
        }
    }

    private static int column(StringBuilder text) {
        return text.length() - (text.lastIndexOf("\n") + 1);
    }

    /** "k=v k2=(a, b)" split at the spaces between parameters (not inside brackets). */
    private static List<String> splitParams(String params) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < params.length(); i++) {
            char c = params.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ' ' && depth == 0 && params.indexOf('=', i) > i && nextIsKey(params, i + 1)) {
                out.add(params.substring(start, i));
                start = i + 1;
            }
        }
        out.add(params.substring(start));
        return out;
    }

    private static boolean nextIsKey(String params, int from) {
        int equals = params.indexOf('=', from);
        int space = params.indexOf(' ', from);
        return equals > 0 && (space < 0 || equals < space);
    }

    private static String nameOf(Map<Integer, String> names, Node node) {
        String name = names.get(node.id());
        if (name == null) {
            throw new IllegalStateException("jaxpr: variable " + node.id() + " used before it is defined");
        }
        return name;
    }
}
