package io.tastelab.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
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
        Process process = startPython(out, script, args);
        if (process == null) {
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

    /** {@code python3 -c script args}, output and errors merged; null (said on {@code out}) without python3. */
    private static Process startPython(PrintWriter out, String script, String... args) {
        List<String> command = new ArrayList<>(List.of("python3", "-c", script));
        command.addAll(List.of(args));
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException missing) {
            out.println("NumPy baseline skipped: python3 not found");
            return null;
        }
    }

    /**
     * A baseline script kept running to answer one request per line, so that its timings can be interleaved with
     * ours run by run: a burst of load on the machine then falls on both sides alike.
     */
    static final class Conversation implements AutoCloseable {
        private final Process process;
        private final BufferedReader replies;
        private final Writer requests;
        private final String greeting;

        private Conversation(Process process) throws IOException {
            this.process = process;
            this.replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            this.greeting = readReply();
        }

        /**
         * Starts {@code script} and reads its first line (the greeting); null when python3 is missing or the script
         * failed to start (the reason is printed to {@code out}).
         */
        static Conversation start(PrintWriter out, String script, String... args) {
            Process process = startPython(out, script, args);
            if (process == null) {
                return null;
            }
            try {
                return new Conversation(process);
            } catch (IOException failed) {
                process.destroy();
                out.println("NumPy baseline failed: " + failed.getMessage());
                return null;
            }
        }

        String greeting() {
            return greeting;
        }

        /** Sends one request line and returns the script's one-line reply. */
        String ask(String request) throws IOException {
            requests.write(request + "\n");
            requests.flush();
            return readReply();
        }

        private String readReply() throws IOException {
            String line = replies.readLine();
            if (line == null) {
                throw new IOException("the script ended: " + String.join("\n", replies.lines().toList()));
            }
            return line;
        }

        @Override
        public void close() throws InterruptedException {
            try {
                requests.close();
            } catch (IOException ignored) {
                // the script has ended already
            }
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroy();
            }
        }
    }
}
