package io.tastelab.engine.evaluation;

import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.task.Progress;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Writes evaluation data as {@code user,item,value,timestamp} CSV (gzip for {@code .gz}), user by user in the
 * matrix's order: what the desktop app hands to the Spark job when the data is the open workspace or
 * synthetic tastes. {@code tastelab export} writes a workspace file the same way, in insertion order.
 */
public final class InteractionsCsv {

    private InteractionsCsv() {
    }

    /** Writes every entry of {@code data}; returns how many. */
    public static long write(EvaluationData data, Path file, Progress progress) throws IOException {
        InteractionMatrix matrix = data.interactions();
        InteractionMatrix.Csr csr = matrix.csr();
        long[] times = matrix.hasTimestamps() ? matrix.timestamps() : null;
        long written = 0;
        try (OutputStream raw = Files.newOutputStream(file);
             OutputStream out = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
             BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord("user", "item", "value", "timestamp");
            for (int u = 0; u < matrix.userCount(); u++) {
                for (int p = csr.rowPointers()[u]; p < csr.rowPointers()[u + 1]; p++) {
                    long time = times == null ? InteractionMatrix.NO_TIMESTAMP : times[p];
                    csv.printRecord(matrix.userId(u), data.itemIds()[csr.columnIndices()[p]], number(csr.values()[p]),
                            time == InteractionMatrix.NO_TIMESTAMP ? "" : Long.toString(time));
                    written++;
                }
                if (u % 4096 == 0) {
                    progress.update(u, matrix.userCount(), "writing the interactions for Spark");
                }
            }
        }
        return written;
    }

    /** 4 for 4.0, else the float's shortest text (values are float32 in the matrix). */
    static String number(float value) {
        return value == Math.rint(value) && Math.abs(value) < 1e7 ? Long.toString((long) value) : Float.toString(value);
    }
}
