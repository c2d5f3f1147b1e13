package io.tastelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a benchmark's NumPy baseline: a script in a child {@code python3}, in the same run as our own timing. */
final class NumpyBaseline {
    private NumpyBaseline() {
    }

    /**
     * The script's output lines, or null when python3 is missing or the script failed (the reason is printed
     * to {@code out}, and the benchmark reports its own figures alone).
     */
    static List<String> run(PrintWriter out, String script, String stdin, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", "-c", script));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException missing) {
            out.println("NumPy baseline skipped: python3 not found");
            return null;
        }
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            out.println("NumPy baseline failed: " + output);
            return null;
        }
        return output.lines().toList();
    }
}
