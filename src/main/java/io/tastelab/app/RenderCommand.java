package io.tastelab.app;

import io.tastelab.ui.playground.PictureRenderer;
import io.tastelab.ui.playground.PlaygroundKernel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.File;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.Callable;

/**
 * {@code tastelab render --script FILE --out OUT.png [--width W --height H]}: runs a playground script offscreen
 * and saves the pane's picture of its last statement. Lives in {@code app}, not {@code cli}, because it draws
 * with JavaFX (the cli package stays free of the UI).
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Run a playground script with no display and save the picture of its last statement as PNG.")
public final class RenderCommand implements Callable<Integer> {

    @Option(names = "--script", required = true, description = "the playground script to run")
    File script;

    @Option(names = "--out", required = true, description = "where to write the PNG")
    File out;

    @Option(names = "--width", defaultValue = "0", description = "image width in pixels (default: the picture's own)")
    int width;

    @Option(names = "--height", defaultValue = "0", description = "image height in pixels (default: the picture's own)")
    int height;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String source = Files.readString(script.toPath(), StandardCharsets.UTF_8);
        PictureRenderer.startHeadless();
        PlaygroundKernel.CellRun run = PictureRenderer.render(source, out, width, height);
        PrintWriter stdout = spec.commandLine().getOut();
        if (!run.result().stdout().isEmpty()) {
            stdout.print(run.result().stdout());
        }
        PrintWriter stderr = spec.commandLine().getErr();
        run.result().error().ifPresent(error -> stderr.print(error.render()));
        stderr.flush();
        stdout.println("render: " + (run.picture() == null ? "text of the last statement" : "picture of "
                + run.picture().title()) + " → " + out);
        stdout.flush();
        return run.result().error().isPresent() ? 1 : 0;
    }

    /** Runs the command and returns its exit code. */
    public static int run(String[] args) {
        CommandLine commandLine = new CommandLine(new RenderCommand());
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println("tastelab render: " + exception.getMessage());
            return 1;
        });
        int code = commandLine.execute(args);
        javafx.application.Platform.exit();
        return code;
    }
}
