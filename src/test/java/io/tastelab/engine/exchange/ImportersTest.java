package io.tastelab.engine.exchange;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.catalog.Item;
import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.task.CancelledException;
import io.tastelab.engine.task.Progress;
import io.tastelab.engine.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportersTest {

    @TempDir
    Path dir;

    static Path fixture(String name) {
        try {
            return Path.of(ImportersTest.class.getResource("/imports/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Workspace workspace() {
        return Workspace.create(dir.resolve("w.tastelab"));
    }

    @Test
    void movieLens100kReadsTabSeparatedRatingsAndLatin1ItemsWithGenreFlags() throws Exception {
        try (Workspace workspace = workspace()) {
            ImportReport report = MovieLensImporter.importFiles(workspace, fixture("ml-100k/u.data"),
                    fixture("ml-100k/u.item"), false, Progress.NONE);
            assertThat(report).isEqualTo(new ImportReport(3, 3, 5, List.of(), 0, true));
            Catalog catalog = workspace.loadCatalog();
            assertThat(catalog.item(0)).isEqualTo(new Item("1", "Toy Story (1995)", "Film",
                    List.of("Animation", "Children's", "Comedy"), "", 1995, "", List.of(), true));
            assertThat(catalog.item(2).title()).isEqualTo("Café au lait (1993)");
            assertThat(catalog.item(1).genres()).containsExactly("Action", "Adventure", "Thriller");
            InteractionMatrix matrix = workspace.loadInteractions(catalog, Progress.NONE);
            assertThat(matrix.userIndex("2")).isPresent();
            int user2 = matrix.userIndex("2").get();
            assertThat(matrix.rowItems(user2)).containsExactly(0, 2);
            assertThat(matrix.rowValues(user2)).containsExactly(4, 5);
            assertThat(matrix.timestamps()).contains(888550871L);
        }
    }

    @Test
    void movieLens1mReadsDoubleColonSeparatedFiles() throws Exception {
        try (Workspace workspace = workspace()) {
            ImportReport report = MovieLensImporter.importFiles(workspace, fixture("ml-1m/ratings.dat"),
                    fixture("ml-1m/movies.dat"), false, Progress.NONE);
            assertThat(report.summary()).isEqualTo("imported 3 interactions, 2 new users, 2 items");
            Catalog catalog = workspace.loadCatalog();
            assertThat(catalog.item(1)).isEqualTo(new Item("661", "James and the Giant Peach (1996)", "Film",
                    List.of("Animation", "Children's", "Musical"), "", 1996, "", List.of(), true));
        }
    }

    @Test
    void movieLensCsvMatchesTheGoldenCatalogWithQuotedTitlesAndPipeGenres() throws Exception {
        try (Workspace workspace = workspace()) {
            ImportReport report = MovieLensImporter.importFiles(workspace, fixture("ml-latest-small/ratings.csv"),
                    fixture("ml-latest-small/movies.csv"), false, Progress.NONE);
            assertThat(report.committed()).isTrue();
            assertThat(report.interactions()).isEqualTo(4);
            StringWriter out = new StringWriter();
            CsvExport.catalog(workspace.loadCatalog(), out);
            assertThat(out.toString()).isEqualTo(Files.readString(fixture("ml-latest-small/expected-catalog.csv")));
        }
    }

    @Test
    void goodbooksImportsBooksRatingsAndToReadAsImplicitEvents() throws Exception {
        try (Workspace workspace = workspace()) {
            ImportReport report = GoodbooksImporter.importFiles(workspace, fixture("goodbooks/ratings.csv"),
                    fixture("goodbooks/books.csv"), fixture("goodbooks/to_read.csv"), false, Progress.NONE);
            assertThat(report).isEqualTo(new ImportReport(3, 4, 6, List.of(), 0, true));
            Catalog catalog = workspace.loadCatalog();
            assertThat(catalog.item(1)).isEqualTo(new Item("2", "Harry Potter and the Sorcerer's Stone (Harry Potter, #1)",
                    "Book", List.of(), "J.K. Rowling, Mary GrandPré", 1997, "eng", List.of(), true));
            assertThat(catalog.item(2).year()).isEqualTo(-750);
            assertThat(catalog.popularityCounts()).containsExactly(4780653, 4602479, 0);
            InteractionMatrix matrix = workspace.loadInteractions(catalog, Progress.NONE);
            int reader = matrix.userIndex("9").orElseThrow();
            assertThat(matrix.rowItems(reader)).containsExactly(0);
            assertThat(matrix.rowValues(reader)).containsExactly(1);
            assertThat(matrix.kinds()).containsOnly(0, 1).contains((byte) 1);
        }
    }

    @Test
    void csvWithAColumnMappingHandlesQuotedCommasNewlinesAndIsoTimestamps() throws Exception {
        try (Workspace workspace = workspace()) {
            ImportReport report = CsvImporter.importFiles(workspace, fixture("csv/events.csv"),
                    new CsvImporter.InteractionColumns("member", "thing", "stars", "when", ','), fixture("csv/things.csv"),
                    new CsvImporter.ItemColumns("sku", "name", null, "maker", null, null, ','), false, Progress.NONE);
            assertThat(report.summary()).isEqualTo("imported 3 interactions, 2 new users, 2 items");
            Catalog catalog = workspace.loadCatalog();
            assertThat(catalog.item(0)).isEqualTo(new Item("b,1", "Comma Book", "", List.of(), "Ann Author", null, "",
                    List.of(), true));
            assertThat(catalog.item(1).id()).isEqualTo("b\n2");
            InteractionMatrix matrix = workspace.loadInteractions(catalog, Progress.NONE);
            assertThat(matrix.userIndex("bob \"the\" builder")).isPresent();
            assertThat(matrix.timestamps()).contains(1704164645L, 1700000000L, InteractionMatrix.NO_TIMESTAMP);
        }
    }

    @Test
    void badRowsAreListedWithFileLineAndReasonAndNothingIsImported() throws Exception {
        try (Workspace workspace = workspace()) {
            ImportReport report = MovieLensImporter.importFiles(workspace, fixture("ml-bad/ratings.csv"),
                    fixture("ml-bad/movies.csv"), false, Progress.NONE);
            assertThat(report.committed()).isFalse();
            assertThat(report.badRows()).extracting(BadRow::toString).containsExactly(
                    "ratings.csv:3: expected userId, movieId, rating and timestamp, found 2 fields",
                    "ratings.csv:4: rating 'great' is not a number",
                    "ratings.csv:5: unknown item id '999'");
            assertThat(report.summary()).isEqualTo("3 bad rows found; nothing was imported");
            assertThat(workspace.counts()).isEqualTo(new Workspace.Counts(0, 0, 0));
        }
    }

    @Test
    void skippingBadRowsImportsTheRest() throws Exception {
        try (Workspace workspace = workspace()) {
            ImportReport report = MovieLensImporter.importFiles(workspace, fixture("ml-bad/ratings.csv"),
                    fixture("ml-bad/movies.csv"), true, Progress.NONE);
            assertThat(report.committed()).isTrue();
            assertThat(report.badRowCount()).isEqualTo(3);
            assertThat(workspace.counts()).isEqualTo(new Workspace.Counts(2, 2, 2));
        }
    }

    @Test
    void ratingsWithoutAnItemsFileCreatePlaceholderItems() throws Exception {
        try (Workspace workspace = workspace()) {
            MovieLensImporter.importFiles(workspace, fixture("ml-1m/ratings.dat"), null, false, Progress.NONE);
            assertThat(workspace.loadCatalog().items()).containsExactly(Item.of("1193", "Item 1193", "Film"),
                    Item.of("661", "Item 661", "Film"));
        }
    }

    @Test
    void aCancelledImportLeavesTheWorkspaceAsItWas() throws Exception {
        Path ratings = dir.resolve("ratings.csv");
        try (Writer out = Files.newBufferedWriter(ratings)) {
            out.write("userId,movieId,rating,timestamp\n");
            for (int r = 0; r < 100_000; r++) {
                out.write((r % 700) + "," + (r % 50) + ",4.0,1000\n");
            }
        }
        try (Workspace workspace = workspace()) {
            MovieLensImporter.importFiles(workspace, fixture("ml-1m/ratings.dat"), fixture("ml-1m/movies.dat"), false,
                    Progress.NONE);
            Progress cancelAtOnce = new Progress() {
                @Override
                public void update(long done, long total, String message) {
                }

                @Override
                public boolean isCancelled() {
                    return true;
                }
            };
            assertThatThrownBy(() -> MovieLensImporter.importFiles(workspace, ratings, null, true, cancelAtOnce))
                    .isInstanceOf(CancelledException.class);
            assertThat(workspace.counts()).isEqualTo(new Workspace.Counts(2, 2, 3));
        }
    }

    @Test
    void progressGoesUpToTheWholeFile() throws Exception {
        Path ratings = dir.resolve("ratings.csv");
        StringBuilder text = new StringBuilder("userId,movieId,rating,timestamp\n");
        for (int i = 0; i < 70_000; i++) {
            text.append("1,2,3.0,").append(i).append('\n');
        }
        Files.writeString(ratings, text);
        List<long[]> updates = new java.util.ArrayList<>();
        try (Workspace workspace = workspace()) {
            MovieLensImporter.importFiles(workspace, ratings, null, false, (done, total, message) -> updates.add(new long[] {done, total}));
        }
        assertThat(updates).hasSizeGreaterThanOrEqualTo(3);
        assertThat(updates.getLast()).containsExactly(Files.size(ratings), Files.size(ratings));
    }

    @Test
    void aFileInTheWrongEncodingIsReportedWithFileAndLine() throws Exception {
        Path movies = dir.resolve("movies.csv");
        Files.write(movies, "movieId,title,genres\n1,Caf\u00e9 (1990),Drama\n".getBytes(StandardCharsets.ISO_8859_1));
        Path ratings = Files.writeString(dir.resolve("ratings.csv"), "userId,movieId,rating,timestamp\n1,1,4,1\n");
        try (Workspace workspace = workspace()) {
            assertThatThrownBy(() -> MovieLensImporter.importFiles(workspace, ratings, movies, false, Progress.NONE))
                    .isInstanceOf(IOException.class).hasMessageStartingWith("movies.csv:2:6: not valid UTF-8 text (byte 0xE9)");
            assertThat(workspace.counts()).isEqualTo(new Workspace.Counts(0, 0, 0));
        }
    }

    @Test
    void aMissingColumnIsReportedWithTheHeader() throws Exception {
        Path events = Files.writeString(dir.resolve("e.csv"), "who,what\nann,x\n");
        try (Workspace workspace = workspace()) {
            assertThatThrownBy(() -> CsvImporter.importFiles(workspace, events, CsvImporter.InteractionColumns.defaults(),
                    null, null, false, Progress.NONE))
                    .isInstanceOf(IOException.class).hasMessage("e.csv:1: missing column 'user' (the header has who, what)");
        }
    }

    @Test
    void importingTwiceUpdatesItemsAndAddsOnlyNewInteractions() throws Exception {
        try (Workspace workspace = workspace()) {
            MovieLensImporter.importFiles(workspace, fixture("ml-1m/ratings.dat"), fixture("ml-1m/movies.dat"), false, Progress.NONE);
            assertThatThrownBy(() -> MovieLensImporter.importFiles(workspace, fixture("ml-1m/ratings.dat"),
                    fixture("ml-1m/movies.dat"), false, Progress.NONE)).isInstanceOf(AlreadyImportedException.class);
            assertThat(workspace.counts()).isEqualTo(new Workspace.Counts(2, 2, 3));
            Path later = Files.writeString(dir.resolve("ratings.dat"), Files.readString(fixture("ml-1m/ratings.dat"),
                    StandardCharsets.ISO_8859_1).replace("::9", "::8"), StandardCharsets.ISO_8859_1);
            MovieLensImporter.importFiles(workspace, later, fixture("ml-1m/movies.dat"), false, Progress.NONE);
            assertThat(workspace.counts()).isEqualTo(new Workspace.Counts(2, 2, 6));
        }
    }

    @Test
    void exportsWritePopularityAndRecommendationsAsCsv() throws Exception {
        Catalog catalog = Catalog.of(List.of(Item.of("b", "Bravo, the second", ""), Item.of("a", "Alpha", "")), new long[] {3, 3});
        StringWriter out = new StringWriter();
        CsvExport.popularity(catalog, out);
        assertThat(out.toString()).isEqualTo("rank,id,title,popularity\n1,a,Alpha,3\n2,b,\"Bravo, the second\",3\n");
        StringWriter recs = new StringWriter();
        var recommendation = io.tastelab.engine.models.RecommenderKind.byName("most-popular").catalogRecommender()
                .recommend(catalog, io.tastelab.engine.pipeline.RecommendationRequest.top(1));
        CsvExport.recommendations(recommendation, recs);
        assertThat(recs.toString()).isEqualTo("rank,id,title,score\n1,a,Alpha,3.0\n");
        assertThat(Map.of()).isEmpty();
    }
}
