package io.tastelab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EvaluateCliTest {

    @TempDir
    Path dir;

    private static String fixture(String name) throws Exception {
        return Path.of(EvaluateCliTest.class.getResource("/imports/" + name).toURI()).toString();
    }

    /**
     * ml-100k fixture: user 1 rated 1 then 2, user 2 rated 3 then 1, user 3 only 3. Leave-last-out tests item 2 for
     * user 1 and item 1 for user 2; training popularity is item 3: 2, item 1: 1; item 2 is no candidate.
     * User 1 gets [3] (miss), user 2 gets [1] (hit at rank 1).
     */
    @Test
    void evaluateOnAWorkspacePrintsTheIssuesJsonShape() throws Exception {
        String workspace = dir.resolve("ml.tastelab").toString();
        CliTest.Run imported = CliTest.run("import", "--format", "movielens", "--ratings", fixture("ml-100k/u.data"),
                "--items", fixture("ml-100k/u.item"), "--workspace", workspace);
        assertThat(imported.exitCode()).as(imported.err()).isZero();

        CliTest.Run run = CliTest.run("evaluate", "--workspace", workspace, "--split", "leave-last-out",
                "--recommenders", "most-popular", "-k", "10,20", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("split").asText()).isEqualTo("leave-last-out");
        JsonNode first = root.get("results").get(0);
        assertThat(first.get("recommender").asText()).isEqualTo("most-popular");
        assertThat(first.get("k").asInt()).isEqualTo(10);
        assertThat(first.get("hit_rate").asDouble()).isEqualTo(0.5);
        assertThat(first.get("ndcg").asDouble()).isEqualTo(0.5);
        assertThat(first.get("mrr").asDouble()).isEqualTo(0.5);
        assertThat(first.get("map").asDouble()).isEqualTo(0.5);
        assertThat(first.get("recall").asDouble()).isEqualTo(0.5);
        assertThat(first.get("precision").asDouble()).isCloseTo(0.05, within(1e-12));
        assertThat(first.get("coverage").asDouble()).isEqualTo(1.0);
        assertThat(root.get("results").get(1).get("k").asInt()).isEqualTo(20);
        JsonNode stages = root.get("stages");
        assertThat(stages).extracting(stage -> stage.get("stage").asText())
                .containsExactly("load", "split", "train", "rank", "metrics");
        assertThat(stages.get(2).get("recommender").asText()).isEqualTo("most-popular");
        assertThat(stages.get(0).has("recommender")).as("load is shared").isFalse();
        for (JsonNode stage : stages) {
            assertThat(stage.get("seconds").asDouble()).isGreaterThanOrEqualTo(0);
            assertThat(stage.get("peak_heap_bytes").asLong()).isPositive();
            assertThat(stage.has("cpu_seconds")).isTrue();
            assertThat(stage.has("load_average")).isTrue();
        }
    }

    @Test
    void evaluateLogsEachStageAsItEnds() {
        CliTest.Run run = CliTest.run("evaluate", "--synthetic", "--recommenders", "most-popular");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> logged = run.err().lines().map(String::strip)
                .filter(line -> line.matches("(load|split|train|rank|metrics)\\b.*\\d+\\.\\d\\d.*")).toList();
        assertThat(logged).extracting(line -> line.split("\\s+\\d")[0].strip())
                .containsExactly("load", "split", "train most-popular", "rank most-popular", "metrics most-popular");
        assertThat(run.err().indexOf("  train most-popular")).as("training logged before its ranking starts")
                .isLessThan(run.err().indexOf("most-popular: evaluating most-popular"));
    }

    @Test
    void evaluateTextEndsWithEachStagesTimeAndPeakHeap() throws Exception {
        CliTest.Run run = CliTest.run("evaluate", "--synthetic", "--recommenders", "most-popular,item-knn", "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        int header = lines.indexOf(lines.stream().filter(line -> line.startsWith("stage ")).findFirst().orElseThrow());
        assertThat(lines.get(header)).contains("seconds", "CPU s", "peak heap MiB", "load");
        assertThat(lines.subList(header + 1, lines.size())).extracting(line -> line.substring(0, 26).strip())
                .containsExactly("load", "split", "train most-popular", "rank most-popular", "metrics most-popular",
                        "train item-knn", "rank item-knn", "metrics item-knn");
        assertThat(run.err()).as("no progress with --quiet").isEmpty();
        assertThat(lines.get(header + 1)).matches("load\\s+\\d+\\.\\d\\d\\s+(\\d+\\.\\d\\d|\\?)\\s+\\d+\\s+(\\d+\\.\\d\\d|\\?)");
    }

    @Test
    void exportWritesEveryInteractionWithIdsSoEvaluatingTheFileGivesTheWorkspacesResult() throws Exception {
        String workspace = dir.resolve("ml.tastelab").toString();
        assertThat(CliTest.run("import", "--format", "movielens", "--ratings", fixture("ml-100k/u.data"),
                "--items", fixture("ml-100k/u.item"), "--workspace", workspace).exitCode()).isZero();
        Path exported = dir.resolve("out/ml.csv.gz");
        CliTest.Run export = CliTest.run("export", "--workspace", workspace, "--interactions", exported.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.err()).contains("wrote 5 interactions");
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(
                new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(exported)), java.nio.charset.StandardCharsets.UTF_8))) {
            assertThat(lines.lines().toList()).containsExactly("user,item,value,timestamp",
                    "1,1,5,874965758", "1,2,3,876893171", "2,1,4,888550871", "3,3,2,889237455", "2,3,5,881250949");
        }
        assertThat(java.nio.file.Files.list(exported.getParent())).as("no partial file left").containsExactly(exported);

        CliTest.Run fromWorkspace = CliTest.run("evaluate", "--workspace", workspace, "--recommenders", "most-popular", "--json");
        CliTest.Run fromFile = CliTest.run("evaluate", "--interactions", exported.toString(), "--recommenders", "most-popular", "--json");
        JsonNode a = new ObjectMapper().readTree(fromWorkspace.out()).get("results").get(0);
        JsonNode b = new ObjectMapper().readTree(fromFile.out()).get("results").get(0);
        for (String metric : new String[] {"precision", "recall", "ndcg", "map", "mrr", "hit_rate", "coverage", "users"}) {
            assertThat(b.get(metric)).as(metric).isEqualTo(a.get(metric));
        }
    }

    @Test
    void exportOfAMissingWorkspaceFailsAndWritesNothing() {
        Path exported = dir.resolve("none.csv");
        CliTest.Run export = CliTest.run("export", "--workspace", dir.resolve("missing.tastelab").toString(),
                "--interactions", exported.toString());
        assertThat(export.exitCode()).isEqualTo(1);
        assertThat(export.err()).contains("missing.tastelab");
        assertThat(exported).doesNotExist();
    }

    @Test
    void evaluateOnSyntheticTastesRanksPersonalizedModelsAbovePopularityAboveRandom() throws Exception {
        CliTest.Run run = CliTest.run("evaluate", "--synthetic", "--recommenders", "random,most-popular,item-knn,als",
                "-k", "10", "--seed", "3", "--param", "als.factors=16", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode results = new ObjectMapper().readTree(run.out()).get("results");
        double random = results.get(0).get("ndcg").asDouble();
        double popular = results.get(1).get("ndcg").asDouble();
        assertThat(popular).isGreaterThan(random);
        assertThat(results.get(2).get("ndcg").asDouble()).isGreaterThan(popular);
        assertThat(results.get(3).get("ndcg").asDouble()).isGreaterThan(popular);
    }

    @Test
    void unknownRecommenderOrParameterIsAnError() {
        CliTest.Run badName = CliTest.run("evaluate", "--synthetic", "--recommenders", "svd");
        assertThat(badName.exitCode()).isEqualTo(1);
        assertThat(badName.err()).contains("unknown recommender 'svd'");
        CliTest.Run badParam = CliTest.run("evaluate", "--synthetic", "--recommenders", "als", "--param", "als.rank=3");
        assertThat(badParam.exitCode()).isEqualTo(1);
        assertThat(badParam.err()).contains("unknown parameter 'als.rank'");
        CliTest.Run trivial = CliTest.run("evaluate", "--synthetic", "--recommenders", "most-popular,trivial");
        assertThat(trivial.exitCode()).isEqualTo(1);
        assertThat(trivial.err()).contains("trivial picks one random item, not a ranking, so it cannot be evaluated",
                "most-popular, random, user-knn, item-knn, als, mf, bpr");
    }

    @Test
    void helpListsEveryRecommenderOfTheOneRegistry() {
        assertThat(CliTest.run("recommend", "--help").out().replaceAll("\\s+", " "))
                .contains("trivial, most-popular, random, user-knn, item-knn, als, mf, bpr");
        assertThat(CliTest.run("evaluate", "--help").out().replaceAll("\\s+", " "))
                .contains("most-popular, random, user-knn, item-knn, als, mf, bpr");
    }

    @Test
    void recommendServesATrainedModelFiltersSeenItemsAndFallsBackForColdStartUsers() throws Exception {
        String workspace = dir.resolve("ml.tastelab").toString();
        assertThat(CliTest.run("import", "--format", "movielens", "--ratings", fixture("ml-100k/u.data"),
                "--items", fixture("ml-100k/u.item"), "--workspace", workspace).exitCode()).isZero();
        // User 1 has items 1 and 2; item 3 co-occurs with item 1 through user 2.
        CliTest.Run known = CliTest.run("recommend", "--workspace", workspace, "--recommender", "item-knn", "--user", "1",
                "-k", "3", "--json");
        assertThat(known.exitCode()).as(known.err()).isZero();
        JsonNode items = new ObjectMapper().readTree(known.out()).get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("id").asText()).isEqualTo("3");
        assertThat(known.err()).contains("ranked by item-knn");

        CliTest.Run keepSeen = CliTest.run("recommend", "--workspace", workspace, "--recommender", "item-knn", "--user", "1",
                "-k", "3", "--keep-seen", "--json");
        assertThat(new ObjectMapper().readTree(keepSeen.out()).get("items")).hasSize(3);

        CliTest.Run typo = CliTest.run("recommend", "--workspace", workspace, "--recommender", "als", "--user", "nobody",
                "-k", "2", "--param", "als.factors=4");
        assertThat(typo.exitCode()).isEqualTo(1);
        assertThat(typo.err()).contains("unknown user 'nobody'");
    }
}
