package io.tastelab.ui.playground;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.Index;
import io.tastelab.array.NdArray;
import io.tastelab.playground.interp.BoolValue;
import io.tastelab.playground.interp.CellResult;
import io.tastelab.playground.interp.EllipsisValue;
import io.tastelab.playground.interp.FloatValue;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.Interpreter;
import io.tastelab.playground.interp.ListValue;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.SliceValue;
import io.tastelab.playground.interp.StatementOutput;
import io.tastelab.playground.interp.SubscriptDispatch;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import io.tastelab.playground.arrays.KeyTree;
import io.tastelab.playground.lang.BinaryOperator;
import io.tastelab.playground.lang.DeepStack;
import io.tastelab.playground.lang.Expr;
import io.tastelab.playground.lang.Lexer;
import io.tastelab.playground.lang.Module;
import io.tastelab.playground.lang.Parser;
import io.tastelab.playground.lang.PlaygroundSyntaxError;
import io.tastelab.playground.lang.SourceSpan;
import io.tastelab.playground.lang.Stmt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The pane's kernel: runs cells and works out the picture of each cell's last statement. (The CLI's
 * {@code io.tastelab.playground.session.PlaygroundSession} runs scripts REPL-style; this runs notebook cells.)
 *
 * <p>To draw {@code x[i, ::2]} or {@code a + b}, the session evaluates the pieces of the last statement again
 * ({@code x}, the index, {@code a}, {@code b}) in the same globals; the pieces of the lessons' statements are
 * pure, so this shows what the statement did. Not thread-safe: one cell at a time (the pane runs cells through
 * BackgroundTasks, one at a time); {@link #cancel()} may be called from any thread.
 */
public final class PlaygroundKernel {

    /** The outcome of one run: the interpreter's result and the picture (null when there is nothing to draw). */
    public record CellRun(String source, CellResult result, Picture picture) {
    }

    private static final String PROBE = "_tastelab_index_probe";
    private static final String IMMUTABLE_NOTE = "JAX arrays are immutable: x[idx] = v cannot change x. "
            + "x.at[idx].set(v) returns a new array with the update and leaves x as it was.";

    private final Interpreter interpreter;
    private final ArrayBridge bridge;
    private volatile boolean cancelled;

    public PlaygroundKernel(ArrayBridge bridge) {
        this.bridge = bridge;
        this.interpreter = new Interpreter(bridge.modules());
        interpreter.define(PROBE, new IndexProbe());
    }

    /** Runs a cell and finds its picture. Never throws for anything in {@code source}. */
    public CellRun run(String source) {
        return run(source, "");
    }

    /**
     * Runs a cell and finds its picture; {@code location} (e.g. {@code In [3]}) is recorded with the PRNG keys
     * the cell makes and uses, so that a key reused across cells says where.
     */
    public CellRun run(String source, String location) {
        String normalized = Lexer.normalizeLineBreaks(source);
        cancelled = false;
        bridge.setKeyLocation(location);
        List<KeyTree.Node> keysBefore = bridge.keys();
        Map<Integer, String> numbers = new LinkedHashMap<>();
        Set<SourceSpan> tracingTimings = new HashSet<>();
        CellResult result = runStatements(normalized, numbers, tracingTimings);
        Picture picture;
        try {
            picture = picture(normalized, result, keysBefore, numbers, tracingTimings);
        } catch (RuntimeException e) {
            // A picture is a bonus: a piece that fails to evaluate again leaves the text output as it is.
            picture = null;
        }
        return new CellRun(normalized, result, picture);
    }

    /** Ends what the session's cells left running in the background (suspended generators); it stays usable. */
    public void close() {
        interpreter.close();
    }

    /** Stops the running cell with a KeyboardInterrupt. Safe from any thread. */
    public void cancel() {
        cancelled = true;
        interpreter.cancel();
    }

    /**
     * Runs the cell's statements one at a time, as {@code Interpreter.runCell} would (stopping at the first
     * error), so that the numbers each PRNG key produced can be told apart: after each statement, a key with a
     * new non-split use is credited with the statement's array (or what it printed).
     */
    private CellResult runStatements(String source, Map<Integer, String> numbers, Set<SourceSpan> tracingTimings) {
        Module module;
        try {
            module = DeepStack.call(() -> Parser.parse(source), interpreter::cancel);
        } catch (PlaygroundSyntaxError error) {
            return new CellResult(List.of(), PlaygroundError.fromSyntaxError(error, source));
        }
        List<StatementOutput> outputs = new ArrayList<>();
        for (Stmt statement : module.body()) {
            if (cancelled) {
                // a cancel between statements would be forgotten by the next statement's start
                outputs.add(new StatementOutput(statement.span(), "", null,
                        PlaygroundError.of("KeyboardInterrupt", ""), null));
                break;
            }
            List<KeyTree.Node> before = bridge.keys();
            int tracesBefore = bridge.jitTraces();
            StatementOutput output = interpreter.runStatement(statement, source);
            outputs.add(output);
            if (output.timing() != null && bridge.jitTraces() > tracesBefore) {
                // %timeit calls with the same arguments every time, so only its first call can have traced
                tracingTimings.add(statement.span());
            }
            creditNumbers(before, bridge.keys(), statement, output, numbers);
            if (output.failed()) {
                break;
            }
        }
        return new CellResult(CellResult.quietIfSemicolon(outputs, source), null);
    }

    private void creditNumbers(List<KeyTree.Node> before, List<KeyTree.Node> after, Stmt statement,
                               StatementOutput output, Map<Integer, String> numbers) {
        if (after.equals(before) || output.failed()) {
            return;
        }
        Value value = output.value();
        if (value == null && statement instanceof Stmt.Assign assign && assign.targets().size() == 1
                && assign.targets().getFirst() instanceof Expr.Name name) {
            value = interpreter.globals().get(name.id());
        }
        String shown = Optional.ofNullable(value).flatMap(bridge::arrayOf).map(PlaygroundKernel::brief)
                .orElse(output.stdout().strip());
        for (KeyTree.Node key : after) {
            int had = key.id() < before.size() ? before.get(key.id()).uses().size() : 0;
            for (String use : key.uses().subList(had, key.uses().size())) {
                if (!use.equals("split") && !use.equals("fold_in") && !shown.isEmpty()) {
                    numbers.merge(key.id(), use + ": " + shown, (old, now) -> old + "; " + now);
                }
            }
        }
    }

    /** The keys this cell made or used. */
    private static Set<Integer> touched(List<KeyTree.Node> before, List<KeyTree.Node> after) {
        Set<Integer> touched = new HashSet<>();
        for (KeyTree.Node key : after) {
            if (key.id() >= before.size() || key.uses().size() > before.get(key.id()).uses().size()) {
                touched.add(key.id());
            }
        }
        return touched;
    }

    /** The keys to draw: those held or touched, and their ancestors. */
    private static Set<Integer> shownKeys(List<KeyTree.Node> keys, Set<Integer> touched, Map<Integer, List<String>> holders) {
        Set<Integer> shown = new HashSet<>();
        Set<Integer> current = new HashSet<>(touched);
        current.addAll(holders.keySet());
        for (int id : current) {
            for (int at = id; at >= 0 && shown.add(at); at = keys.get(at).parent()) {
                // walks up until it meets a key already added
            }
        }
        return shown;
    }

    /** Which variables hold each key now (a key held in a tuple or list counts for the variable holding that). */
    private Map<Integer, List<String>> keyHolders() {
        Map<Integer, List<String>> holders = new java.util.TreeMap<>();
        interpreter.globals().forEach((name, value) -> {
            if (name.startsWith("_")) {
                return;
            }
            List<Value> held = switch (value) {
                case TupleValue tuple -> tuple.items();
                case ListValue list -> list.items();
                default -> List.of(value);
            };
            for (Value item : held) {
                for (int id : bridge.keyIdsOf(item)) {
                    List<String> names = holders.computeIfAbsent(id, k -> new ArrayList<>());
                    if (!names.contains(name)) {
                        names.add(name);
                    }
                }
            }
        });
        return holders;
    }

    /** An array's first few values, e.g. {@code [0.104, 0.344, 0.131, …] (3, 3)}. */
    private static String brief(NdArray array) {
        double[] values = array.toDoubleArray();
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < Math.min(values.length, 4); i++) {
            text.append(i == 0 ? "" : ", ").append(ArrayGrid.formatFloat(values[i]));
        }
        text.append(values.length > 4 ? ", …]" : "]");
        return array.ndim() > 1 ? text + " " + array.shapeString() : text.toString();
    }

    private Picture picture(String source, CellResult result, List<KeyTree.Node> keysBefore, Map<Integer, String> numbers,
                            Set<SourceSpan> tracingTimings) {
        List<KeyTree.Node> keys = bridge.keys();
        boolean keysChanged = !keys.equals(keysBefore);
        if (result.syntaxError() != null || result.outputs().isEmpty()) {
            return null;
        }
        List<StatementOutput> timings = result.outputs().stream().filter(o -> o.timing() != null).toList();
        if (!timings.isEmpty()) {
            return timingPicture(source, timings, tracingTimings);
        }
        Module module;
        try {
            module = Parser.parse(source);
        } catch (PlaygroundSyntaxError e) {
            return null;
        }
        StatementOutput last = result.outputs().getLast();
        Stmt statement = module.body().get(result.outputs().size() - 1);
        Value value = last.value();
        Expr expression = null;
        if (statement instanceof Stmt.ExprStatement e) {
            expression = e.value();
        } else if (statement instanceof Stmt.Assign assign) {
            expression = assign.value();
            if (last.failed() && assign.targets().getFirst() instanceof Expr.Subscript target) {
                return immutablePicture(source, target, last.error());
            }
            if (assign.targets().getFirst() instanceof Expr.Name name) {
                value = interpreter.globals().get(name.id());
            }
        }
        if (expression == null) {
            return null;
        }
        String title = text(source, expression.span());
        Picture row = last.failed() ? null : rowPicture(source, title, expression, value);
        if (row != null) {
            return row;
        }
        boolean ownPicture = expression instanceof Expr.Subscript || expression instanceof Expr.BinOp
                || expression instanceof Expr.Call call && atUpdate(call) != null;
        if (keysChanged && !ownPicture) {
            Map<Integer, List<String>> holders = keyHolders();
            NdArray drawn = Optional.ofNullable(value).flatMap(bridge::arrayOf).orElse(null);
            return new Picture.KeyTreePicture(title, keys, numbers, drawn == null ? null : ArrayGrid.of(drawn),
                    shownKeys(keys, touched(keysBefore, keys), holders), holders);
        }
        switch (expression) {
            case Expr.Subscript subscript when !last.failed() -> {
                Optional<NdArray> base = evaluate(source, subscript.value()).flatMap(bridge::arrayOf);
                Optional<NdArray> selected = Optional.ofNullable(value).flatMap(this::asArray);
                if (base.isPresent() && selected.isPresent()) {
                    List<Index> index = index(source, subscript.index());
                    List<String> texts = subscript.index() instanceof Expr.TupleExpr tuple
                            ? tuple.elements().stream().map(e -> text(source, e.span())).toList()
                            : List.of(text(source, subscript.index().span()));
                    return SliceAnalysis.analyze(title, base.get(), selected.get(), index, texts);
                }
            }
            case Expr.BinOp binary when binary.op() != BinaryOperator.MATMUL -> {
                Optional<NdArray> left = evaluate(source, binary.left()).flatMap(this::asArray);
                Optional<NdArray> right = evaluate(source, binary.right()).flatMap(this::asArray);
                if (left.isPresent() && right.isPresent() && (left.get().ndim() > 0 || right.get().ndim() > 0)) {
                    NdArray out = last.failed() ? null : Optional.ofNullable(value).flatMap(bridge::arrayOf).orElse(null);
                    return BroadcastAnalysis.analyze(title, binary.op().symbol(),
                            List.of(text(source, binary.left().span()), text(source, binary.right().span())),
                            List.of(left.get(), right.get()), out, last.failed() ? last.error().pythonMessage() : null);
                }
            }
            case Expr.Call call when !last.failed() && atUpdate(call) != null -> {
                Expr.Subscript at = atUpdate(call);
                Expr base = ((Expr.Attribute) at.value()).value();
                Optional<NdArray> before = evaluate(source, base).flatMap(bridge::arrayOf);
                Optional<NdArray> after = Optional.ofNullable(value).flatMap(bridge::arrayOf);
                if (before.isPresent() && after.isPresent()) {
                    return updatePicture(title, before.get(), after.get(), targeted(before.get(), index(source, at.index())),
                            "x.at[...]." + ((Expr.Attribute) call.func()).attr() + "(...) made a new array; "
                                    + text(source, base.span()) + " is unchanged.");
                }
            }
            default -> {
            }
        }
        return valuePicture(title, value);
    }

    /** {@code a, b, c} whose elements each have a picture: those pictures side by side; else null. */
    private Picture rowPicture(String source, String title, Expr expression, Value value) {
        if (!(expression instanceof Expr.TupleExpr tuple) || !(value instanceof TupleValue items)
                || items.items().size() != tuple.elements().size()) {
            return null;
        }
        List<Picture> parts = new ArrayList<>();
        for (int i = 0; i < items.items().size(); i++) {
            Picture part = valuePicture(text(source, tuple.elements().get(i).span()), items.items().get(i));
            if (part == null) {
                return null; // a tuple is drawn only when each of its elements can be
            }
            parts.add(part);
        }
        return new Picture.RowPicture(title, parts);
    }

    /**
     * The picture of a value by itself: an array as a grid; a Python list of at least two numbers (ints, floats,
     * 0-d arrays) as a line chart against the index; anything else none.
     */
    private Picture valuePicture(String title, Value value) {
        if (value instanceof ListValue list && list.items().size() >= 2) {
            List<Double> numbers = new ArrayList<>();
            for (Value item : list.items()) {
                Double number = number(item);
                if (number == null) {
                    return null;
                }
                numbers.add(number);
            }
            return new Picture.LinePicture(title, numbers);
        }
        return Optional.ofNullable(value).flatMap(bridge::arrayOf)
                .map(array -> (Picture) new Picture.ArrayPicture(title, ArrayGrid.of(array))).orElse(null);
    }

    private Double number(Value item) {
        return switch (item) {
            case FloatValue f -> f.value();
            case IntValue i -> i.value().doubleValue();
            default -> bridge.arrayOf(item).filter(a -> a.ndim() == 0 && !a.dtype().isBool())
                    .map(a -> a.getDouble()).orElse(null);
        };
    }

    /** {@code X.at[idx].method(...)}: the {@code X.at[idx]} part, or null if the call is something else. */
    private static Expr.Subscript atUpdate(Expr.Call call) {
        if (call.func() instanceof Expr.Attribute method && method.value() instanceof Expr.Subscript subscript
                && subscript.value() instanceof Expr.Attribute at && at.attr().equals("at")) {
            return subscript;
        }
        return null;
    }

    private Picture immutablePicture(String source, Expr.Subscript target, PlaygroundError error) {
        if (!error.pythonMessage().contains(".at[")) {
            return null;
        }
        Optional<NdArray> base = evaluate(source, target.value()).flatMap(bridge::arrayOf);
        return base.map(x -> (Picture) new Picture.UpdatePicture(text(source, target.span()) + " = …", ArrayGrid.of(x), null,
                targeted(x, index(source, target.index())), IMMUTABLE_NOTE + "\n" + error.pythonMessage())).orElse(null);
    }

    private static Picture updatePicture(String title, NdArray before, NdArray after, Set<Long> targeted, String note) {
        Set<Long> marked = new HashSet<>(targeted);
        if (java.util.Arrays.equals(before.shape(), after.shape())) {
            double[] old = before.toDoubleArray();
            double[] now = after.toDoubleArray();
            for (int i = 0; i < old.length; i++) {
                if (Double.compare(old[i], now[i]) != 0) {
                    marked.add((long) i);
                }
            }
        }
        return new Picture.UpdatePicture(title, ArrayGrid.of(before), ArrayGrid.of(after), marked, note);
    }

    /** The cells of x that {@code x[index]} reads (empty when the index is out of bounds, where JAX drops updates). */
    private static Set<Long> targeted(NdArray x, List<Index> index) {
        Set<Long> cells = new HashSet<>();
        try {
            NdArray positions = ArrayNamespace.NUMPY.arange(0L, x.size(), 1L, io.tastelab.array.DType.INT64).reshape(x.shape());
            for (long cell : positions.get(index).toLongArray()) {
                cells.add(cell);
            }
        } catch (RuntimeException e) {
            // out-of-bounds .at updates are dropped: nothing targeted
        }
        return cells;
    }

    private Picture timingPicture(String source, List<StatementOutput> timings, Set<SourceSpan> tracingTimings) {
        List<Picture.TimingBar> bars = new ArrayList<>();
        for (StatementOutput output : timings) {
            String label = timedExpression(source, output.span());
            bars.add(new Picture.TimingBar(label, output.timing().firstCallSeconds(), output.timing().meanSeconds(),
                    output.timing().stdSeconds(), tracingTimings.contains(output.span())));
        }
        List<String> traced = bars.stream().filter(Picture.TimingBar::tracedOnFirstCall).map(Picture.TimingBar::label).toList();
        String tracing = traced.isEmpty()
                ? "No first call here traced: a jitted function traces and compiles once per input shapes, on its "
                        + "first call, and was already called before."
                : "The first call of " + String.join(" and ", traced) + " traced and compiled (once per input shapes).";
        return new Picture.TimingPicture("%timeit", bars, "The first call is timed alone, before the loops; steady "
                + "state is the mean per loop after it. " + tracing + " Any first call also pays one-time costs: "
                + "memory for its results (later loops reuse it) and the JVM compiling the code it runs, so an "
                + "eager first call can be slower than its steady state too. ND4J runs a jitted SameDiff graph op "
                + "by op, so on a CPU jit gains little in steady state.");
    }

    /** The expression a {@code %timeit} statement times, without the magic and its options. */
    private static String timedExpression(String source, SourceSpan span) {
        try {
            for (Stmt statement : Parser.parse(source).body()) {
                if (statement instanceof Stmt.Timeit timeit && timeit.span().equals(span)) {
                    return timeit.expressionSource();
                }
            }
        } catch (PlaygroundSyntaxError e) {
            // fall through to the statement's text
        }
        return text(source, span);
    }

    /** An array for an array value or a Python scalar (a 0-d array of the scalar's default dtype). */
    private Optional<NdArray> asArray(Value value) {
        Optional<NdArray> array = bridge.arrayOf(value);
        if (array.isPresent()) {
            return array;
        }
        Object scalar = switch (value) {
            case BoolValue b -> b.value();
            case IntValue i when i.fitsLong() -> i.longValueExact();
            case FloatValue f -> f.value();
            default -> null;
        };
        return scalar == null ? Optional.empty() : Optional.of(ArrayNamespace.NUMPY.array(scalar));
    }

    /** Evaluates a piece of the cell again, in the session's globals. */
    private Optional<Value> evaluate(String source, Expr expression) {
        CellResult piece = interpreter.runCell("(" + text(source, expression.span()) + ")");
        return piece.result();
    }

    /** The index of a subscript, evaluated by subscripting a probe that hands it back. */
    private List<Index> index(String source, Expr index) {
        CellResult piece = interpreter.runCell(PROBE + "[" + text(source, index.span()) + "]");
        Value probed = piece.result().orElseThrow(() -> new IllegalStateException("index did not evaluate"));
        return toIndex(((IndexHolder) probed).index());
    }

    private List<Index> toIndex(Value index) {
        List<Value> items = index instanceof TupleValue tuple ? tuple.items() : List.of(index);
        List<Index> result = new ArrayList<>();
        for (Value item : items) {
            result.add(switch (item) {
                case SliceValue slice -> Index.slice(bound(slice.start()), bound(slice.stop()), bound(slice.step()));
                case EllipsisValue ellipsis -> Index.Ellipsis.INSTANCE;
                case NoneValue none -> Index.NewAxis.INSTANCE;
                default -> Index.of(toJava(item));
            });
        }
        return result;
    }

    private static Long bound(Value value) {
        return value instanceof IntValue i ? i.longValueExact() : null;
    }

    private Object toJava(Value value) {
        Optional<NdArray> array = bridge.arrayOf(value);
        if (array.isPresent()) {
            return array.get();
        }
        return switch (value) {
            case BoolValue b -> b.value();
            case IntValue i -> i.longValueExact();
            case ListValue list -> list.items().stream().map(this::toJava).toList();
            case TupleValue tuple -> tuple.items().stream().map(this::toJava).toList();
            default -> throw new IllegalArgumentException("not an index: " + value.typeName());
        };
    }

    /** The source text of a span. */
    static String text(String source, SourceSpan span) {
        return source.substring(offset(source, span.line(), span.column()), offset(source, span.endLine(), span.endColumn()));
    }

    private static int offset(String source, int line, int column) {
        int position = 0;
        for (int l = 1; l < line; l++) {
            position = source.indexOf('\n', position) + 1;
        }
        return Math.min(source.length(), position + column - 1);
    }

    /** Hands back whatever it is subscripted with. */
    private static final class IndexProbe implements SubscriptDispatch {
        @Override
        public Value getItem(Value index) {
            return new IndexHolder(index);
        }

        @Override
        public String typeName() {
            return "index_probe";
        }

        @Override
        public String repr() {
            return "<index probe>";
        }
    }

    private record IndexHolder(Value index) implements Value {
        @Override
        public String typeName() {
            return "index";
        }

        @Override
        public String repr() {
            return index.repr();
        }
    }
}
