package io.tastelab.cli;

import io.tastelab.engine.task.Progress;
import io.tastelab.engine.workspace.Workspace;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

/**
 * {@code tastelab export}: a workspace's interactions as {@code user,item,value,timestamp} CSV (gzip for
 * {@code .gz}), the input of {@code tastelab evaluate --interactions} and of the Spark job, so a workspace can
 * be sent to a cluster. Written to a temporary file beside the target and moved into place, so a failed or
 * cancelled export never leaves half a file under the asked-for name.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a workspace's interactions as user,item,value,timestamp CSV (.csv or .csv.gz).")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", required = true, paramLabel = "W", description = "The workspace file.")
    Path workspace;

    @Option(names = "--interactions", required = true, paramLabel = "OUT",
            description = "The CSV to write (.csv, or .csv.gz for gzip); replaced if it exists.")
    Path interactions;

    @Override
    public Integer call() throws IOException {
        long written;
        try (Workspace opened = Workspace.open(workspace, true)) {
            written = export(opened, interactions, Progress.NONE);
        }
        spec.commandLine().getErr().println("wrote " + written + " interactions to " + interactions);
        return 0;
    }

    /** Writes every interaction of {@code workspace} to {@code target}; returns how many. */
    static long export(Workspace workspace, Path target, Progress progress) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, "." + target.getFileName(), ".partial");
        try {
            long count;
            try (OutputStream raw = Files.newOutputStream(partial);
                 OutputStream out = target.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
                 BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                 CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
                csv.printRecord("user", "item", "value", "timestamp");
                count = workspace.forEachInteraction((user, item, value, timestamp) ->
                        csv.printRecord(user, item, number(value), timestamp == null ? "" : timestamp.toString()), progress);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return count;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** 4 for 4.0 (ratings and weights are mostly whole), else the shortest text that reads back the same. */
    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
