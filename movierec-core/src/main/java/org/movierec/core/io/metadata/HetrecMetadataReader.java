package org.movierec.core.io.metadata;

import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.movierec.core.data.MovieMetadata;
import org.movierec.core.io.DataFormatException;
import org.movierec.core.io.ReleaseSource;
import org.movierec.core.io.TextLines;

/**
 * The HetRec 2011 MovieLens extension (Cantador et al., RecSys 2011), keyed by MovieLens-10M movie id:
 * tab-separated files with a header line. {@code movies.dat} gives the IMDb id and Rotten Tomatoes
 * id and scores ("\N" where unknown); {@code movie_directors.dat} (movieID, directorID, directorName),
 * {@code movie_countries.dat} (movieID, country), {@code movie_tags.dat} (movieID, tagID, tagWeight)
 * with {@code tags.dat} (id, value) give directors, countries and weighted tags, and
 * {@code movie_actors.dat} (movieID, actorID, actorName, ranking) the cast in billing order. The release is
 * ISO-8859-1 but some files are UTF-8: each line is read as UTF-8 when valid, ISO-8859-1 otherwise.
 * Every movie of movies.dat has an entry; the other files are optional.
 */
public final class HetrecMetadataReader {
    /** A file that marks a folder as the HetRec extension. */
    public static final String MARKER = "movie_directors.dat";

    private HetrecMetadataReader() {
    }

    /** Reads the folder or the release zip into metadata by MovieLens movie id. */
    public static Map<Integer, MovieMetadata> read(Path path) throws IOException {
        try (ReleaseSource source = ReleaseSource.open(path)) {
            return read(source);
        }
    }

    /** Reads the extension's files into metadata by MovieLens movie id. */
    public static Map<Integer, MovieMetadata> read(ReleaseSource dir) throws IOException {
        if (!dir.has("movies.dat")) {
            throw new DataFormatException(dir.name(), 0, "the HetRec 2011 extension needs movies.dat");
        }
        Map<Integer, Builder> movies = readMovies(dir, "movies.dat");
        if (dir.has(MARKER)) {
            eachRow(dir, MARKER, 3, (f, lines) -> movie(movies, lines, f[0]).directors.add(f[2].strip()));
        }
        if (dir.has("movie_actors.dat")) {
            eachRow(dir, "movie_actors.dat", 4, (f, lines) -> movie(movies, lines, f[0]).cast
                    .add(new Billed(lines.id(f[3], "ranking"), f[2].strip())));
        }
        if (dir.has("movie_countries.dat")) {
            eachRow(dir, "movie_countries.dat", -2, (f, lines) -> {
                Builder m = movie(movies, lines, f[0]);
                if (f.length > 1 && !f[1].isBlank()) {
                    m.countries.add(f[1].strip());
                }
            });
        }
        if (dir.has("movie_tags.dat") && dir.has("tags.dat")) {
            Int2ObjectOpenHashMap<String> names = new Int2ObjectOpenHashMap<>();
            eachRow(dir, "tags.dat", 2, (f, lines) -> names.put(lines.id(f[0], "tag id"), f[1].strip()));
            eachRow(dir, "movie_tags.dat", 3, (f, lines) -> {
                int tag = lines.id(f[1], "tag id");
                String name = names.get(tag);
                if (name == null) {
                    throw lines.error("tag id " + tag + " is not in tags.dat");
                }
                movie(movies, lines, f[0]).tags.merge(name, (double) lines.id(f[2], "tag weight"), Double::sum);
            });
        }
        Map<Integer, MovieMetadata> result = new LinkedHashMap<>();
        movies.forEach((id, b) -> result.put(id, b.build(id)));
        return result;
    }

    private static Builder movie(Map<Integer, Builder> movies, TextLines lines, String field)
            throws DataFormatException {
        int id = lines.id(field, "movie id");
        Builder m = movies.get(id);
        if (m == null) {
            throw lines.error("movie id " + id + " is not in movies.dat");
        }
        return m;
    }

    private record Billed(int ranking, String name) {
    }

    private static final class Builder {
        final List<String> directors = new ArrayList<>();
        final List<Billed> cast = new ArrayList<>();
        final List<String> countries = new ArrayList<>();
        final Map<String, Double> tags = new HashMap<>();
        int imdbId;
        String posterUrl;
        MovieMetadata.CriticScores critics;

        MovieMetadata build(int id) {
            Map<String, Double> sorted = new LinkedHashMap<>();
            tags.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey())).forEach(e -> sorted.put(e.getKey(), e.getValue()));
            List<String> billed = cast.stream().sorted(java.util.Comparator.comparingInt(Billed::ranking))
                    .map(Billed::name).distinct().toList();
            return new MovieMetadata(id, directors, List.of(), billed, List.of(), null, 0, null, null, null, 0,
                    countries, imdbId, 0, posterUrl, critics, sorted);
        }
    }

    private static Map<Integer, Builder> readMovies(ReleaseSource dir, String file) throws IOException {
        Map<Integer, Builder> movies = new LinkedHashMap<>();
        eachRow(dir, file, 21, (f, lines) -> {
            int id = lines.id(f[0], "movie id");
            Builder m = new Builder();
            m.imdbId = f[2].isBlank() || f[2].equals("\\N") ? 0 : lines.id(f[2], "IMDb id");
            m.posterUrl = known(f[4]);
            String rtId = known(f[6]);
            if (rtId != null) {
                m.critics = new MovieMetadata.CriticScores(rtId, decimal(f[7], lines), whole(f[8], lines),
                        whole(f[11], lines), decimal(f[12], lines), whole(f[13], lines), whole(f[16], lines),
                        decimal(f[17], lines), whole(f[18], lines), whole(f[19], lines));
            }
            if (movies.put(id, m) != null) {
                throw lines.error("movie " + id + " is listed twice");
            }
        });
        return movies;
    }

    private static String known(String field) {
        String text = field.strip();
        return text.isEmpty() || text.equals("\\N") ? null : text;
    }

    private static double decimal(String field, TextLines lines) throws DataFormatException {
        String text = known(field);
        if (text == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw lines.error("\"" + field + "\" is not a number");
        }
    }

    private static int whole(String field, TextLines lines) throws DataFormatException {
        String text = known(field);
        return text == null ? -1 : lines.id(text, "count");
    }

    private interface Row {
        void accept(String[] fields, TextLines lines) throws IOException;
    }

    /**
     * Calls row for each line after the header; fields must number exactly {@code fields}, or at most
     * {@code -fields} when negative (trailing empty fields may be cut).
     */
    private static void eachRow(ReleaseSource dir, String file, int fields, Row row) throws IOException {
        String label = dir.label(file);
        try (TextLines lines = TextLines.utf8OrLatin1(dir.open(file), label)) {
            if (lines.next() == null) {
                throw new DataFormatException(label, 0, "the file is empty");
            }
            String text;
            while ((text = lines.next()) != null) {
                if (text.isBlank()) {
                    continue;
                }
                String[] f = TextLines.split(text, "\t");
                boolean ok = fields > 0 ? f.length == fields : f.length >= 1 && f.length <= -fields;
                if (!ok) {
                    throw lines.error("expected " + Math.abs(fields) + " tab-separated fields but found " + f.length);
                }
                row.accept(f, lines);
            }
        }
    }
}
