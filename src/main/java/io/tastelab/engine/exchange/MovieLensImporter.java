package io.tastelab.engine.exchange;

import io.tastelab.engine.catalog.Item;
import io.tastelab.engine.task.Progress;
import io.tastelab.engine.workspace.InteractionKind;
import io.tastelab.engine.workspace.Workspace;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports the MovieLens data sets (GroupLens), recognising the layout by the ratings file's name:
 *
 * <ul>
 *   <li>ml-100k: {@code u.data} ({@code user item rating timestamp}, tab-separated) and {@code u.item}
 *       ({@code |}-separated, Latin-1, 19 genre flags; genre names from {@code u.genre} beside it when present);</li>
 *   <li>ml-1m: {@code ratings.dat} ({@code UserID::MovieID::Rating::Timestamp}) and {@code movies.dat}
 *       ({@code MovieID::Title::Genres}, Latin-1);</li>
 *   <li>ml-latest, ml-latest-small, ml-25m, ml-32m: {@code ratings.csv} ({@code userId,movieId,rating,timestamp})
 *       and {@code movies.csv} ({@code movieId,title,genres}, UTF-8, quoted titles), genres as {@code a|b}.</li>
 * </ul>
 * Ratings are explicit with timestamps; titles keep MovieLens's "Title (Year)" and the year is also read out.
 */
public final class MovieLensImporter {

    /** ml-100k's genre columns, in file order, used when {@code u.genre} is not beside {@code u.item}. */
    static final List<String> ML100K_GENRES = List.of("unknown", "Action", "Adventure", "Animation", "Children's",
            "Comedy", "Crime", "Documentary", "Drama", "Fantasy", "Film-Noir", "Horror", "Musical", "Mystery", "Romance",
            "Sci-Fi", "Thriller", "War", "Western");

    private static final Pattern YEAR_AT_END = Pattern.compile("\\((\\d{4})(?:[-–]\\d{0,4})?\\)\\s*$");
    private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;

    /** The three layouts. */
    public enum Layout { ML_100K, ML_1M, CSV }

    private MovieLensImporter() {
    }

