package io.tastelab.engine.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tastelab.engine.models.RecommenderKind;
import io.tastelab.engine.task.CancelledException;
import io.tastelab.engine.task.Progress;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs an evaluation plan as TasteLab's Spark application ({@code tastelab-spark.jar}) through the user's own
 * {@code spark-submit}, reports Spark's stage progress, kills the job on cancel, and reads its JSON back into an
 * {@link EvaluationReport}. TasteLab bundles no Spark: {@link #findSparkSubmit} looks in {@code SPARK_HOME} and
 * on the {@code PATH}, and {@link #HOW_TO_GET_SPARK} says what to do when neither has it.
 */
public final class SparkJob {

    /** What to tell a user without Spark. */
    public static final String HOW_TO_GET_SPARK = "no spark-submit found in $SPARK_HOME/bin or on the PATH. Download Apache "
            + "Spark 4.x (https://spark.apache.org/downloads.html), unpack it and set SPARK_HOME to its folder (or put its "
            + "bin folder on the PATH); TasteLab's job needs Spark to run on Java 25 (JAVA_HOME). Evaluations on this "
            + "computer work without it.";

    /** The recommenders the Spark application runs. */
    public static final List<RecommenderKind> SUPPORTED = List.of(RecommenderKind.RANDOM, RecommenderKind.MOST_POPULAR, RecommenderKind.ALS);

    /** "[Stage 3:=====>        (12 + 2) / 40]" as Spark's console progress bar draws it. */
    private static final Pattern STAGE = Pattern.compile("\\[Stage (\\d+):[^(]*\\((\\d+) \\+ (\\d+)\\) / (\\d+)\\]");

    /**
     * @param sparkSubmit    the {@code spark-submit} launcher
     * @param applicationJar {@code tastelab-spark.jar}
     * @param master         e.g. {@code local[*]}, {@code spark://host:7077}, {@code k8s://https://...}
     * @param data           the interactions as the cluster sees them (a path or a URL Spark reads)
     */
    public record Submission(Path sparkSubmit, Path applicationJar, String master, String data) {
    }

    private SparkJob() {
    }

    /** {@code $SPARK_HOME/bin/spark-submit}, else the first {@code spark-submit} on {@code PATH}. */
    public static Optional<Path> findSparkSubmit(Map<String, String> environment) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        String name = windows ? "spark-submit.cmd" : "spark-submit";
        String home = environment.get("SPARK_HOME");
        if (home != null && !home.isBlank()) {
            Path candidate = Path.of(home.strip(), "bin", name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        String path = environment.getOrDefault("PATH", "");
        for (String folder : path.split(File.pathSeparator)) {
            if (folder.isBlank()) {
                continue;
            }
            Path candidate = Path.of(folder, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * {@code tastelab-spark.jar} beside the running TasteLab jar (an installed app's lib folder or the build's
     * target folder), else none: it is built by {@code mvn -Pspark package}.
     */
    public static Optional<Path> findApplicationJar() {
        try {
            Path running = Path.of(SparkJob.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path folder = Files.isDirectory(running) ? running.getParent() : running.getParent();
            for (Path candidate : List.of(folder.resolve("tastelab-spark.jar"), folder.resolve("lib/tastelab-spark.jar"))) {
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // No code source (unusual class loaders): the user names the jar.
        }
        return Optional.empty();
    }

    /** The recommenders of {@code plan} Spark cannot run, by name; empty when it can run them all. */
    public static List<String> unsupported(EvaluationPlan plan) {
        return plan.recommenders().stream().filter(kind -> !SUPPORTED.contains(kind)).map(RecommenderKind::cliName).toList();
    }

    /** The spark-submit command line for {@code plan}. */
    public static List<String> command(Submission submission, EvaluationPlan plan) {
        List<String> command = new ArrayList<>(List.of(submission.sparkSubmit().toString(), "--master", submission.master(),
                "--conf", "spark.ui.showConsoleProgress=true", submission.applicationJar().toString(), "evaluate",
                "--interactions", submission.data(), "--split", plan.split().cliName(),
                "--holdout", Double.toString(plan.holdout()),
                "--recommenders", String.join(",", plan.recommenders().stream().map(RecommenderKind::cliName).toList()),
                "-k", String.join(",", java.util.Arrays.stream(plan.ks()).mapToObj(Integer::toString).toList()),
                "--seed", Long.toString(plan.seed()), "--json"));
        for (Map.Entry<String, String> param : plan.params().asMap().entrySet()) {
            command.add("--param");
            command.add(param.getKey() + "=" + param.getValue());
        }
        return command;
    }

    /**
     * Submits and waits. Progress follows Spark's stages; a cancel destroys spark-submit and its children
     * (which, for local and client mode, is the job itself) and throws {@link CancelledException}.
     *
     * @return the job's report; its rows as the in-process engine's
     * @throws IllegalStateException with the last lines Spark printed when the job fails
     */
    public static Result run(Submission submission, EvaluationPlan plan, Progress progress) {
        List<String> unsupported = unsupported(plan);
        if (!unsupported.isEmpty()) {
            throw new IllegalArgumentException("Apache Spark runs " + SUPPORTED.stream().map(RecommenderKind::cliName).toList()
                    + "; " + unsupported + " run on this computer only");
        }
        Process process;
        try {
            process = new ProcessBuilder(command(submission, plan)).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + submission.sparkSubmit() + ": " + e.getMessage(), e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Deque<String> lastLines = new ArrayDeque<>();
        Thread stdout = Thread.ofVirtual().start(() -> copy(process.getInputStream(), out));
        Thread stderr = Thread.ofVirtual().start(() -> follow(process.getErrorStream(), lastLines, progress));
        try {
            while (!process.waitFor(200, TimeUnit.MILLISECONDS)) {
                if (progress.isCancelled()) {
                    kill(process);
                    throw new CancelledException();
                }
            }
            stdout.join();
            stderr.join();
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
        String json = out.toString(StandardCharsets.UTF_8).strip();
        if (process.exitValue() != 0 || json.isEmpty()) {
            String tail;
            synchronized (lastLines) {
                tail = String.join("\n", lastLines);
            }
            throw new IllegalStateException("spark-submit exited with " + process.exitValue() + ":\n" + tail);
        }
        return parse(json.substring(json.lastIndexOf("\n{") + 1));
    }

    /**
     * Kills spark-submit and everything it started (in local and client mode the driver and executors are its
     * children), collected first: once the parent dies its children are no longer its descendants.
     */
    private static void kill(Process process) {
        List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
        family.add(process.toHandle());
        family.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle member : family) {
            try {
                member.onExit().get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // Killed with SIGKILL; it goes when the system reaps it.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A report and the engine facts the job added: {@code "engine"}, master, Spark version, executors. */
    public record Result(EvaluationReport report, String engine, String master, String sparkVersion, int executors) {
    }

    /** Reads {@code tastelab evaluate --json}'s object (with the Spark job's extra fields when present). */
    public static Result parse(String json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("the Spark job printed no JSON report: " + e.getMessage(), e);
        }
        List<MetricRow> rows = new ArrayList<>();
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (JsonNode row : root.path("results")) {
            String recommender = row.path("recommender").asText();
            rows.add(new MetricRow(recommender, row.path("k").asInt(), row.path("precision").asDouble(),
                    row.path("recall").asDouble(), row.path("ndcg").asDouble(), row.path("map").asDouble(),
                    row.path("mrr").asDouble(), row.path("hit_rate").asDouble(), row.path("coverage").asDouble(),
                    row.path("popularity_bias").asDouble(), row.path("users").asInt(), row.path("cold_start_users").asInt(),
                    row.has("rmse") ? row.path("rmse").asDouble() : Double.NaN,
                    row.has("mae") ? row.path("mae").asDouble() : Double.NaN));
            seconds.put(recommender, row.path("train_seconds").asDouble());
        }
        EvaluationReport report = new EvaluationReport(root.path("data").asText(), SplitKind.byName(root.path("split").asText()),
                root.path("split_description").asText(), root.path("test_users").asInt(), rows, seconds);
        return new Result(report, root.path("engine").asText("local"), root.path("master").asText(""),
                root.path("spark_version").asText(""), root.path("executors").asInt(0));
    }

    /** The stage progress in a piece of Spark's console output: stage, finished tasks, total tasks; or none. */
    static Optional<int[]> stageProgress(String text) {
        Matcher matcher = STAGE.matcher(text);
        int[] last = null;
        while (matcher.find()) {
            last = new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(4))};
        }
        return Optional.ofNullable(last);
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (IOException e) {
            // The process died; its exit code tells.
        }
    }

    /** Reads stderr as Spark writes it (progress bars end in \r, log lines in \n), keeping the last 30 lines. */
    private static void follow(InputStream in, Deque<String> lastLines, Progress progress) {
        StringBuilder line = new StringBuilder();
        try (var reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            int c;
            while ((c = reader.read()) != -1) {
                if (c != '\r' && c != '\n') {
                    line.append((char) c);
                    continue;
                }
                String text = line.toString();
                line.setLength(0);
                Optional<int[]> stage = stageProgress(text);
                if (stage.isPresent()) {
                    int[] s = stage.get();
                    progress.update(s[1], s[2], "Spark stage " + s[0] + ": " + s[1] + " of " + s[2] + " tasks");
                } else if (!text.isBlank()) {
                    synchronized (lastLines) {
                        lastLines.addLast(text);
                        if (lastLines.size() > 30) {
                            lastLines.removeFirst();
                        }
                    }
                }
            }
        } catch (IOException | CancelledException e) {
            // Cancelled or the process ended; run() reacts.
        }
    }
}
