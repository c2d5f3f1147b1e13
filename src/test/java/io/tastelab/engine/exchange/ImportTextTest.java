package io.tastelab.engine.exchange;

import io.tastelab.engine.task.Progress;
import io.tastelab.engine.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an import accepts that it once refused, and where it finds what it refuses. */
class ImportTextTest {

    @TempDir
    Path dir;

    @Test
    void aByteOrderMarkOnTheHeaderIsAcceptedAsSpreadsheetsWriteIt() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path ratings = dir.resolve("ratings.csv");
        Files.write(ratings, concat(bom, "userId,movieId,rating,timestamp\n1,1,4.0,964982703\n".getBytes(StandardCharsets.UTF_8)));
        Path events = dir.resolve("events.csv");
        Files.write(events, concat(bom, "user,item,rating\nann,x,5\n".getBytes(StandardCharsets.UTF_8)));
        try (Workspace workspace = Workspace.create(dir.resolve("w.tastelab"))) {
            assertThat(MovieLensImporter.importFiles(workspace, ratings, null, ImportOptions.defaults(), Progress.NONE).committed()).isTrue();
        }
        try (Workspace workspace = Workspace.create(dir.resolve("v.tastelab"))) {
            assertThat(CsvImporter.importFiles(workspace, events, CsvImporter.InteractionColumns.defaults(), null, null,
                    ImportOptions.defaults(), Progress.NONE).interactions()).isEqualTo(1);
        }
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsAnOrdinaryCharacter() throws Exception {
        Path events = Files.writeString(dir.resolve("events.csv"), "user,item,rating\nJos\uFFFD,x,5\n");
        try (Workspace workspace = Workspace.create(dir.resolve("w.tastelab"))) {
            ImportReport report = CsvImporter.importFiles(workspace, events, CsvImporter.InteractionColumns.defaults(), null, null,
                    ImportOptions.defaults(), Progress.NONE);
            assertThat(report.committed()).isTrue();
            assertThat(workspace.loadInteractions(workspace.loadCatalog(), Progress.NONE).userIndex("Jos\uFFFD")).isPresent();
        }
    }

    @Test
    void negativeRatingsAreKeptAndTheSummarySaysSo() throws Exception {
        Path events = Files.writeString(dir.resolve("jester.csv"), "user,item,rating\na,1,-9.5\nb,1,3\nc,2,-0.25\n");
        try (Workspace workspace = Workspace.create(dir.resolve("w.tastelab"))) {
            ImportReport report = CsvImporter.importFiles(workspace, events, CsvImporter.InteractionColumns.defaults(), null, null,
                    ImportOptions.defaults(), Progress.NONE);
            assertThat(report.summary()).isEqualTo("imported 3 interactions, 3 new users, 2 items; kept 2 negative ratings (lowest -9.5)");
            assertThat(workspace.counts().interactions()).isEqualTo(3);
        }
    }

    @Test
    void aBadByteIsFoundAtItsLineAndColumnFarBeyondTheFirstBuffer() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 1; i < 123_457; i++) {
            bytes.write(("line " + i + " caf\u00e9 \u20ac\n").getBytes(StandardCharsets.UTF_8));
        }
        bytes.write("abc".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        try (BufferedReader reader = TextFile.reader(new ByteArrayInputStream(bytes.toByteArray()), "big.csv", StandardCharsets.UTF_8)) {
            long lines = 0;
            IOException failure = null;
            try {
                while (reader.readLine() != null) {
                    lines++;
                }
            } catch (IOException e) {
                failure = e;
            }
            assertThat(lines).isEqualTo(123_456);
            assertThat(failure).isInstanceOf(TextFile.MalformedTextException.class).hasMessageStartingWith(
                    "big.csv:123457:4: not valid UTF-8 text (byte 0xFF)");
        }
    }

    @Test
    void javaNumberSyntaxIsNotADecimal() {
        for (String java : new String[] {"4.0f", "4d", "0x1p2", "Infinity", "NaN", "1_0", "4.", ""}) {
            if (!java.equals("4.")) {
                assertThat(ImportRun.decimal(java)).as(java).isNull();
            }
        }
        assertThat(ImportRun.decimal(" 4.5 ")).isEqualTo(4.5);
        assertThat(ImportRun.decimal("4.")).isEqualTo(4.0);
        assertThat(ImportRun.decimal("-.5e1")).isEqualTo(-5.0);
    }

    @Test
    void aQuotedFieldShowsAtMostEightyCharacters() {
        assertThat(Quoted.of("x".repeat(50_000_000))).isEqualTo("'" + "x".repeat(80) + "…' (50,000,000 characters)");
        assertThat(Quoted.of("a\u0000b")).isEqualTo("'a\\u0000b'");
    }

    @Test
    void aFolderOrAMissingFileIsNamedPlainly() {
        assertThatThrownBy(() -> TextFile.requireReadableFile(dir)).hasMessage(dir + " is a folder, not a file");
        Path missing = dir.resolve("nope.csv");
        assertThatThrownBy(() -> TextFile.requireReadableFile(missing)).hasMessage(missing + ": no such file");
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
