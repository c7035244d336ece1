package org.movierec.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import it.unimi.dsi.fastutil.ints.Int2LongOpenHashMap;
import org.movierec.core.data.Catalog;
import org.movierec.core.data.Dataset;
import org.movierec.core.data.Movie;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.RatingMatrixBuilder;
import org.movierec.core.data.RatingScale;
import org.movierec.core.data.Tag;
import org.movierec.core.util.Progress;

/**
 * MovieLens 20M, 25M, 32M, latest and latest-small: UTF-8 CSV files with a header line.
 * {@code ratings.csv} (userId,movieId,rating,timestamp; half stars 0.5 to 5), {@code movies.csv}
 * (movieId,title,genres; titles quoted when they hold a comma), {@code links.csv}
 * (movieId,imdbId,tmdbId; tmdbId may be empty) and {@code tags.csv} (userId,movieId,tag,timestamp).
 * The genome files are not read.
 */
final class MovieLensCsvReader {
    static final String FORMAT = "ml-latest";
    static final String RATINGS_HEADER = "userId,movieId,rating,timestamp";
    private static final String SEP = ",";

    private MovieLensCsvReader() {
    }

    static Dataset read(ReleaseSource source, Progress progress) throws IOException {
        var catalog = new ReaderSupport.Background<>("movies", () -> {
            Int2LongOpenHashMap links = source.has("links.csv") ? readLinks(source) : new Int2LongOpenHashMap();
            return readMovies(source, links);
        });
        var tags = new ReaderSupport.Background<>("tags",
                () -> source.has("tags.csv") ? readTags(source) : List.<Tag>of());
        checkHeader(source, "ratings.csv", RATINGS_HEADER);
        RatingMatrixBuilder builder = ReaderSupport.parseRatings(source, "ratings.csv", SEP, 1,
                RatingScale.HALF_STARS, true, progress);
        ReaderSupport.checkMoviesKnown(builder, catalog.get(), source, "ratings.csv", SEP, 1, "movies.csv");
        RatingMatrix ratings = ReaderSupport.build(builder, source, "ratings.csv", SEP, 1);
        return new Dataset(source.name(), FORMAT, catalog.get(), ratings, tags.get(), Map.of());
    }

    /** The first line of a CSV file, without BOM and line end; null when the file is empty. */
    static String header(ReleaseSource source, String file) throws IOException {
        try (TextLines lines = ReaderSupport.lines(source, file, StandardCharsets.UTF_8)) {
            return lines.next();
        } catch (IOException e) {
            throw source.readFailure(file, e);
        }
    }

    private static void checkHeader(ReleaseSource source, String file, String expected) throws IOException {
        String header = header(source, file);
        if (header == null || !header.strip().equals(expected)) {
            throw new DataFormatException(source.label(file), 1,
                    "expected the header \"" + expected + "\" but found \"" + header + "\"");
        }
    }

    private static Int2LongOpenHashMap readLinks(ReleaseSource source) throws IOException {
        Int2LongOpenHashMap links = new Int2LongOpenHashMap();
        try (TextLines lines = ReaderSupport.lines(source, "links.csv", StandardCharsets.UTF_8)) {
            expectHeader(lines, "movieId,imdbId,tmdbId");
            String text;
            while ((text = lines.next()) != null) {
                if (text.isBlank()) {
                    continue;
                }
                String[] f = TextLines.split(text, SEP);
                if (f.length != 3) {
                    throw lines.error("expected 3 fields separated by ',' but found " + f.length + ": \"" + text + "\"");
                }
                int movie = lines.id(f[0], "movie id");
                int imdb = f[1].isBlank() ? 0 : lines.id(f[1], "IMDb id");
                int tmdb = f[2].isBlank() ? 0 : lines.id(f[2], "TMDb id");
                links.put(movie, (long) imdb << 32 | (tmdb & 0xffffffffL));
            }
        }
        return links;
    }

    private static void expectHeader(TextLines lines, String expected) throws IOException {
        String header = lines.next();
        if (header == null || !header.strip().equals(expected)) {
            throw lines.error("expected the header \"" + expected + "\" but found \"" + header + "\"");
        }
    }

    /** Reads movies.csv (movieId,title,genres), filling IMDb and TMDb ids from the links. */
    static Catalog readMovies(ReleaseSource source, Int2LongOpenHashMap links) throws IOException {
        Catalogs movies = new Catalogs();
        try (TextLines lines = ReaderSupport.lines(source, "movies.csv", StandardCharsets.UTF_8)) {
            expectHeader(lines, "movieId,title,genres");
            String text;
            while ((text = lines.next()) != null) {
                if (text.isBlank()) {
                    continue;
                }
                String[] f = TextLines.splitCsv(text);
                if (f == null) {
                    throw lines.error("a quoted field is not closed: \"" + text + "\"");
                }
                if (f.length != 3) {
                    throw lines.error("expected 3 fields separated by ',' but found " + f.length + ": \"" + text + "\"");
                }
                int id = lines.id(f[0], "movie id");
                MovieTitles.Title title = MovieTitles.parse(f[1]);
                long link = links.getOrDefault(id, 0L);
                movies.add(new Movie(id, title.title(), title.year(), MovieLensDatReader.genres(f[2]),
                        (int) (link >>> 32), (int) link), lines);
            }
        }
        return movies.catalog();
    }

    private static List<Tag> readTags(ReleaseSource source) throws IOException {
        List<Tag> tags = new ArrayList<>();
        try (TextLines lines = ReaderSupport.lines(source, "tags.csv", StandardCharsets.UTF_8)) {
            expectHeader(lines, "userId,movieId,tag,timestamp");
            String text;
            while ((text = lines.next()) != null) {
                if (text.isBlank()) {
                    continue;
                }
                String[] f = TextLines.splitCsv(text);
                if (f == null) {
                    throw lines.error("a quoted field is not closed: \"" + text + "\"");
                }
                if (f.length != 4) {
                    throw lines.error("expected 4 fields separated by ',' but found " + f.length + ": \"" + text + "\"");
                }
                tags.add(new Tag(lines.id(f[0], "user id"), lines.id(f[1], "movie id"), f[2], lines.timestamp(f[3])));
            }
        }
        return tags;
    }
}
