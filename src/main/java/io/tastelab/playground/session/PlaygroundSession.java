package io.tastelab.playground.session;

import io.tastelab.array.MemoryGuard;
import io.tastelab.playground.arrays.ArrayModules;
import io.tastelab.playground.arrays.KeyTree;
import io.tastelab.playground.interp.CellResult;
import io.tastelab.playground.interp.Interpreter;
import io.tastelab.playground.interp.InterpreterLimits;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.StatementOutput;
import io.tastelab.playground.lang.DeepStack;
import io.tastelab.playground.lang.Lexer;
import io.tastelab.playground.lang.Module;
import io.tastelab.playground.lang.Parser;
import io.tastelab.playground.lang.PlaygroundSyntaxError;
import io.tastelab.playground.lang.ReplInput;
import io.tastelab.playground.lang.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * One playground session: an {@link Interpreter} with the array modules ({@code numpy}, {@code jax},
 * {@code jax.numpy}, {@code jax.random}) bound, the session's PRNG {@link KeyTree}, and a script runner that
 * reads statements as Python's REPL does ({@code tastelab play}).
 *
 * <p>Not thread-safe: run cells from one thread at a time ({@link #cancel()} may be called from any thread).
 * The array size limit ({@link InterpreterLimits#maxArrayBytes()}) is applied process-wide through
 * {@link MemoryGuard} when the session is created.
 */
public final class PlaygroundSession {

    private final ArrayModules modules = new ArrayModules();
    private final Interpreter interpreter;
    private int cellCount;

    /** A session with the default limits (1 GiB arrays, the interpreter's step and time budgets). */
    public PlaygroundSession() {
        this(InterpreterLimits.defaults());
    }

    public PlaygroundSession(InterpreterLimits limits) {
        this.interpreter = new Interpreter(modules, limits, System::nanoTime);
        MemoryGuard.setLimitBytes(limits.maxArrayBytes());
    }

    /** The interpreter, e.g. to define names or listen to live output. */
    public Interpreter interpreter() {
        return interpreter;
    }

    /** Where the session's PRNG keys came from, which keys split into which, and which were used twice. */
    public KeyTree keyTree() {
        return modules.keyTree();
    }

    /** The session's array modules (PRNG mode, jit statistics). */
    public ArrayModules modules() {
        return modules;
    }

    /** Runs a notebook cell: all its statements, stopping at the first error. */
    public CellResult runCell(String source) {
        cellCount++;
        modules.keyTree().setLocation("cell " + cellCount);
        return interpreter.runCell(source);
    }

    /** Asks the running cell to stop. */
    public void cancel() {
        interpreter.cancel();
    }

    /**
     * Runs a script as Python's REPL would read it from stdin: statement by statement (a {@code def} or
     * {@code if} block ends at a blank line, or, more leniently than the REPL, at the next unindented line; a
     * blank line followed by more of the block's indented lines stays inside it, as in a script), going
     * on after errors. Reports each top-level statement's output, with line numbers of the whole script, and the
     * notes it produced (see {@link io.tastelab.playground.arrays.JitStatistics#drainNotes()}).
     */
    public void runScript(String script, BiConsumer<StatementOutput, List<String>> sink) {
        String text = Lexer.normalizeLineBreaks(script);
        for (Chunk chunk : chunks(text)) {
            runChunk(chunk, text, sink);
        }
    }

    /** A run of lines that the REPL would read as one input, and its first line (1-based). */
    record Chunk(int firstLine, String text) {
    }

    static List<Chunk> chunks(String text) {
        String[] lines = text.split("\n", -1);
        List<Chunk> chunks = new ArrayList<>();
        StringBuilder buffer = new StringBuilder();
        int first = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean blank = line.isBlank();
            boolean comment = line.stripLeading().startsWith("#");
            if (buffer.isEmpty()) {
                if (blank || comment) {
                    continue;
                }
                first = i + 1;
            } else if (isBlockHeader(buffer) && !blank && !comment && !Character.isWhitespace(line.charAt(0))
                    && !startsWithAny(line, "elif", "else", "except", "finally") && !decoratorsOnly(buffer)) {
                chunks.add(new Chunk(first, buffer.toString()));
                buffer.setLength(0);
                first = i + 1;
            }
            buffer.append(line).append('\n');
            if (blank && isBlockHeader(buffer) && nextCodeLineIsIndented(lines, i + 1)) {
                continue; // a blank line inside a function body, as a script (and a doctest's "...") has it
            }
            if (!ReplInput.isIncomplete(buffer.toString())) {
                chunks.add(new Chunk(first, buffer.toString()));
                buffer.setLength(0);
            }
        }
        if (!buffer.toString().isBlank()) {
            chunks.add(new Chunk(first, buffer.toString()));
        }
        return chunks;
    }

    private static boolean nextCodeLineIsIndented(String[] lines, int from) {
        for (int k = from; k < lines.length; k++) {
            String line = lines[k];
            if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
                return Character.isWhitespace(line.charAt(0));
            }
        }
        return false;
    }

    /** True while the buffer holds only decorator lines: the decorated def is still to come. */
    private static boolean decoratorsOnly(CharSequence buffer) {
        // an indented line continues a decorator's arguments: @functools.partial(f,\n    data_fields=[...])
        return buffer.toString().lines().allMatch(line -> line.isBlank() || line.startsWith("@")
                || Character.isWhitespace(line.charAt(0)));
    }

    private static boolean isBlockHeader(CharSequence buffer) {
        String text = buffer.toString();
        return startsWithAny(text, "def", "if", "for", "while", "with", "class", "try") || text.startsWith("@");
    }

    private static boolean startsWithAny(String line, String... keywords) {
        for (String keyword : keywords) {
            if (line.startsWith(keyword) && (line.length() == keyword.length()
                    || !Character.isJavaIdentifierPart(line.charAt(keyword.length())))) {
                return true;
            }
        }
        return false;
    }

    private void runChunk(Chunk chunk, String script, BiConsumer<StatementOutput, List<String>> sink) {
        // Positions count from the top of the whole script, which error messages quote; the chunk is parsed alone.
        Module module;
        try {
            module = DeepStack.call(() -> Parser.parse(chunk.text(), chunk.firstLine()), interpreter::cancel);
        } catch (PlaygroundSyntaxError error) {
            PlaygroundError converted = PlaygroundError.fromSyntaxError(error, script);
            sink.accept(new StatementOutput(error.span(), "", null, converted, null), List.of());
            return;
        }
        for (Stmt statement : module.body()) {
            modules.keyTree().setLocation("line " + statement.span().line());
            StatementOutput output = interpreter.runScriptStatement(statement, script);
            sink.accept(output, modules.jitStatistics().drainNotes());
        }
    }
}
