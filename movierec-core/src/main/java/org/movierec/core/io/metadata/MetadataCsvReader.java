package org.movierec.core.io.metadata;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import java.io.IOException;
import java.io.InputStream;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
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

/**
 * movierec's metadata CSV (documented in docs/DATA-FORMATS.md): UTF-8, a header line naming the
 * columns, one movie per line. The first column is the key: {@code movieId} (MovieLens id),
 * {@code imdbId} ("tt0114709", "0114709" or "114709") or {@code tmdbId}; IMDb and TMDb ids are joined
 * to MovieLens ids through the catalogue's links. Other columns, all optional and in any order:
 * directors, writers, cast, keywords, countries (lists separated by '|', cast in billing order),
 * overview, year, runtime (minutes), language, mpaa, releaseDate (YYYY-MM-DD), posterUrl, imdbId, tmdbId.
 * Parsed with FastCSV (RFC 4180 quoting); an error names the file and the line where the row starts.
 * Unknown column names are an error; empty cells are unknown facts. Rows whose key matches no movie
 * of the catalogue are skipped and counted.
 */
public final class MetadataCsvReader {
    private static final List<String> KEYS = List.of("movieId", "imdbId", "tmdbId");
    private static final List<String> COLUMNS = List.of("movieId", "imdbId", "tmdbId", "directors", "writers", "cast",
            "keywords", "countries", "overview", "year", "runtime", "language", "mpaa", "releaseDate", "posterUrl");

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
        CsvReader<CsvRecord> csv = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                .skipEmptyLines(true).ofCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()));
        try (csv) {
            Iterator<CsvRecord> records = csv.iterator();
            CsvRecord header = records.hasNext() ? records.next() : null;
            List<String> columns = header == null ? List.of() : header.getFields().stream().map(String::strip).toList();
            if (columns.isEmpty() || !KEYS.contains(columns.get(0).replace("\uFEFF", ""))) {
                throw new DataFormatException(label, 1, "the first column must be movieId, imdbId or tmdbId, "
                        + "but the header is \"" + String.join(",", columns) + "\"");
            }
            columns = new ArrayList<>(columns);
            columns.set(0, columns.get(0).replace("\uFEFF", ""));
            Map<String, Integer> at = new HashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                String name = columns.get(c);
                if (!COLUMNS.contains(name)) {
                    throw new DataFormatException(label, 1, "unknown column \"" + name + "\"; the columns are "
                            + String.join(", ", COLUMNS));
                }
                if (at.put(name, c) != null) {
                    throw new DataFormatException(label, 1, "column \"" + name + "\" appears twice");
                }
            }
            String key = columns.get(0);
            Int2IntOpenHashMap byKey = keyIndex(key, catalog);
            while (records.hasNext()) {
                CsvRecord record = records.next();
                Row row = new Row(record, at, label);
                if (record.getFieldCount() != columns.size()) {
                    throw row.error("expected " + columns.size() + " fields but found " + record.getFieldCount());
                }
                int keyValue = key.equals("imdbId") ? row.imdb("imdbId") : row.whole(key);
                int movieId = byKey.get(keyValue);
                if (movieId < 0) {
                    unmatched++;
                    continue;
                }
                MovieMetadata m = new MovieMetadata(movieId, row.list("directors"), row.list("writers"),
                        row.list("cast"), row.list("keywords"), row.text("overview"), Math.max(0, row.whole("runtime")),
                        row.text("language"), row.text("mpaa"), row.date("releaseDate"), Math.max(0, row.whole("year")),
                        row.list("countries"), Math.max(0, row.imdb("imdbId")), Math.max(0, row.whole("tmdbId")),
                        row.text("posterUrl"), null, Map.of());
                if (result.put(movieId, m) != null) {
                    throw row.error("movie " + movieId + " has a second row");
                }
            }
        } catch (CsvParseException | UncheckedIOException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new DataFormatException(label, 0, "unreadable CSV: " + cause.getMessage());
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
        private final CsvRecord record;
        private final Map<String, Integer> at;
        private final String label;

        Row(CsvRecord record, Map<String, Integer> at, String label) {
            this.record = record;
            this.at = at;
            this.label = label;
        }

        DataFormatException error(String problem) {
            return new DataFormatException(label, record.getStartingLineNumber(), problem);
        }

        String text(String column) {
            Integer c = at.get(column);
            if (c == null) {
                return null;
            }
            String value = record.getField(c).strip();
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
            return value == null ? -1 : number(value, column);
        }

        int imdb(String column) throws DataFormatException {
            String value = text(column);
            if (value == null) {
                return -1;
            }
            String digits = value.toLowerCase(Locale.ROOT).startsWith("tt") ? value.substring(2) : value;
            return number(digits, column);
        }

        private int number(String value, String column) throws DataFormatException {
            try {
                int n = Integer.parseInt(value);
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw error(column + " \"" + value + "\" is not a whole number of 0 or more");
        }

        LocalDate date(String column) throws DataFormatException {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw error(column + " \"" + value + "\" is not a date in the form YYYY-MM-DD");
            }
        }
    }
}
