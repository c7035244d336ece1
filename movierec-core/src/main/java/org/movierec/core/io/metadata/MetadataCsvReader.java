package org.movierec.core.io.metadata;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.movierec.core.data.Catalog;
import org.movierec.core.data.Movie;
import org.movierec.core.data.MovieMetadata;
import org.movierec.core.io.DataFormatException;
import org.movierec.core.io.TextLines;

/**
 * movierec's metadata CSV (documented in docs/DATA-FORMATS.md): UTF-8, a header line naming the
 * columns, one movie per line. The first column is the key: {@code movieId} (MovieLens id),
 * {@code imdbId} ("tt0114709", "0114709" or "114709") or {@code tmdbId}; IMDb and TMDb ids are joined
 * to MovieLens ids through the catalogue's links. Other columns, all optional and in any order:
 * directors, writers, cast, keywords, countries (lists separated by '|', cast in billing order),
 * overview, runtime (minutes), language, mpaa, releaseDate (YYYY-MM-DD), posterUrl, imdbId, tmdbId.
 * Unknown column names are an error; empty cells are unknown facts. Rows whose key matches no movie
 * of the catalogue are skipped and counted.
 */
public final class MetadataCsvReader {
    private static final List<String> KEYS = List.of("movieId", "imdbId", "tmdbId");
    private static final List<String> COLUMNS = List.of("movieId", "imdbId", "tmdbId", "directors", "writers", "cast",
            "keywords", "countries", "overview", "runtime", "language", "mpaa", "releaseDate", "posterUrl");

    private MetadataCsvReader() {
    }

    /**
     * What was read.
     *
     * @param metadata by MovieLens movie id
     * @param unmatched rows whose key is not a movie of the catalogue
     */
    public record Result(Map<Integer, MovieMetadata> metadata, int unmatched) {
    }

    /** Reads the file, joining rows to the catalogue's movies. */
    public static Result read(Path file, Catalog catalog) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString(), catalog);
        }
    }

    /** Reads the content (label names it in errors), joining rows to the catalogue's movies. */
    public static Result read(InputStream in, String label, Catalog catalog) throws IOException {
        Map<Integer, MovieMetadata> result = new LinkedHashMap<>();
        int unmatched = 0;
        try (TextLines lines = new TextLines(in, StandardCharsets.UTF_8, label)) {
            String header = lines.next();
            String[] columns = header == null ? null : TextLines.splitCsv(header);
            if (columns == null || columns.length == 0 || !KEYS.contains(columns[0].strip())) {
                throw new DataFormatException(label, 1, "the first column must be movieId, imdbId or tmdbId, "
                        + "but the header is \"" + header + "\"");
            }
            Map<String, Integer> at = new HashMap<>();
            for (int c = 0; c < columns.length; c++) {
                String name = columns[c].strip();
                if (!COLUMNS.contains(name)) {
                    throw lines.error("unknown column \"" + name + "\"; the columns are " + String.join(", ", COLUMNS));
                }
                if (at.put(name, c) != null) {
                    throw lines.error("column \"" + name + "\" appears twice");
                }
            }
            String key = columns[0].strip();
            Int2IntOpenHashMap byKey = keyIndex(key, catalog);
            String text;
            while ((text = lines.next()) != null) {
                if (text.isBlank()) {
                    continue;
                }
                String[] f = TextLines.splitCsv(text);
                if (f == null) {
                    throw lines.error("a quoted field is not closed");
                }
                if (f.length != columns.length) {
                    throw lines.error("expected " + columns.length + " fields but found " + f.length);
                }
                Row row = new Row(f, at, lines);
                int keyValue = key.equals("imdbId") ? row.imdb("imdbId") : row.whole(key);
                int movieId = byKey.get(keyValue);
                if (movieId < 0) {
                    unmatched++;
                    continue;
                }
                MovieMetadata m = new MovieMetadata(movieId, row.list("directors"), row.list("writers"),
                        row.list("cast"), row.list("keywords"), row.text("overview"), Math.max(0, row.whole("runtime")),
                        row.text("language"), row.text("mpaa"), row.date("releaseDate"), row.list("countries"),
                        Math.max(0, row.imdb("imdbId")), Math.max(0, row.whole("tmdbId")), row.text("posterUrl"), null,
                        Map.of());
                if (result.put(movieId, m) != null) {
                    throw lines.error("movie " + movieId + " has a second row");
                }
            }
        }
        return new Result(result, unmatched);
    }

    private static Int2IntOpenHashMap keyIndex(String key, Catalog catalog) {
        Int2IntOpenHashMap index = new Int2IntOpenHashMap();
        index.defaultReturnValue(-1);
        for (Movie movie : catalog.movies()) {
            int value = switch (key) {
                case "imdbId" -> movie.imdbId();
                case "tmdbId" -> movie.tmdbId();
                default -> movie.id();
            };
            if (value > 0) {
                index.putIfAbsent(value, movie.id());
            }
        }
        return index;
    }

    private static final class Row {
        private final String[] fields;
        private final Map<String, Integer> at;
        private final TextLines lines;

        Row(String[] fields, Map<String, Integer> at, TextLines lines) {
            this.fields = fields;
            this.at = at;
            this.lines = lines;
        }

        String text(String column) {
            Integer c = at.get(column);
            if (c == null) {
                return null;
            }
            String value = fields[c].strip();
            return value.isEmpty() ? null : value;
        }

        List<String> list(String column) {
            String value = text(column);
            if (value == null) {
                return List.of();
            }
            List<String> items = new ArrayList<>();
            for (String item : value.split("\\|")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
            return items;
        }

        /** The column as a whole number; -1 when absent or empty. */
        int whole(String column) throws DataFormatException {
            String value = text(column);
            return value == null ? -1 : lines.id(value, column);
        }

        int imdb(String column) throws DataFormatException {
            String value = text(column);
            if (value == null) {
                return -1;
            }
            String digits = value.toLowerCase(Locale.ROOT).startsWith("tt") ? value.substring(2) : value;
            return lines.id(digits, column);
        }

        LocalDate date(String column) throws DataFormatException {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw lines.error(column + " \"" + value + "\" is not a date in the form YYYY-MM-DD");
            }
        }
    }
}
