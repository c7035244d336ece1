package org.movierec.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.movierec.core.data.Catalog;
import org.movierec.core.data.Dataset;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.Movie;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.RatingMatrixBuilder;
import org.movierec.core.data.RatingScale;
import org.movierec.core.util.Progress;

/**
 * movierec's generic CSV format for data that is not MovieLens (documented in docs/DATA-FORMATS.md):
 * {@code ratings.csv} with a header and columns user,item,rating[,timestamp] (whole-number ids,
 * decimal ratings, epoch seconds), and optionally {@code movies.csv} with a header and columns
 * id,title[,genres] (genres separated by '|', titles quoted when they hold a comma). The rating
 * scale is taken from the data: lowest to highest value, in whole or half steps when all values are.
 * Without movies.csv the catalogue is the rated items, titled "Item ID".
 */
final class GenericCsvReader {
    static final String FORMAT = "generic-csv";
    private static final String SEP = ",";

    private GenericCsvReader() {
    }

    static Dataset read(ReleaseSource source, Progress progress) throws IOException {
        boolean hasMovies = source.has("movies.csv");
        var catalog = new ReaderSupport.Background<>("movies", () -> hasMovies ? readMovies(source) : null);
        String label = source.label("ratings.csv");
        String header = MovieLensCsvReader.header(source, "ratings.csv");
        String[] columns = header == null ? new String[0] : TextLines.split(header, SEP);
        if (columns.length < 3 || columns.length > 4 || columns[0].strip().matches("\\d+")) {
            throw new DataFormatException(label, 1, "expected a header line user,item,rating or "
                    + "user,item,rating,timestamp but found \"" + header + "\"");
        }
        boolean timestamps = columns.length == 4;
        RatingFileParser parser = new RatingFileParser(label, SEP, null, timestamps).skipHeader(1);
        RatingMatrixBuilder builder;
        try (InputStream in = source.open("ratings.csv")) {
            builder = parser.parse(in, source.size("ratings.csv"), source.tail("ratings.csv", 1 << 16),
                    new IdIndex(1 << 12), new IdIndex(1 << 12), progress);
        } catch (IOException e) {
            throw source.readFailure("ratings.csv", e);
        }
        Catalog movies = catalog.get();
        if (movies != null) {
            ReaderSupport.checkMoviesKnown(builder, movies, source, "ratings.csv", SEP, 1, "movies.csv");
        } else {
            List<Movie> items = new ArrayList<>();
            for (int id : builder.items().ids()) {
                items.add(new Movie(id, "Item " + id, 0, List.of(), 0, 0));
            }
            movies = new Catalog(items);
        }
        RatingMatrix ratings = ReaderSupport.build(builder, source, "ratings.csv", SEP, 1);
        RatingScale scale = parser.observedScale();
        if (scale != null) {
            ratings = ratings.withScale(scale);
        }
        return new Dataset(source.name(), FORMAT, movies, ratings, List.of(), Map.of());
    }

    private static Catalog readMovies(ReleaseSource source) throws IOException {
        Catalogs movies = new Catalogs();
        try (TextLines lines = ReaderSupport.lines(source, "movies.csv", StandardCharsets.UTF_8)) {
            String header = lines.next();
            String[] columns = header == null ? null : TextLines.splitCsv(header);
            if (columns == null || columns.length < 2 || columns.length > 3 || columns[0].strip().matches("\\d+")) {
                throw lines.error("expected a header line id,title or id,title,genres but found \"" + header + "\"");
            }
            int fields = columns.length;
            String text;
            while ((text = lines.next()) != null) {
                if (text.isBlank()) {
                    continue;
                }
                String[] f = TextLines.splitCsv(text);
                if (f == null) {
                    throw lines.error("a quoted field is not closed: \"" + text + "\"");
                }
                if (f.length != fields) {
                    throw lines.error("expected " + fields + " fields separated by ',' but found " + f.length
                            + ": \"" + text + "\"");
                }
                MovieTitles.Title title = MovieTitles.parse(f[1]);
                movies.add(new Movie(lines.id(f[0], "movie id"), title.title(), title.year(),
                        fields == 3 ? MovieLensDatReader.genres(f[2]) : List.of(), 0, 0), lines);
            }
        }
        return movies.catalog();
    }
}
