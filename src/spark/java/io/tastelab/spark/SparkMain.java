package io.tastelab.spark;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The entry point of {@code target/tastelab-spark.jar} under {@code spark-submit}: {@code evaluate}, the Spark
 * version of {@code tastelab evaluate}. Exit codes as the CLI: 0 done, 1 failed (with the reason), 2 usage.
 */
@Command(name = "tastelab-spark", mixinStandardHelpOptions = true,
        description = "TasteLab's offline evaluation on Apache Spark (run it with spark-submit).",
        subcommands = {SparkEvaluateCommand.class, CommandLine.HelpCommand.class})
public final class SparkMain implements Runnable {

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        SparkEvaluateCommand.stopSession();
        System.exit(code);
    }

    /** The command line with TasteLab's error style: the message, no stack trace (1), usage errors (2). */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new SparkMain());
        commandLine.setExecutionExceptionHandler((error, line, parsed) -> {
            Throwable cause = error;
            while (cause.getCause() != null && cause.getMessage() == null) {
                cause = cause.getCause();
            }
            line.getErr().println("tastelab-spark: " + cause.getMessage());
            return 1;
        });
        return commandLine;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
