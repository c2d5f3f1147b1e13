package io.tastelab.cli;

import io.tastelab.engine.exchange.AlreadyImportedException;
import io.tastelab.engine.exchange.BadRow;
import io.tastelab.engine.exchange.CsvImporter;
import io.tastelab.engine.exchange.GoodbooksImporter;
import io.tastelab.engine.exchange.ImportReport;
import io.tastelab.engine.exchange.MovieLensImporter;
import io.tastelab.engine.exchange.ImportOptions;
import io.tastelab.engine.task.Progress;
import io.tastelab.engine.workspace.NewWorkspace;
import io.tastelab.engine.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code tastelab import}: brings ratings (and items) into a workspace, creating it when needed. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import MovieLens, Goodbooks-10k or any CSV into a workspace (created if missing). Bad rows are "
                + "listed with file and line, and nothing is imported unless --skip-bad is given. A ratings file imported "
                + "before is refused unless --replace is given.")
final class ImportCommand implements Callable<Integer> {

    /** How many bad rows are printed; the count covers all. */
    static final int BAD_ROWS_SHOWN = 20;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "movielens, goodbooks or csv.")
    String format;

    @Option(names = "--ratings", required = true, paramLabel = "FILE",
            description = "Interactions: u.data, ratings.dat, ratings.csv, or your CSV.")
    Path ratings;

    @Option(names = "--items", paramLabel = "FILE", description = "Items: u.item, movies.dat, movies.csv, books.csv, or your CSV.")
    Path items;

    @Option(names = "--implicit", paramLabel = "FILE", description = "Goodbooks: to_read.csv, imported as implicit events.")
    Path implicit;

    @Option(names = "--skip-bad", description = "Import the good rows and skip the bad ones.")
    boolean skipBad;

    @Option(names = "--replace", description = "If a ratings file with the same content was imported before, replace "
            + "that import's interactions (in one transaction) instead of refusing.")
    boolean replace;

    @Option(names = "--workspace", required = true, paramLabel = "OUT", description = "The workspace file (.tastelab).")
    Path workspace;

    @Option(names = "--quiet", description = "Do not report progress on stderr.")
    boolean quiet;

    @Option(names = "--popularity", defaultValue = "users", paramLabel = "HOW",
            description = "After importing, set popularity to the number of users per item (users) or leave it (keep). "
                    + "Default: ${DEFAULT-VALUE}.")
    String popularity;

    @Option(names = "--user-column", defaultValue = "user", description = "csv: user id column (default: ${DEFAULT-VALUE}).")
    String userColumn;

    @Option(names = "--item-column", defaultValue = "item", description = "csv: item id column (default: ${DEFAULT-VALUE}).")
    String itemColumn;

    @Option(names = "--value-column", defaultValue = "rating",
            description = "csv: rating or weight column, or 'none' for implicit events (default: ${DEFAULT-VALUE}).")
    String valueColumn;

    @Option(names = "--timestamp-column", description = "csv: timestamp column (seconds or ISO-8601).")
    String timestampColumn;

    @Option(names = "--delimiter", defaultValue = ",", description = "csv: field separator (default: '${DEFAULT-VALUE}').")
    char delimiter;

    @Option(names = "--item-id-column", defaultValue = "id", description = "csv items: id column (default: ${DEFAULT-VALUE}).")
    String itemIdColumn;

    @Option(names = "--item-title-column", defaultValue = "title", description = "csv items: title column (default: ${DEFAULT-VALUE}).")
    String itemTitleColumn;

    @Override
    public Integer call() throws Exception {
        if (!popularity.equals("users") && !popularity.equals("keep")) {
            throw new ParameterException(spec.commandLine(), "--popularity must be users or keep, got '" + popularity + "'");
        }
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        Progress progress = quiet ? Progress.NONE : new Progress() {
            private long lastReport = System.nanoTime();

            @Override
            public void update(long done, long total, String message) {
                long now = System.nanoTime();
                if (now - lastReport > 2_000_000_000L && total > 0) {
                    lastReport = now;
                    err.printf("%s: %d%%%n", message, Math.round(100.0 * done / total));
                    err.flush();
                }
            }
        };
        ImportOptions options = new ImportOptions(skipBad, popularity.equals("users")
                ? ImportOptions.Popularity.DISTINCT_USERS : ImportOptions.Popularity.KEEP, replace);
        if (Files.exists(workspace)) {
            try (Workspace target = Workspace.open(workspace)) {
                return finish(runImport(target, options, progress), started);
            } catch (AlreadyImportedException e) {
                err.println("tastelab: " + e.getMessage() + "; run again with --replace to replace that import's interactions");
                return 1;
            }
        }
        // A new workspace appears only once the import committed: a failed import leaves no file behind.
        try (NewWorkspace created = NewWorkspace.begin(workspace)) {
            ImportReport report = runImport(created.workspace(), options, progress);
            if (report.committed()) {
                created.publish().close();
            }
            return finish(report, started);
        }
    }

    private ImportReport runImport(Workspace target, ImportOptions options, Progress progress) throws java.io.IOException {
        return switch (format) {
            case "movielens" -> MovieLensImporter.importFiles(target, ratings, items, options, progress);
            case "goodbooks" -> GoodbooksImporter.importFiles(target, ratings, items, implicit, options, progress);
            case "csv" -> CsvImporter.importFiles(target, ratings,
                    new CsvImporter.InteractionColumns(userColumn, itemColumn, valueColumn.equals("none") ? null : valueColumn,
                            timestampColumn, delimiter),
                    items, new CsvImporter.ItemColumns(itemIdColumn, itemTitleColumn, null, null, null, null, delimiter),
                    options, progress);
            default -> throw new ParameterException(spec.commandLine(),
                    "--format must be movielens, goodbooks or csv, got '" + format + "'");
        };
    }

    /** Prints the bad rows and the summary; the exit code. */
    private int finish(ImportReport report, long started) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (BadRow bad : report.badRows().subList(0, Math.min(BAD_ROWS_SHOWN, report.badRows().size()))) {
            err.println(bad);
        }
        if (report.badRowCount() > BAD_ROWS_SHOWN) {
            err.println("... and " + (report.badRowCount() - BAD_ROWS_SHOWN) + " more bad rows");
        }
        if (!report.committed()) {
            err.println("tastelab: " + report.summary() + "; run again with --skip-bad to import the rest");
            return 1;
        }
        out.printf("%s into %s in %.1f s%n", report.summary(), workspace, (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
