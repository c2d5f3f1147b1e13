package io.tastelab.cli;

import io.tastelab.app.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The headless command line: {@code tastelab <subcommand> ...}. */
@Command(name = "tastelab", mixinStandardHelpOptions = true, versionProvider = TasteLabCommand.VersionProvider.class,
        description = "A desktop lab for recommendation systems. Without arguments the desktop app opens; "
                + "the subcommands below run headless.",
        subcommands = {RecommendCommand.class, ImportCommand.class, StatsCommand.class, GenerateCommand.class,
                EvaluateCommand.class, ExportCommand.class, PlayCommand.class, BenchCommand.class, BenchImportCommand.class,
                BenchModelsCommand.class, SampleInteractionsCommand.class, CommandLine.HelpCommand.class})
public final class TasteLabCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the CLI and returns the exit code (0 ok, 1 failure, 2 bad usage). */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new TasteLabCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println("tastelab: " + describe(exception));
            return 1;
        });
        return commandLine.execute(args);
    }

    /** A missing or unreadable file's exception message is only its path; say what is wrong with it. */
    static String describe(Exception exception) {
        return switch (exception) {
            case java.nio.file.NoSuchFileException missing when missing.getReason() == null ->
                    "no such file: " + missing.getMessage();
            case java.nio.file.AccessDeniedException denied when denied.getReason() == null ->
                    "permission denied: " + denied.getMessage();
            default -> exception.getMessage();
        };
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"TasteLab " + Version.current(),
                    "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
