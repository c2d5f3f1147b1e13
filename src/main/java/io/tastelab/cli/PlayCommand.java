package io.tastelab.cli;

import io.tastelab.playground.interp.StatementOutput;
import io.tastelab.playground.session.PlaygroundSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tastelab play [--json] [FILE]}: runs playground statements from FILE (or {@code --script FILE},
 * {@code -c CODE}, or stdin) as Python's REPL would and prints what it shows: printed text, each expression's
 * repr, and tracebacks (with a caret under the spot). With {@code --json}, one JSON object per top-level
 * statement (see {@link PlayJson}). Notes beside JAX's output (what {@code jax.jit} traced) go to stderr, or to
 * the JSON object's {@code note}. Exit code 0 when every statement ran, 1 when any raised, 2 for bad usage.
 */
@Command(name = "play", mixinStandardHelpOptions = true,
        description = "Runs tensor-playground statements (NumPy / JAX subset) headless and prints the outputs.")
final class PlayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Statements to run (default: stdin).")
    Path file;

    @Option(names = "--script", paramLabel = "FILE", description = "Same as the FILE argument.")
    Path script;

    @Option(names = "-c", paramLabel = "CODE", description = "Statements given on the command line.")
    String code;

    @Option(names = "--json", description = "One JSON object per top-level statement.")
    boolean json;

    @Option(names = "--max-array-bytes", paramLabel = "BYTES", defaultValue = "1073741824",
            description = "Largest array a statement may create (default: ${DEFAULT-VALUE}, 1 GiB).")
    long maxArrayBytes;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String source;
        int given = (file != null ? 1 : 0) + (script != null ? 1 : 0) + (code != null ? 1 : 0);
        if (given > 1) {
            err.println("tastelab play: give one of FILE, --script FILE or -c CODE");
            return 2;
        }
        Path path = file != null ? file : script;
        if (code != null) {
            source = code;
        } else if (path != null) {
            if (!Files.isReadable(path)) {
                err.println("tastelab play: can't open file '" + path + "': No such file or directory");
                return 2;
            }
            source = Files.readString(path, StandardCharsets.UTF_8);
        } else {
            source = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (maxArrayBytes <= 0) {
            err.println("tastelab play: --max-array-bytes must be positive");
            return 2;
        }
        PlaygroundSession session = new PlaygroundSession(
                io.tastelab.playground.interp.InterpreterLimits.defaults().withMaxArrayBytes(maxArrayBytes));
        boolean[] failed = {false};
        session.runScript(source, (output, notes) -> {
            failed[0] |= output.failed();
            if (json) {
                out.println(PlayJson.render(output, notes));
            } else {
                printLikeRepl(output, out, err);
                notes.forEach(note -> err.println("note: " + note));
            }
            out.flush();
        });
        return failed[0] ? 1 : 0;
    }

    private static void printLikeRepl(StatementOutput output, PrintWriter out, PrintWriter err) {
        out.print(output.stdout());
        out.flush();
        if (output.error() != null) {
            err.print(output.error().render());
            err.flush();
        } else if (output.value() != null) {
            out.println(output.value().repr());
        }
    }
}
