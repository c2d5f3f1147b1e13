package io.tastelab.cli;

import io.tastelab.engine.exchange.BadRow;
import io.tastelab.engine.exchange.CsvImporter;
import io.tastelab.engine.exchange.GoodbooksImporter;
import io.tastelab.engine.exchange.ImportOptions;
import io.tastelab.engine.exchange.ImportReport;
import io.tastelab.engine.exchange.MovieLensImporter;
import io.tastelab.engine.task.Progress;
import io.tastelab.engine.workspace.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over a hundred malformed import files, generated here, each imported into a workspace that already holds data,
 * through the real command line ({@code tastelab import}, in-process) and through the importer API. For each: the
 * exit code is 1, the message names the file and line (and column where it makes sense) and says what is wrong,
 * no line of it is longer than {@value #MAX_LINE} characters, and the workspace is exactly as it was.
 */
class BadInputSuiteTest {

    private static final int MAX_LINE = 400;
    private static final int MAX_MESSAGE = 2500;
    private static final String MOVIES = "movieId,title,genres\n1,Alpha (1995),Drama\n2,Beta (1996),Comedy\n3,Gamma,Drama\n";

    @TempDir
    static Path dir;
    private static Path template;

    /** One bad input: the files, which importer reads them, and what the message must say. */
    record Case(String name, String format, Map<String, byte[]> files, String where, String says) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void workspaceWithData() throws Exception {
        Path movies = Files.writeString(dir.resolve("movies.csv"), MOVIES);
        Path ratings = Files.writeString(dir.resolve("ratings.csv"),
                "userId,movieId,rating,timestamp\n1,1,4.0,964982703\n2,2,3.5,964982704\n3,3,5.0,964982705\n");
        template = dir.resolve("template.tastelab");
        CliTest.Run run = CliTest.run("import", "--format", "movielens", "--ratings", ratings.toString(), "--items",
                movies.toString(), "--workspace", template.toString(), "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        List<String> badRatings = List.of("4.0f", "0x1p2", " 4d ", "4D", "NaN", "Infinity", "-Infinity", "1e400", "four",
                "4.0.0", "0x10", "1_0", "4e", "--4", "\u0664");
        for (String rating : badRatings) {
            String says = "' is not a number";
            cases.add(movieLensCsv("rating " + rating, "1,1," + rating + ",964982800", says));
            cases.add(movieLens1m("rating " + rating, "1::1::" + rating + "::964982800", says));
            cases.add(movieLens100k("rating " + rating, "1\t1\t" + rating + "\t964982800", says));
            cases.add(events("rating " + rating, "1,1," + rating + ",964982800", says));
            cases.add(goodbooks("rating " + rating, "1,1," + rating, says));
        }
        List<String> badTimestamps = List.of("-1", "9223372036854775807", "-9223372036854775808", "253402300800",
                "1700000000000", "1969-12-31", "abc", "1.5");
        for (String timestamp : badTimestamps) {
            String says = "timestamp '" + timestamp + "'";
            cases.add(movieLensCsv("timestamp " + timestamp, "1,1,4.0," + timestamp, says));
            cases.add(movieLens1m("timestamp " + timestamp, "1::1::4::" + timestamp, says));
            cases.add(movieLens100k("timestamp " + timestamp, "1\t1\t4\t" + timestamp, says));
            cases.add(events("timestamp " + timestamp, "1,1,4," + timestamp, says));
        }
        cases.add(events("milliseconds", "1,1,4,1700000000000", "milliseconds? divide by 1000"));
        // A NUL byte anywhere stops the file at its line and column; other control characters in an id are bad rows.
        for (String[] ids : new String[][] {{"1\u0000", "1"}, {"1", "\u00001"}, {"1\u00012", "1"}, {"1", "3\u007F"}}) {
            boolean nul = (ids[0] + ids[1]).indexOf('\0') >= 0;
            String says = nul ? "a NUL byte: binary data, not text" : "holds a control character";
            String what = (nul ? "NUL" : "control character") + " in the " + (ids[0].length() > 1 ? "user" : "item") + " id";
            List<Case> layouts = List.of(movieLensCsv(what, ids[0] + "," + ids[1] + ",4.0,964982800", says),
                    movieLens1m(what, ids[0] + "::" + ids[1] + "::4::964982800", says),
                    movieLens100k(what, ids[0] + "\t" + ids[1] + "\t4\t964982800", says),
                    events(what, ids[0] + "," + ids[1] + ",4,964982800", says),
                    goodbooks(what, ids[0] + "," + ids[1] + ",4", says));
            for (Case layout : layouts) {
                String line = layout.files().values().iterator().next().length > 0 ? badLineOf(layout) : "";
                cases.add(nul ? new Case(layout.name(), layout.format(), layout.files(), layout.where() + (line.indexOf('\0') + 1)
                        + ":", says) : layout);
            }
        }
        cases.add(movieLensCsv("five fields", "1,1,4.0,964982800,9", "found 5 fields"));
        cases.add(movieLensCsv("two fields", "1,1", "found 2 fields"));
        cases.add(movieLens1m("five fields", "1::1::4::964982800::9", "found 5 fields"));
        cases.add(movieLens100k("five fields", "1\t1\t4\t964982800\t9", "found 5 fields"));
        cases.add(events("five fields", "1,1,4,964982800,x", "expected 4 fields as in the header, found 5"));
        cases.add(goodbooks("four fields", "1,2,4,x", "expected 3 fields as in the header, found 4"));
        cases.add(movieLensCsv("missing user", ",1,4.0,964982800", "missing user id"));
        cases.add(movieLensCsv("missing item", "1,,4.0,964982800", "missing item id"));
        cases.add(movieLensCsv("missing rating", "1,1,,964982800", "missing rating"));
        cases.add(movieLensCsv("unknown item", "1,99,4.0,964982800", "unknown item id '99'"));
        cases.add(movieLensCsv("repeated row", "1,1,4.0,964982703", "duplicate: the same user, item and timestamp"));
        cases.add(goodbooks("repeated row", "1,1,5", "duplicate: the same user and item as an earlier row"));
        cases.add(movieLensCsv("unclosed quote", "1,\"1,4.0,964982800", "column 3: unclosed quote"));
        cases.add(movieLensCsv("newline in quotes", "1,\"1\n\",4.0,964982800", "column 3: unclosed quote"));
        cases.add(events("unclosed quote to the end", "1,\"1,4,964982800", "unclosed quote"));
        cases.add(events("text after a closing quote", "1,\"1\"x,4,964982800", "text after a closing quote"));
        cases.add(new Case("movies.csv unclosed quote", "movielens", files("ratings.csv", ratingsCsv(""), "movies.csv",
                (MOVIES + "4,\"Delta (1999),Drama\n").getBytes(StandardCharsets.UTF_8)), "movies.csv:5:", "unclosed quote"));
        String longText = "9".repeat(60_000);
        cases.add(movieLensCsv("60,000-digit rating", "1,1," + longText + ",964982800", "(60,000 characters) is not a number"));
        cases.add(movieLensCsv("60,000-character user id with a control character", "x".repeat(30_000) + "\u0002"
                + "x".repeat(30_000) + ",1,4.0,964982800", "(60,001 characters) holds a control character"));
        cases.add(movieLensCsv("60,000-digit timestamp", "1,1,4.0," + longText, "(60,000 characters)"));
        cases.add(new Case("wrong header", "movielens", files("ratings.csv", "user,item,rating,ts\n1,1,4.0,964982800\n"),
                "ratings.csv:1:", "expected the header userId,movieId,rating,timestamp, found 'user,item,rating,ts'"));
        cases.add(new Case("100,000-character header", "movielens", files("ratings.csv", "h".repeat(100_000) + "\n"),
                "ratings.csv:1:", "(100,000 characters)"));
        cases.add(new Case("empty ratings file", "movielens", files("ratings.csv", ""), "ratings.csv:1:", "found an empty file"));
        cases.add(new Case("missing column", "csv", files("events.csv", "user,thing,rating,timestamp\n1,1,4,964982800\n"),
                "events.csv:1:", "missing column 'item' (the header has user, thing, rating, timestamp)"));
        // Bytes that are not UTF-8 text, found at their line and column.
        cases.add(bytes("Latin-1 in a user id", "movielens", "ratings.csv",
                concat(ratingsCsv("").getBytes(StandardCharsets.UTF_8), "Ren\u00e9,1,4.0,964982800\n".getBytes(StandardCharsets.ISO_8859_1)),
                "ratings.csv:3:4:", "not valid UTF-8 text (byte 0xE9)"));
        cases.add(bytes("PNG given as ratings", "movielens", "ratings.csv",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}, "ratings.csv:1:1:", "byte 0x89"));
        cases.add(bytes("UTF-16 file", "movielens", "ratings.csv",
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "userId".getBytes(StandardCharsets.UTF_16LE)), "ratings.csv:1:1:", "byte 0xFF"));
        cases.add(bytes("overlong encoding", "csv", "events.csv", concat("user,item,rating,timestamp\n1,1,4,964982800\n2,"
                .getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC0, (byte) 0x80, ',', '4', '\n'}), "events.csv:3:3:", "byte 0xC0"));
        cases.add(bytes("truncated character at the end", "csv", "events.csv", concat("user,item,rating,timestamp\n1,1,4,9\n2,1,4,"
                .getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE2, (byte) 0x82}), "events.csv:3:7:", "byte 0xE2"));
        cases.add(new Case("Latin-1 movies.csv", "movielens", files("ratings.csv", ratingsCsv("").getBytes(StandardCharsets.UTF_8),
                "movies.csv", (MOVIES + "4,Caf\u00e9 (1990),Drama\n").getBytes(StandardCharsets.ISO_8859_1)), "movies.csv:5:6:",
                "not valid UTF-8 text"));
        byte[] noise = new byte[4096];
        new Random(20).nextBytes(noise);
        noise[0] = (byte) 0xFE;
        cases.add(new Case("binary books.csv", "goodbooks", files("ratings.csv", "user_id,book_id,rating\n1,1,4\n".getBytes(
                StandardCharsets.UTF_8), "books.csv", noise), "books.csv:1:1:", "not valid UTF-8 text"));
        // Items files.
        cases.add(new Case("repeated movie id", "movielens", files("ratings.csv", ratingsCsv(""), "movies.csv",
                MOVIES + "2,Beta again (1997),Drama\n"), "movies.csv:5:", "item id '2' appears again (first on line 3)"));
        cases.add(new Case("NUL in a movie id", "movielens", files("ratings.csv", ratingsCsv(""), "movies.csv",
                MOVIES + "4\u0000,Delta,Drama\n"), "movies.csv:5:2:", "a NUL byte"));
        cases.add(new Case("control character in a movie id", "movielens", files("ratings.csv", ratingsCsv(""), "movies.csv",
                MOVIES + "4\u00075,Delta,Drama\n"), "movies.csv:5:", "item id '4\\u00075' holds a control character"));
        cases.add(new Case("four fields in movies.csv", "movielens", files("ratings.csv", ratingsCsv(""), "movies.csv",
                MOVIES + "4,Delta,Drama,extra\n"), "movies.csv:5:", "found 4 fields"));
        cases.add(new Case("repeated movies.dat id", "movielens", files("ratings.dat", "1::1::4::964982800\n", "movies.dat",
                "1::Alpha (1995)::Drama\n1::Alpha again::Drama\n"), "movies.dat:2:", "item id '1' appears again (first on line 1)"));
        cases.add(new Case("four fields in movies.dat", "movielens", files("ratings.dat", "1::1::4::964982800\n", "movies.dat",
                "1::Alpha (1995)::Drama::extra\n"), "movies.dat:1:", "found 4 fields"));
        String flags = "|0".repeat(18) + "|1";
        cases.add(new Case("extra field in u.item", "movielens", files("u.data", "1\t1\t4\t964982800\n", "u.item",
                "1|Alpha (1995)|01-Jan-1995||http://x" + flags + "\n2|Beta (1996)|01-Jan-1996||http://y" + flags + "|1\n"),
                "u.item:2:", "expected 24 fields"));
        cases.add(new Case("repeated u.item id", "movielens", files("u.data", "1\t1\t4\t964982800\n", "u.item",
                "1|Alpha (1995)|01-Jan-1995||http://x" + flags + "\n1|Alpha (1995)|01-Jan-1995||http://x" + flags + "\n"),
                "u.item:2:", "appears again"));
        String books = "book_id,title,authors,original_publication_year,language_code,ratings_count\n1,One,Ann,1997.0,en,10\n";
        cases.add(new Case("Java float year in books.csv", "goodbooks", files("ratings.csv", "user_id,book_id,rating\n1,1,4\n",
                "books.csv", books + "2,Two,Bob,1997.0f,en,5\n"), "books.csv:3:", "original_publication_year '1997.0f'"));
        cases.add(new Case("hex ratings_count in books.csv", "goodbooks", files("ratings.csv", "user_id,book_id,rating\n1,1,4\n",
                "books.csv", books + "2,Two,Bob,1997,en,0x10\n"), "books.csv:3:", "ratings_count '0x10'"));
        cases.add(new Case("repeated book id", "goodbooks", files("ratings.csv", "user_id,book_id,rating\n1,1,4\n",
                "books.csv", books + "1,One again,Ann,1997,en,10\n"), "books.csv:3:", "item id '1' appears again"));
        cases.add(new Case("extra field in to_read.csv", "goodbooks", files("ratings.csv", "user_id,book_id,rating\n1,1,4\n",
                "to_read.csv", "user_id,book_id\n1,2\n2,3,x\n"), "to_read.csv:3:", "expected 2 fields as in the header, found 3"));
        // What is not a file.
        cases.add(new Case("a folder as ratings", "movielens", files("ratings.csv/", ""), "ratings.csv", "is a folder, not a file"));
        cases.add(new Case("a folder as movies", "movielens", files("ratings.csv", ratingsCsv(""), "movies.csv/", ""),
                "movies.csv", "is a folder, not a file"));
        cases.add(new Case("a missing ratings file", "movielens", Map.of(), "ratings.csv", "no such file"));
        return cases;
    }

    @Test
    void theSuiteHoldsOverAHundredFiles() {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(100);
    }

    @Test
    void aCatalogCsvThatIsNotUtf8OrIsAFolderIsNamedWithWhereAndWhat() throws Exception {
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, ("id,title,category,genres,creator,year,language,tags,available,popularity\n"
                + "a,Caf\u00e9,Film,,,,,,true,1\n").getBytes(StandardCharsets.ISO_8859_1));
        CliTest.Run run = CliTest.run("recommend", "--recommender", "most-popular", "-k", "3", "--workspace", latin1.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("tastelab: " + latin1 + ":2:6: not valid UTF-8 text (byte 0xE9)");
        Path binary = Files.write(dir.resolve("binary.csv"), new byte[] {'i', 'd', 0, 1, 2});
        CliTest.Run binaryRun = CliTest.run("recommend", "--recommender", "most-popular", "-k", "3", "--workspace", binary.toString());
        assertThat(binaryRun.err().strip()).isEqualTo("tastelab: " + binary + ":1:3: a NUL byte: binary data, not text");
        Path folder = Files.createDirectories(dir.resolve("catalog-folder.csv"));
        CliTest.Run folderRun = CliTest.run("recommend", "--recommender", "most-popular", "-k", "3", "--workspace", folder.toString());
        assertThat(folderRun.exitCode()).isEqualTo(1);
        assertThat(folderRun.err().strip()).isEqualTo("tastelab: " + folder + " is a folder, not a file");
    }

    @TestFactory
    Stream<DynamicTest> everyBadFileIsRefusedWithFileAndLineAndTheWorkspaceIsUnchanged() {
        List<Case> all = cases();
        return Stream.iterate(0, i -> i < all.size(), i -> i + 1).map(i -> DynamicTest.dynamicTest(i + ": " + all.get(i).name(),
                () -> check(all.get(i), dir.resolve("case" + i))));
    }

    private static void check(Case bad, Path folder) throws Exception {
        Files.createDirectories(folder);
        for (Map.Entry<String, byte[]> file : bad.files().entrySet()) {
            if (file.getKey().endsWith("/")) {
                Files.createDirectories(folder.resolve(file.getKey()));
            } else {
                Files.write(folder.resolve(file.getKey()), file.getValue());
            }
        }
        Path workspace = Files.copy(template, folder.resolve("w.tastelab"));
        String before = digest(workspace);

        CliTest.Run run = CliTest.run(arguments(bad, folder, workspace));
        assertThat(run.exitCode()).as("exit code; stderr: %s", run.err()).isEqualTo(1);
        assertThat(run.err()).as("stderr").contains(bad.where()).contains(bad.says());
        assertThat(run.err().length()).as("stderr length").isLessThanOrEqualTo(MAX_MESSAGE);
        assertThat(run.err().lines()).as("stderr lines").allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(MAX_LINE));
        assertThat(run.out()).as("stdout").isEmpty();
        assertThat(digest(workspace)).as("workspace after the command line").isEqualTo(before);

        String message;
        try (Workspace target = Workspace.open(workspace)) {
            ImportReport report = importThroughApi(bad, folder, target);
            assertThat(report.committed()).as("committed").isFalse();
            message = String.join("\n", report.badRows().stream().map(BadRow::toString).toList());
        } catch (Exception e) {
            message = e.getMessage();
        }
        assertThat(message).as("API message").contains(bad.where()).contains(bad.says());
        assertThat(message.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(MAX_LINE));
        assertThat(digest(workspace)).as("workspace after the API").isEqualTo(before);
    }

    private static String[] arguments(Case bad, Path folder, Path workspace) {
        List<String> args = new ArrayList<>(List.of("import", "--format", bad.format(), "--workspace", workspace.toString(), "--quiet"));
        Path ratings = ratingsFile(bad, folder);
        args.addAll(List.of("--ratings", ratings.toString()));
        itemsFile(bad, folder).ifPresent(items -> args.addAll(List.of("--items", items.toString())));
        if (bad.files().containsKey("to_read.csv")) {
            args.addAll(List.of("--implicit", folder.resolve("to_read.csv").toString()));
        }
        if (bad.format().equals("csv")) {
            args.addAll(List.of("--timestamp-column", "timestamp"));
        }
        return args.toArray(String[]::new);
    }

    private static ImportReport importThroughApi(Case bad, Path folder, Workspace workspace) throws Exception {
        Path ratings = ratingsFile(bad, folder);
        Path items = itemsFile(bad, folder).orElse(null);
        ImportOptions options = ImportOptions.defaults();
        return switch (bad.format()) {
            case "movielens" -> MovieLensImporter.importFiles(workspace, ratings, items, options, Progress.NONE);
            case "goodbooks" -> GoodbooksImporter.importFiles(workspace, ratings, items,
                    bad.files().containsKey("to_read.csv") ? folder.resolve("to_read.csv") : null, options, Progress.NONE);
            default -> CsvImporter.importFiles(workspace, ratings, new CsvImporter.InteractionColumns("user", "item", "rating",
                    "timestamp", ','), items, CsvImporter.ItemColumns.defaults(), options, Progress.NONE);
        };
    }

    private static Path ratingsFile(Case bad, Path folder) {
        for (String name : List.of("ratings.csv", "ratings.dat", "u.data", "events.csv")) {
            if (bad.files().containsKey(name) || bad.files().containsKey(name + "/")) {
                return folder.resolve(name);
            }
        }
        return folder.resolve("ratings.csv");
    }

    private static java.util.Optional<Path> itemsFile(Case bad, Path folder) {
        for (String name : List.of("movies.csv", "movies.dat", "u.item", "books.csv")) {
            if (bad.files().containsKey(name) || bad.files().containsKey(name + "/")) {
                return java.util.Optional.of(folder.resolve(name));
            }
        }
        return java.util.Optional.empty();
    }

    /** Every row of every table but the settings (opening a workspace records when it was last opened). */
    private static String digest(Path workspace) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + workspace.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            for (String query : List.of("SELECT * FROM items ORDER BY key", "SELECT * FROM item_attributes ORDER BY 1, 2, 3",
                    "SELECT * FROM users ORDER BY key", "SELECT rowid, * FROM interactions ORDER BY rowid",
                    "SELECT * FROM imports ORDER BY id", "SELECT * FROM schema_version")) {
                try (ResultSet rows = statement.executeQuery(query)) {
                    ResultSetMetaData meta = rows.getMetaData();
                    while (rows.next()) {
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            sha.update(String.valueOf(rows.getObject(c)).getBytes(StandardCharsets.UTF_8));
                            sha.update((byte) 0);
                        }
                    }
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The bad line of a one-file case: its file's third line for headed files, else its second. */
    private static String badLineOf(Case layout) {
        String text = new String(layout.files().values().iterator().next(), StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        return layout.where().contains(":3:") ? lines[2] : lines[1];
    }

    private static String ratingsCsv(String badLine) {
        return "userId,movieId,rating,timestamp\n1,1,4.0,964982703\n" + badLine + (badLine.isEmpty() ? "" : "\n2,2,3.5,964982704\n");
    }

    private static Case movieLensCsv(String what, String badLine, String says) {
        return new Case("ratings.csv: " + what, "movielens", files("ratings.csv", ratingsCsv(badLine)), "ratings.csv:3:", says);
    }

    private static Case movieLens1m(String what, String badLine, String says) {
        return new Case("ratings.dat: " + what, "movielens", files("ratings.dat", concat("1::1::4::964982703\n"
                .getBytes(StandardCharsets.ISO_8859_1), (badLine + "\n").getBytes(StandardCharsets.UTF_8))), "ratings.dat:2:", says);
    }

    private static Case movieLens100k(String what, String badLine, String says) {
        return new Case("u.data: " + what, "movielens", files("u.data", concat("1\t1\t4\t964982703\n"
                .getBytes(StandardCharsets.ISO_8859_1), (badLine + "\n").getBytes(StandardCharsets.UTF_8))), "u.data:2:", says);
    }

    private static Case events(String what, String badLine, String says) {
        return new Case("events.csv: " + what, "csv", files("events.csv", "user,item,rating,timestamp\n1,1,4,964982703\n" + badLine
                + "\n"), "events.csv:3:", says);
    }

    private static Case goodbooks(String what, String badLine, String says) {
        return new Case("goodbooks ratings.csv: " + what, "goodbooks", files("ratings.csv", "user_id,book_id,rating\n1,1,4\n"
                + badLine + "\n"), "ratings.csv:3:", says);
    }

    private static Case bytes(String what, String format, String file, byte[] content, String where, String says) {
        return new Case(file + ": " + what, format, files(file, content), where, says);
    }

    private static Map<String, byte[]> files(Object... namesAndContents) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            Object content = namesAndContents[i + 1];
            files.put((String) namesAndContents[i], content instanceof byte[] raw ? raw
                    : ((String) content).getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
