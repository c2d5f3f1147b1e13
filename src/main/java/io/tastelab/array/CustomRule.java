package io.tastelab.array;

import io.tastelab.array.TraceGraph.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The array layer's side of {@code jax.custom_jvp} and {@code jax.custom_vjp}: a call of a function whose derivative
 * rules the user wrote, recorded on a {@link TraceGraph}'s tape as one step with the call's arguments as operands and
 * its outputs as outputs. {@link TraceGradients} and {@link TraceTangents} use the call's rules there instead of
 * walking the function's own ops (which are not on the tape).
 *
 * <p>A JVP rule is traced once, with a symbol for each tangent ({@link #tangentSymbol}). The ops of the trace that
 * depend on the symbols are its linear part (JAX requires the tangent output to be linear in the tangents) and are
 * taken off the tape; the ops that depend on the primals alone (the rule's coefficients, such as {@code cos(x)})
 * stay on it, so higher derivatives differentiate through them. Forward mode pushes the incoming tangents through
 * the linear part (its JVP with respect to the symbols, which for a linear map is the map itself, basis axes of
 * {@code jacfwd} included); reverse mode transposes it by walking the same ops back from the outputs' cotangents
 * to the symbols: JAX's "linearize the JVP rule, then transpose it". A VJP rule's backward function is called by
 * reverse mode with the outputs' cotangents; forward mode refuses it, as JAX does.
 */
public abstract sealed class CustomRule permits CustomRule.Jvp, CustomRule.Vjp {

    private final List<Node> outputs;

    private CustomRule(List<Node> outputs) {
        this.outputs = List.copyOf(outputs);
    }

    /** The call's outputs, in order. */
    List<Node> outputs() {
        return outputs;
    }

    /** The operands' cotangents (null: none) given the outputs' (null: zero, not all null). */
    abstract List<Node> transpose(TraceGraph graph, List<Node> cotangents);

    /** The outputs' tangents (null: zero) given the operands' (null: zero, not all null). */
    abstract List<Node> push(TraceTangents.Pass pass, List<Node> tangents);

    /** A symbol standing for the tangent of {@code primal} while a JVP rule is traced: a new variable of its type. */
    public static Node tangentSymbol(TraceGraph graph, Node primal) {
        return graph.symbolLike(graph.constant(ArrayNamespace.JAX.zeros(primal.shape(), primal.dtype())
                .withWeak(primal.typed().weak())));
    }

    /**
     * Records a {@code custom_jvp} call: {@code operands} are its arguments' leaves, {@code symbols} their tangent
     * symbols, and the JVP rule, traced from tape position {@code ruleStart} on, gave {@code primalsOut} and
     * {@code tangentsOut} (each tangent of its primal's shape and dtype). Returns the call's outputs: new variables
     * with the primal outputs' values.
     */
    public static List<Node> customJvpCall(TraceGraph graph, String name, List<Node> operands, List<Node> symbols,
            int ruleStart, List<Node> primalsOut, List<Node> tangentsOut) {
        List<TraceGraph.Step> linear = graph.detachDependents(ruleStart, symbols);
        List<Node> outputs = primalsOut.stream().map(graph::copyOf).toList();
        graph.recordCustom("custom_jvp_call[" + name + "]", operands, new Jvp(outputs, symbols, linear,
                tangentsOut));
        return outputs;
    }

    /**
     * Records a {@code custom_vjp} call of {@code operands} whose forward function gave {@code primalsOut}:
     * {@code backward} maps the outputs' cotangents (zeros where none flows) to the operands' (null: zero), and
     * {@code forwardMode} is the error forward mode raises. Returns the call's outputs.
     */
    public static List<Node> customVjpCall(TraceGraph graph, String name, List<Node> operands, List<Node> primalsOut,
            Function<List<Node>, List<Node>> backward, Supplier<RuntimeException> forwardMode) {
        List<Node> outputs = primalsOut.stream().map(graph::copyOf).toList();
        graph.recordCustom("custom_vjp_call[" + name + "]", operands, new Vjp(outputs, backward, forwardMode));
        return outputs;
    }

    /** A custom_jvp call: the linear part of its traced rule, from the tangent symbols to the tangent outputs. */
    static final class Jvp extends CustomRule {
        private final List<Node> symbols;
        private final List<TraceGraph.Step> linear;
        private final List<Node> tangentsOut;

        Jvp(List<Node> outputs, List<Node> symbols, List<TraceGraph.Step> linear, List<Node> tangentsOut) {
            super(outputs);
            this.symbols = List.copyOf(symbols);
            this.linear = List.copyOf(linear);
            this.tangentsOut = List.copyOf(tangentsOut);
        }

        @Override
        List<Node> transpose(TraceGraph graph, List<Node> cotangents) {
            Map<Integer, Node> sums = new HashMap<>();
            for (int k = 0; k < tangentsOut.size(); k++) {
                Node g = cotangents.get(k);
                Node tangent = tangentsOut.get(k);
                if (g != null && tangent.dtype().isFloat()) {
                    TraceGradients.accumulate(graph, sums, tangent, g);
                }
            }
            TraceGradients.backward(graph, linear, sums);
            List<Node> out = new ArrayList<>(symbols.size());
            for (Node symbol : symbols) {
                out.add(sums.get(symbol.id()));
            }
            return out;
        }

        @Override
        List<Node> push(TraceTangents.Pass pass, List<Node> tangents) {
            Map<Integer, Node> known = new HashMap<>();
            for (int i = 0; i < symbols.size(); i++) {
                if (tangents.get(i) != null && symbols.get(i).dtype().isFloat()) {
                    known.put(symbols.get(i).id(), tangents.get(i));
                }
            }
            TraceTangents.forward(pass, linear, known);
            List<Node> out = new ArrayList<>(tangentsOut.size());
            for (Node tangent : tangentsOut) {
                out.add(known.get(tangent.id()));
            }
            return out;
        }
    }

    /** A custom_vjp call: its backward function, and forward mode's refusal. */
    static final class Vjp extends CustomRule {
        private final Function<List<Node>, List<Node>> backward;
        private final Supplier<RuntimeException> forwardMode;

        Vjp(List<Node> outputs, Function<List<Node>, List<Node>> backward, Supplier<RuntimeException> forwardMode) {
            super(outputs);
            this.backward = backward;
            this.forwardMode = forwardMode;
        }

        @Override
        List<Node> transpose(TraceGraph graph, List<Node> cotangents) {
            // JAX's bwd gets every output's cotangent, zeros instantiated where none flows.
            List<Node> full = new ArrayList<>(cotangents.size());
            for (int k = 0; k < cotangents.size(); k++) {
                Node output = outputs().get(k);
                full.add(cotangents.get(k) != null ? cotangents.get(k)
                        : graph.constant(ArrayNamespace.JAX.zeros(output.shape(), output.dtype())));
            }
            return backward.apply(full);
        }

        @Override
        List<Node> push(TraceTangents.Pass pass, List<Node> tangents) {
            throw forwardMode.get();
        }
    }
}
