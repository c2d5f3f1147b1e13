package io.tastelab.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills {@code tastelab import} (in a child JVM, with SIGKILL) right after each of its commits and at random moments
 * during its imports, then checks the workspace as another program sees it: SQLite's integrity check passes, every
 * item's popularity equals its number of distinct users, and the interactions are exactly those of the imports that
 * committed (whole imports, never part of one). A new workspace killed while it is being created is either absent
 * or complete.
 *
 * <p>Random kill moments are drawn within how long an import took in the earlier trials, so they fall inside the
 * imports whatever the machine's load. The trials are few so the suite stays fast;
 * {@code -Dtastelab.crashTrials=N} runs N rounds, {@code -Dtastelab.crashSeed=S} repeats a run.
 */
class ImportCrashTest {

    private static final int ROWS_PER_FILE = 20_000;
    private static final int FILES = 4;
    private static final int USERS = 700;
    private static final int ITEMS = 60;

    @TempDir
    Path dir;

    private final TreeMap<String, AtomicInteger> outcomes = new TreeMap<>();
    /** The longest time an import took, by its place in the child's sequence (1 includes the JVM warming up). */
    private final Map<Integer, Long> importMillis = new HashMap<>();

    @Test
    void killsDuringImportsNeverLeavePopularityAndInteractionsDisagreeing() throws Exception {
        int rounds = Integer.getInteger("tastelab.crashTrials", 1);
        long seed = Long.getLong("tastelab.crashSeed", System.nanoTime());
        Random random = new Random(seed);
        List<Path> files = ratingsFiles();
        Path template = dir.resolve("template.tastelab");
        CliTest.Run first = CliTest.run("import", "--format", "csv", "--ratings", files.getFirst().toString(),
                "--timestamp-column", "timestamp", "--workspace", template.toString(), "--quiet");
        assertThat(first.exitCode()).as(first.err()).isZero();
        List<Path> later = files.subList(1, files.size());
        int trial = 0;
        for (int round = 0; round < rounds; round++) {
            for (int commit = 1; commit <= later.size(); commit++) {
                Kill kill = new Kill(commit, -1, commit);
                checkExisting(template, later, kill, "trial " + trial++ + " (seed " + seed + ", right after commit " + commit + ")");
            }
            for (int k = 0; k < 6; k++) {
                int during = 1 + random.nextInt(later.size());
                long delay = (long) (random.nextDouble() * 1.1 * importMillis.get(during));
                checkExisting(template, later, new Kill(during, delay, -1),
                        "trial " + trial++ + " (seed " + seed + ", " + delay + " ms into import " + during + ")");
            }
            for (int k = 0; k < 4; k++) {
                Path workspace = dir.resolve("new" + trial + ".tastelab");
                long delay = (long) (random.nextDouble() * 1.1 * importMillis.get(1));
                String what = "trial " + trial++ + " (seed " + seed + ", new workspace, " + delay + " ms into the import)";
                int committed = runChild(workspace, files.subList(0, 1), new Kill(1, delay, -1));
                if (Files.exists(workspace)) {
                    assertThat(checkConsistent(workspace, what)).as(what).isEqualTo(1);
                    count("new workspace: complete");
                } else {
                    assertThat(committed).as(what).isZero();
                    count("new workspace: absent");
                }
                try (var stream = Files.list(dir)) {
                    assertThat(stream.filter(p -> p.getFileName().toString().equals(workspace.getFileName().toString() + "-wal")))
                            .as(what).isEmpty();
                }
            }
        }
        System.out.println("ImportCrashTest: " + trial + " kill trials (seed " + seed + ", import times " + importMillis
                + " ms): " + outcomes);
    }

    private void checkExisting(Path template, List<Path> files, Kill kill, String what) throws Exception {
        Path workspace = dir.resolve("trial" + outcomes.values().stream().mapToInt(AtomicInteger::get).sum() + ".tastelab");
        Files.copy(template, workspace);
        int committed = runChild(workspace, files, kill);
        long imports = checkConsistent(workspace, what + ", reported " + committed) - 1;
        // The imports reported committed are there; at most one more committed before the kill landed.
        assertThat(imports).as(what + ", reported " + committed).isBetween((long) committed, (long) committed + 1);
        if (kill.afterCommit > 0) {
            count("right after commit " + kill.afterCommit + ": " + imports + " imports kept");
        } else if (committed == files.size()) {
            count("finished before the kill");
        } else {
            count("random, after " + committed + " commits: " + (imports > committed ? "the next one committed" : "the one in flight rolled back"));
        }
    }

