package org.movierec.app.service;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.movierec.core.data.RatingScale;

/**
 * Reads a CSV of someone's ratings and matches its rows to the catalogue. The header names the
 * columns (case ignored): the movie by {@code movieId} (movierec's export), {@code imdbId} or
 * {@code Const} (IMDb's export, tt-numbers), or {@code title}/{@code Name} with {@code year}; the
 * rating by {@code rating} (on this catalogue's scale, e.g. Letterboxd's 0.5-5) or {@code Your Rating}
 * (IMDb's 1-10, halved). A file with a malformed row (missing fields, an unclosed quote, a rating that
 * is not a number on the scale, an id or year that is not a number) is refused whole; rows naming a
 * movie the catalogue lacks are reported and skipped.
 */
public final class RatingCsvImport {
    /** Most rows read; more are reported as not imported. */
    public static final int MAX_ROWS = 20_000;
    private static final int MAX_PROBLEMS = 50;

    private RatingCsvImport() {
    }

    /**
     * What matched and what did not.
     *
     * @param ratings the matched ratings by movie id (a later row for the same movie wins)
     * @param rows the data rows read
     * @param problems one sentence per row not imported (at most 50, then a count)
     */
    public record Result(Map<Integer, Float> ratings, int rows, List<String> problems) {
        public Result {
            ratings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ratings));
            problems = List.copyOf(problems);
        }
    }

    /**
     * Matches the rows of the CSV.
     *
     * @throws IllegalArgumentException when the header names no movie column or no rating column, or (naming the
     *     line) when a row is malformed
     */
    public static Result read(Reader reader, MovieLibrary library) throws IOException {
        Map<Integer, Float> ratings = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        int rows = 0;
        int skipped = 0;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().skipEmptyLines(true).allowMissingFields(true).allowExtraFields(true)
                .ofCsvRecord(reader)) {
            Columns columns = null;
            for (CsvRecord record : csv) {
                if (columns == null) {
                    columns = Columns.of(record.getFields());
                    continue;
                }
                rows++;
                if (rows > MAX_ROWS) {
                    skipped++;
                    continue;
                }
                if (record.getFieldCount() < columns.needed()) {
                    throw malformed(record, "it has " + record.getFieldCount() + " fields and the header " + columns.needed()
                            + " (a missing field, or a quote that is not closed)");
                }
                String problem = match(record, columns, library, ratings);
                if (problem != null) {
                    if (problems.size() < MAX_PROBLEMS) {
                        problems.add("line " + record.getStartingLineNumber() + ": " + problem);
                    } else {
                        skipped++;
                    }
                }
            }
            if (columns == null) {
                throw new IllegalArgumentException("the file is empty; expected a header line such as movieId,rating");
            }
        } catch (CsvParseException e) {
            throw new IllegalArgumentException("the file is not a readable CSV (a field or a row too long, or a quote not closed);"
                    + " nothing was imported");
        }
        if (skipped > 0) {
            problems.add(skipped + " more lines not imported");
        }
        return new Result(ratings, rows, problems);
    }

    private static String match(CsvRecord record, Columns columns, MovieLibrary library, Map<Integer, Float> ratings) {
        String rawRating = columns.field(record, columns.rating);
        float value;
        try {
            value = Float.parseFloat(rawRating.trim());
        } catch (NumberFormatException e) {
            throw malformed(record, "the rating '" + shorten(rawRating) + "' is not a number");
        }
        if (columns.tenPoint) {
            value /= 2;
        }
        RatingScale scale = library.scale();
        if (!scale.accepts(value)) {
            throw malformed(record, "the rating " + shorten(rawRating) + " is not a value of " + scale.describe());
        }
        Integer movie = null;
        String described;
        if (columns.movieId >= 0) {
            String raw = columns.field(record, columns.movieId).trim();
            described = "movie id " + shorten(raw);
            try {
                int id = Integer.parseInt(raw);
                movie = library.contains(id) ? id : null;
            } catch (NumberFormatException e) {
                throw malformed(record, "the movie id '" + shorten(raw) + "' is not a number");
            }
        } else if (columns.imdbId >= 0) {
            String raw = columns.field(record, columns.imdbId).trim();
            described = "IMDb id " + shorten(raw);
            try {
                movie = library.byImdb(Integer.parseInt(raw.toLowerCase(Locale.ROOT).replaceFirst("^tt", ""))).orElse(null);
            } catch (NumberFormatException e) {
                throw malformed(record, "the IMDb id '" + shorten(raw) + "' is not an IMDb id");
            }
        } else {
            String title = columns.field(record, columns.title).trim();
            String year = columns.year >= 0 ? columns.field(record, columns.year).trim() : "";
            described = "\"" + shorten(title) + "\"" + (year.isEmpty() ? "" : " (" + shorten(year) + ")");
            int y;
            try {
                y = year.isEmpty() ? 0 : Integer.parseInt(year);
            } catch (NumberFormatException e) {
                throw malformed(record, "the year '" + shorten(year) + "' is not a number");
            }
            movie = library.byTitle(title, y).orElse(null);
        }
        if (movie == null) {
            return described + " is not in the catalogue";
        }
        ratings.put(movie, value);
        return null;
    }

    private static IllegalArgumentException malformed(CsvRecord record, String problem) {
        return new IllegalArgumentException("line " + record.getStartingLineNumber() + ": " + problem + "; nothing was imported");
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /** Where the columns are (-1: absent). */
    private record Columns(int movieId, int imdbId, int title, int year, int rating, boolean tenPoint) {
        static Columns of(List<String> header) {
            int movieId = -1;
            int imdbId = -1;
            int title = -1;
            int year = -1;
            int rating = -1;
            boolean tenPoint = false;
            for (int k = 0; k < header.size(); k++) {
                String name = header.get(k).trim().toLowerCase(Locale.ROOT).replace("\uFEFF", "");
                switch (name) {
                    case "movieid", "movie_id" -> movieId = k;
                    case "imdbid", "imdb_id", "const" -> imdbId = k;
                    case "title", "name" -> title = k;
                    case "year" -> year = k;
                    case "rating" -> rating = rating < 0 ? k : rating;
                    case "your rating" -> {
                        rating = k;
                        tenPoint = true;
                    }
                    default -> {
                    }
                }
            }
            if (rating < 0 || movieId < 0 && imdbId < 0 && title < 0) {
                throw new IllegalArgumentException("the header line (" + String.join(",", header)
                        + ") needs a rating column (rating, or IMDb's 'Your Rating') and a movie column (movieId, imdbId or Const, or title with year)");
            }
            return new Columns(movieId, imdbId, title, year, rating, tenPoint);
        }

        /** How many fields a row must have to reach every column used. */
        int needed() {
            return Math.max(Math.max(movieId, imdbId), Math.max(Math.max(title, year), rating)) + 1;
        }

        String field(CsvRecord record, int column) {
            return column < record.getFieldCount() ? record.getField(column) : "";
        }
    }
}