    /** The layout a ratings file belongs to, by name: {@code u.data}, {@code *.dat}, else CSV. */
    public static Layout layoutOf(Path ratings) {
        Path fileName = ratings.getFileName();
        if (fileName == null) { // a root such as "/" names no file; the CSV layout is the default
            return Layout.CSV;
        }
        String name = fileName.toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".dat")) {
            return Layout.ML_1M;
        }
        if (name.endsWith(".data") || name.equals("u.data") || name.matches("u\\d\\.(base|test)|ua\\.(base|test)|ub\\.(base|test)")) {
            return Layout.ML_100K;
        }
        return Layout.CSV;
    }

    /** The items file that ships beside a ratings file ({@code u.item}, {@code movies.dat}, {@code movies.csv}), if present. */
    public static Optional<Path> itemsBeside(Path ratings) {
        if (!ImportRun.isNamedFile(ratings)) {
            return Optional.empty();
        }
        String name = switch (layoutOf(ratings)) {
            case ML_100K -> "u.item";
            case ML_1M -> "movies.dat";
            case CSV -> "movies.csv";
        };
        Path sibling = ratings.toAbsolutePath().resolveSibling(name);
        return Files.isRegularFile(sibling) ? Optional.of(sibling) : Optional.empty();
    }

    /**
     * Imports ratings and, when given, the movies they rate.
     *
     * @param items the movies file, or {@code null} to create placeholder items for unseen ids
     */
    public static ImportReport importFiles(Workspace workspace, Path ratings, Path items, boolean skipBad, Progress progress)
            throws IOException {
        return importFiles(workspace, ratings, items, ImportOptions.defaults().withSkipBad(skipBad)
                .withPopularity(ImportOptions.Popularity.KEEP), progress);
    }

    /**
     * Imports ratings and, when given, the movies they rate.
     *
     * @param items the movies file, or {@code null} to create placeholder items for unseen ids
     */
    public static ImportReport importFiles(Workspace workspace, Path ratings, Path items, ImportOptions options,
                                           Progress progress) throws IOException {
        Layout layout = layoutOf(ratings);
        List<Path> files = items == null ? List.of(ratings) : List.of(items, ratings);
        return ImportRun.execute(workspace, options, progress, files, List.of(ratings), run -> {
            run.placeholderCategory("Film");
            if (items != null) {
                switch (layout) {
                    case ML_100K -> readUItem(run, items);
                    case ML_1M -> readMoviesDat(run, items);
                    case CSV -> readMoviesCsv(run, items);
                }
            }
            switch (layout) {
                case ML_100K -> readSeparatedRatings(run, ratings, "\t", LATIN_1, false);
                case ML_1M -> readSeparatedRatings(run, ratings, "::", LATIN_1, false);
                case CSV -> readSeparatedRatings(run, ratings, ",", StandardCharsets.UTF_8, true);
            }
        });
    }

    /**
     * Rating lines with four fields. MovieLens's {@code ratings.csv} holds only numbers, so lines are split directly;
     * a line with a quote is handed to the CSV parser.
     */
    private static void readSeparatedRatings(ImportRun run, Path file, String separator, Charset charset, boolean header)
            throws IOException, SQLException {
        String name = file.getFileName().toString();
        try (LineSource lines = new LineSource(run.open(file, charset), name, charset)) {
            String text;
            if (header) {
                text = lines.next();
                if (text == null || !text.strip().toLowerCase(Locale.ROOT).startsWith("userid,movieid,rating")) {
                    throw new IOException(name + ":1: expected the header userId,movieId,rating,timestamp, found "
                            + (text == null ? "an empty file" : Quoted.of(text)));
                }
            }
            while ((text = lines.next()) != null) {
                if (text.isBlank()) {
                    continue;
                }
                long line = lines.line();
                String[] fields;
                if (header && text.indexOf('"') >= 0) {
                    fields = parseCsvLine(text);
                    if (fields == null) {
                        run.tick();
                        run.bad(name, line, "column " + (text.indexOf('"') + 1) + ": unclosed quote (a rating is one line; "
                                + "a quoted field cannot go on to the next)");
                        continue;
                    }
                } else {
                    fields = LineSource.split(text, separator, 4);
                }
                if (fields.length < 3 || fields.length > 4) {
                    run.tick();
                    run.bad(name, line, "expected userId, movieId, rating and timestamp, found " + fields.length + " field"
                            + (fields.length == 1 ? "" : "s"));
                    continue;
                }
                run.interaction(name, line, fields[0], fields[1], fields[2], fields.length > 3 ? fields[3] : null,
                        InteractionKind.EXPLICIT);
            }
        }
    }

    /** One line as CSV, or null when a quote opened on it does not close on it. */
    private static String[] parseCsvLine(String text) throws IOException {
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? new String[0] : records.getFirst().values();
        } catch (UncheckedIOException | IOException e) {
            return null;
        }
    }

    private static void readUItem(ImportRun run, Path file) throws IOException, SQLException {
        List<String> genres = readUGenre(file.resolveSibling("u.genre"));
        String name = file.getFileName().toString();
        try (LineSource lines = new LineSource(run.open(file, LATIN_1), name, LATIN_1)) {
            String text;
            while ((text = lines.next()) != null) {
                run.tick();
                if (text.isBlank()) {
                    continue;
                }
                String[] fields = LineSource.split(text, "|", 5 + genres.size());
                if (fields.length != 5 + genres.size()) {
                    run.bad(name, lines.line(), "expected " + (5 + genres.size()) + " fields (id|title|release date|video date|IMDb URL|"
                            + genres.size() + " genre flags), found " + fields.length);
                    continue;
                }
                List<String> itemGenres = new ArrayList<>();
                for (int g = 0; g < genres.size(); g++) {
                    if (fields[5 + g].strip().equals("1") && !genres.get(g).equals("unknown")) {
                        itemGenres.add(genres.get(g));
                    }
                }
                String title = fields[1].strip();
                Integer year = yearOf(title);
                if (year == null && fields[2].strip().matches(".*\\d{4}$")) {
                    String date = fields[2].strip();
                    year = Integer.parseInt(date.substring(date.length() - 4));
                }
                Map<String, List<String>> extra = fields[4].isBlank() ? Map.of() : Map.of("imdb_url", List.of(fields[4].strip()));
                run.item(name, lines.line(), new Item(fields[0].strip(), title, "Film", itemGenres, "", year, "", List.of(), true),
                        0, extra);
            }
        }
    }

    private static List<String> readUGenre(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return ML100K_GENRES;
        }
        List<String> genres = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, LATIN_1);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int bar = line.lastIndexOf('|');
            if (bar < 0) {
                throw new IOException(file.getFileName() + ":" + (i + 1) + ": expected genre|index lines, found " + Quoted.of(line));
            }
            genres.add(line.substring(0, bar));
        }
        return genres;
    }

    private static void readMoviesDat(ImportRun run, Path file) throws IOException, SQLException {
        String name = file.getFileName().toString();
        try (LineSource lines = new LineSource(run.open(file, LATIN_1), name, LATIN_1)) {
            String text;
            while ((text = lines.next()) != null) {
                run.tick();
                if (text.isBlank()) {
                    continue;
                }
                String[] fields = LineSource.split(text, "::", 3);
                if (fields.length != 3) {
                    run.bad(name, lines.line(), "expected MovieID::Title::Genres, found " + fields.length + " fields");
                    continue;
                }
                movie(run, name, lines.line(), fields[0], fields[1], fields[2]);
            }
        }
    }

    private static void readMoviesCsv(ImportRun run, Path file) throws IOException, SQLException {
        String name = file.getFileName().toString();
        try (CsvRows rows = new CsvRows(run.open(file, StandardCharsets.UTF_8), name, ',', List.of("movieId", "title", "genres"))) {
            for (CSVRecord record : rows) {
                run.tick();
                long line = rows.line(record);
                if (!record.isConsistent()) {
                    run.bad(name, line, "expected movieId,title,genres, found " + record.size() + " fields");
                    continue;
                }
                movie(run, name, line, record.get("movieId"), record.get("title"), record.get("genres"));
            }
        }
    }

    private static void movie(ImportRun run, String file, long line, String id, String title, String genres) throws SQLException {
        List<String> genreList = genres.isBlank() || genres.strip().equals("(no genres listed)") ? List.of()
                : List.of(genres.strip().split("\\|"));
        String cleanTitle = title.strip();
        run.item(file, line, new Item(id.strip(), cleanTitle, "Film", genreList, "", yearOf(cleanTitle), "", List.of(), true),
                0, Map.of());
    }

    /** The year at the end of a MovieLens title, "Heat (1995)" → 1995. */
    static Integer yearOf(String title) {
        Matcher matcher = YEAR_AT_END.matcher(title);
        return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
    }
}