    private void count(String outcome) {
        outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
    }

    /** Distinct files: every user-item-timestamp differs, and the first file names every item. */
    private List<Path> ratingsFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int f = 0; f < FILES; f++) {
            StringBuilder text = new StringBuilder("user,item,rating,timestamp\n");
            for (int r = 0; r < ROWS_PER_FILE; r++) {
                text.append('u').append((f * 31 + r * 7) % USERS).append(",i").append(r % ITEMS).append(',')
                        .append(1 + r % 5).append(',').append(1_000_000 + f * 100_000 + r).append('\n');
            }
            files.add(Files.writeString(dir.resolve("ratings" + f + ".csv"), text));
        }
        return files;
    }

    /** When to kill: {@code delayMs} after import {@code during} started, or as soon as import {@code afterCommit} committed. */
    private record Kill(int during, long delayMs, int afterCommit) {
    }

    /** Runs the child until the kill (or its end); how many imports it reported committed. */
    private int runChild(Path workspace, List<Path> files, Kill kill) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), ImportCrashChild.class.getName(), workspace.toString()));
        files.forEach(f -> command.add(f.toString()));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int committed = 0;
        long startedAt = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("started ")) {
                    startedAt = System.nanoTime();
                    if (Integer.parseInt(line.substring("started ".length())) == kill.during && kill.delayMs >= 0) {
                        killLater(child, kill.delayMs);
                    }
                } else if (line.startsWith("committed ")) {
                    committed = Integer.parseInt(line.substring("committed ".length()));
                    importMillis.merge(committed, (System.nanoTime() - startedAt) / 1_000_000, Math::max);
                    if (committed == kill.afterCommit) {
                        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
                        break;
                    }
                } else if (!line.equals("done")) {
                    throw new AssertionError("the child failed: " + line);
                }
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return committed;
    }

    private static void killLater(Process child, long delayMs) {
        Thread.ofPlatform().daemon().name("crash-killer").start(() -> {
            try {
                Thread.sleep(delayMs);
            } catch (InterruptedException e) {
                return;
            }
            child.destroyForcibly();
        });
    }

    /**
     * Checks the file with plain SQLite (as any other program would see it) and returns how many whole imports its
     * interactions hold.
     */
    private static long checkConsistent(Path workspace, String what) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + workspace.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
                rows.next();
                assertThat(rows.getString(1)).as(what).isEqualTo("ok");
            }
            try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM items WHERE popularity <> "
                    + "(SELECT COUNT(DISTINCT user_key) FROM interactions WHERE item_key = items.key)")) {
                rows.next();
                assertThat(rows.getLong(1)).as(what + ": items whose popularity disagrees with their interactions").isZero();
            }
            try (ResultSet rows = statement.executeQuery("SELECT (SELECT COUNT(*) FROM interactions), "
                    + "(SELECT COALESCE(SUM(interactions), 0) FROM imports), (SELECT COUNT(*) * ? FROM imports)".replace("?",
                    String.valueOf(ROWS_PER_FILE)))) {
                rows.next();
                assertThat(rows.getLong(2)).as(what + ": interactions recorded with the imports").isEqualTo(rows.getLong(1));
                assertThat(rows.getLong(3)).as(what + ": imports recorded").isEqualTo(rows.getLong(1));
            }
            try (ResultSet rows = statement.executeQuery("SELECT COUNT(*), (SELECT COUNT(*) FROM items) FROM interactions")) {
                rows.next();
                assertThat(rows.getLong(2)).as(what).isEqualTo(ITEMS);
                long interactions = rows.getLong(1);
                assertThat(interactions % ROWS_PER_FILE).as(what + ": " + interactions + " interactions").isZero();
                return interactions / ROWS_PER_FILE;
            }
        }
    }
}
