package io.tastelab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class WorkspaceCliTest {

    @TempDir
    Path dir;

    private static String fixture(String name) {
        try {
            return Path.of(WorkspaceCliTest.class.getResource("/imports/" + name).toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void importThenStatsPrintsTheSchemaWithTopItemsByUsersTiesById() throws Exception {
        String workspace = dir.resolve("ml.tastelab").toString();
        CliTest.Run imported = CliTest.run("import", "--format", "movielens", "--ratings", fixture("ml-100k/u.data"),
                "--items", fixture("ml-100k/u.item"), "--workspace", workspace);
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("imported 5 interactions, 3 new users, 3 items into " + workspace);

        CliTest.Run stats = CliTest.run("stats", "--workspace", workspace, "--json");
        assertThat(stats.exitCode()).as(stats.err()).isZero();
        // Items 1 and 3 both have two users: the tie goes to the smaller id.
        assertThat(stats.out().strip()).isEqualTo("{\"users\":3,\"items\":3,\"interactions\":5,\"density\":"
                + (5 / 9.0) + ",\"top_popular\":[{\"id\":\"1\",\"count\":2},{\"id\":\"3\",\"count\":2},{\"id\":\"2\",\"count\":1}]}");
    }

    @Test
    void statsTextKeepsTheCountsInOneColumnWhateverTheTitleLength() {
        assertThat(StatsCommand.fitted("Memoirs of a Geisha", 50)).isEqualTo("Memoirs of a Geisha");
        String longTitle = "Harry Potter and the Sorcerer's Stone (Harry Potter, #1)";
        assertThat(StatsCommand.fitted(longTitle, 50)).hasSize(50).endsWith("…").startsWith("Harry Potter and the");
    }

    @Test
    void importWithBadRowsListsThemAndImportsNothingUntilSkipBadIsGiven() throws Exception {
        String workspace = dir.resolve("bad.tastelab").toString();
        CliTest.Run refused = CliTest.run("import", "--format", "movielens", "--ratings", fixture("ml-bad/ratings.csv"),
                "--items", fixture("ml-bad/movies.csv"), "--workspace", workspace);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("ratings.csv:4: rating 'great' is not a number", "ratings.csv:5: unknown item id '999'",
                "run again with --skip-bad");
        // What to do next is said once, in the CLI's own words.
        assertThat(refused.err().split("import the rest", -1)).hasSize(2);
        // The workspace did not exist: a refused import leaves no file (and no temporary one) behind.
        try (var left = Files.list(dir)) {
            assertThat(left.toList()).isEmpty();
        }

        CliTest.Run skipped = CliTest.run("import", "--format", "movielens", "--ratings", fixture("ml-bad/ratings.csv"),
                "--items", fixture("ml-bad/movies.csv"), "--skip-bad", "--workspace", workspace);
        assertThat(skipped.exitCode()).isZero();
        assertThat(skipped.out()).contains("skipped 3 bad rows");
        JsonNode stats = new ObjectMapper().readTree(CliTest.run("stats", "--workspace", workspace, "--json").out());
        assertThat(stats.get("interactions").asInt()).isEqualTo(2);
    }

    @Test
    void theSameRatingsFileTwiceIsRefusedUnlessReplaceIsGiven() throws Exception {
        String workspace = dir.resolve("ml.tastelab").toString();
        String[] args = {"import", "--format", "movielens", "--ratings", fixture("ml-100k/u.data"), "--items",
                fixture("ml-100k/u.item"), "--workspace", workspace};
        assertThat(CliTest.run(args).exitCode()).isZero();
        CliTest.Run again = CliTest.run(args);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err().strip()).matches("tastelab: u\\.data was already imported into ml\\.tastelab on .* UTC, 5 "
                + "interactions with the same content; nothing was imported; run again with --replace to replace that "
                + "import's interactions");
        String[] replacing = java.util.Arrays.copyOf(args, args.length + 1);
        replacing[args.length] = "--replace";
        CliTest.Run replaced = CliTest.run(replacing);
        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
        assertThat(replaced.out()).contains("replaced the import of u.data made on ");
        JsonNode stats = new ObjectMapper().readTree(CliTest.run("stats", "--workspace", workspace, "--json").out());
        assertThat(stats.get("interactions").asInt()).isEqualTo(5);
    }

    @Test
    void goodbooksAndCsvFormatsImportFromTheCommandLine() throws Exception {
        String books = dir.resolve("books.tastelab").toString();
        CliTest.Run goodbooks = CliTest.run("import", "--format", "goodbooks", "--ratings", fixture("goodbooks/ratings.csv"),
                "--items", fixture("goodbooks/books.csv"), "--implicit", fixture("goodbooks/to_read.csv"), "--workspace", books);
        assertThat(goodbooks.exitCode()).as(goodbooks.err()).isZero();
        String csv = dir.resolve("csv.tastelab").toString();
        CliTest.Run generic = CliTest.run("import", "--format", "csv", "--ratings", fixture("csv/events.csv"),
                "--user-column", "member", "--item-column", "thing", "--value-column", "none", "--workspace", csv);
        assertThat(generic.exitCode()).as(generic.err()).isZero();
        JsonNode stats = new ObjectMapper().readTree(CliTest.run("stats", "--workspace", csv, "--json").out());
        assertThat(stats.get("top_popular").get(0).get("id").asText()).isEqualTo("b,1");
    }

    @Test
    void recommendReadsAWorkspaceWithPopularityFromUsersAndTakesAUser() throws Exception {
        String workspace = dir.resolve("ml.tastelab").toString();
        CliTest.run("import", "--format", "movielens", "--ratings", fixture("ml-latest-small/ratings.csv"),
                "--items", fixture("ml-latest-small/movies.csv"), "--workspace", workspace);
        CliTest.Run run = CliTest.run("recommend", "--workspace", workspace, "--recommender", "most-popular", "-k", "2",
                "--user", "1", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("{\"recommender\":\"most-popular\",\"items\":["
                + "{\"id\":\"1\",\"title\":\"Toy Story (1995)\",\"score\":2.0},"
                + "{\"id\":\"11\",\"title\":\"American President, The (1995)\",\"score\":1.0}]}");
    }

    @Test
    void recommendCanPrintCsv() {
        CliTest.Run run = CliTest.run("recommend", "--recommender", "most-popular", "-k", "2", "--csv");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().toList()).hasSize(3).first().isEqualTo("rank,id,title,score");
    }

    @Test
    void aFileThatIsNotAWorkspaceIsReportedByName() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.tastelab"), "hello");
        CliTest.Run run = CliTest.run("stats", "--workspace", notes.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("tastelab: " + notes + " is not a TasteLab workspace (not an SQLite database file)");
    }

    @Test
    void withoutWorkspaceStatsAndRecommendUseTheSampleWithItsSyntheticRatings() throws Exception {
        JsonNode stats = new ObjectMapper().readTree(CliTest.run("stats", "--json").out());
        assertThat(stats.get("users").asInt()).isEqualTo(300);
        assertThat(stats.get("items").asInt()).isEqualTo(220);
        assertThat(stats.get("interactions").asInt()).isGreaterThan(5_000);

        // the text form writes its counts as the panes do: grouped, and the same line as the matrix pane's summary
        CliTest.Run text = CliTest.run("stats");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out().lines().findFirst().orElseThrow()).isEqualTo(String.format(java.util.Locale.ROOT,
                "300 users × 220 items, %,d interactions — density %.4f%%, sparsity %.4f%%", stats.get("interactions").asLong(),
                100 * stats.get("density").asDouble(), 100 - 100 * stats.get("density").asDouble()));
        assertThat(text.out().lines().skip(1).findFirst().orElseThrow()).matches("  1\\. \\S+ +.+ +[0-9,]+ users?");

        CliTest.Run noUser = CliTest.run("recommend", "--recommender", "item-knn", "-k", "5");
        assertThat(noUser.exitCode()).isEqualTo(1);
        assertThat(noUser.err()).contains("'item-knn' recommends for one user: give --user ID, e.g. --user u001 "
                + "(a user of the built-in sample)");

        CliTest.Run forUser = CliTest.run("recommend", "--recommender", "item-knn", "--user", "u002", "-k", "5", "--json");
        assertThat(forUser.exitCode()).as(forUser.err()).isZero();
        assertThat(new ObjectMapper().readTree(forUser.out()).get("items")).hasSize(5);
        assertThat(forUser.err()).contains("ranked by item-knn");
    }
}
