package io.tastelab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TasteLabCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void mostPopularJsonFollowsTheSchema() throws Exception {
        Run run = run("recommend", "--recommender", "most-popular", "-k", "3", "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("recommender").asText()).isEqualTo("most-popular");
        assertThat(root.get("items")).hasSize(3);
        JsonNode first = root.get("items").get(0);
        assertThat(first.has("id") && first.has("title") && first.has("score")).isTrue();
        assertThat(first.get("score").asDouble()).isGreaterThanOrEqualTo(root.get("items").get(1).get("score").asDouble());
    }

    @Test
    void mostPopularOnTheSampleIsWhatItsUsersRatedMost() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode stats = json.readTree(run("stats", "--json").out());
        JsonNode recommended = json.readTree(run("recommend", "--recommender", "most-popular", "-k", "5", "--json").out());
        List<String> mostRated = new java.util.ArrayList<>();
        stats.get("top_popular").forEach(entry -> mostRated.add(entry.get("id").asText()));
        List<String> mostPopular = new java.util.ArrayList<>();
        recommended.get("items").forEach(entry -> mostPopular.add(entry.get("id").asText()));
        assertThat(mostPopular).isEqualTo(mostRated.subList(0, 5));
        assertThat(recommended.get("items").get(0).get("score").asLong()).isEqualTo(stats.get("top_popular").get(0).get("count").asLong());
    }

    @Test
    void workspaceFileCategoryAndExclusionsAreApplied(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("tiny.csv");
        Files.writeString(csv, """
                id,title,category,genres,creator,year,language,tags,available,popularity
                a,Alpha,Book,,,,,,true,5
                b,Bravo,Film,,,,,,true,9
                c,Charlie,Book,,,,,,false,9
                e,Echo,Book,,,,,,true,7
                """);
        Run run = run("recommend", "--workspace", csv.toString(), "--recommender", "most-popular", "-k", "5",
                "--category", "Book", "--exclude", "e", "--json");
        assertThat(run.out().strip()).isEqualTo("{\"recommender\":\"most-popular\",\"items\":[{\"id\":\"a\",\"title\":\"Alpha\",\"score\":5.0}]}");
    }

    @Test
    void trivialPickOfAnUnavailableItemPrintsNull(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("gone.csv");
        Files.writeString(csv, "id,title,category,genres,creator,year,language,tags,available,popularity\nx,Gone,Book,,,,,,false,1\n");
        Run json = run("recommend", "--workspace", csv.toString(), "--recommender", "trivial", "-k", "1", "--json");
        assertThat(json.out().strip()).isEqualTo("{\"recommender\":\"trivial\",\"items\":null}");
        Run text = run("recommend", "--workspace", csv.toString(), "--recommender", "trivial", "-k", "1");
        assertThat(text.out()).contains("No recommendation (None): the picked item x (Gone) is unavailable");
    }

    @Test
    void badInputGivesAClearErrorAndNonZeroExit(@TempDir Path dir) throws Exception {
        Run unknownExclusion = run("recommend", "--recommender", "most-popular", "-k", "3", "--exclude", "nope");
        assertThat(unknownExclusion.exitCode()).isEqualTo(1);
        assertThat(unknownExclusion.err()).contains("cannot exclude unknown item id 'nope'");

        Run negative = run("recommend", "--recommender", "most-popular", "-k", "-2");
        assertThat(negative.exitCode()).isEqualTo(1);
        assertThat(negative.err()).contains("max_num_recs must be 0 or more");

        Run unknownRecommender = run("recommend", "--recommender", "magic", "-k", "3");
        assertThat(unknownRecommender.err()).contains("unknown recommender 'magic'");

        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, "id,title,category,genres,creator,year,language,tags,available,popularity\nx,X,Book,,,,,,maybe,1\n");
        Run badFile = run("recommend", "--workspace", broken.toString(), "--recommender", "trivial", "-k", "1");
        assertThat(badFile.err()).contains("broken.csv:2: available must be true or false, got 'maybe'");

        Run missing = run("recommend", "--workspace", dir.resolve("none.csv").toString(), "--recommender", "trivial", "-k", "1");
        assertThat(missing.err()).contains("no such workspace file");

        String absent = dir.resolve("absent.csv").toString();
        for (Run noFile : List.of(run("evaluate", "--interactions", absent, "--recommenders", "most-popular"),
                run("bench", "train", "--interactions", absent, "--recommenders", "most-popular"))) {
            assertThat(noFile.exitCode()).isEqualTo(1);
            assertThat(noFile.err()).contains("tastelab: no such file: " + absent);
        }

        Run usage = run("recommend", "-k", "3");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.err()).contains("Missing required option: '--recommender=NAME'");
    }

    @Test
    void versionAndHelpWork() {
        Run version = run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("TasteLab ");
        Run help = run("--help");
        assertThat(help.out()).contains("recommend", "bench");
    }

    @Test
    void benchReportsBothTimingsOnSmallInput() {
        Run bench = run("bench", "--items", "20000", "--repeats", "3", "--no-numpy");
        assertThat(bench.exitCode()).isZero();
        assertThat(bench.out()).contains("top-10 most popular of 20,000 items").contains("not run (skipped with --no-numpy)")
                .contains("load average before:");
    }
}
