package org.movierec.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.movierec.core.data.Catalog;
import org.movierec.core.data.Dataset;
import org.movierec.core.data.Movie;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.RatingMatrixBuilder;
import org.movierec.core.data.RatingScale;
import org.movierec.core.data.UserInfo;
import org.movierec.core.util.Progress;

/**
 * MovieLens 100K: {@code u.data} (user TAB movie TAB rating TAB timestamp, whole stars 1 to 5),
 * {@code u.item} (pipe-separated, ISO-8859-1, 19 genre flags named by {@code u.genre}) and
 * {@code u.user} (id|age|gender|occupation|zip).
 */
final class MovieLens100kReader {
    static final String FORMAT = "ml-100k";
    private static final String SEP = "\t";
    private static final List<String> DEFAULT_GENRES = List.of("unknown", "Action", "Adventure", "Animation",
            "Children's", "Comedy", "Crime", "Documentary", "Drama", "Fantasy", "Film-Noir", "Horror", "Musical",
            "Mystery", "Romance", "Sci-Fi", "Thriller", "War", "Western");

    private MovieLens100kReader() {
    }

    static Dataset read(ReleaseSource source, Progress progress) throws IOException {
        var catalog = new ReaderSupport.Background<>("movies", () -> readMovies(source));
        var users = new ReaderSupport.Background<>("users",
                () -> source.has("u.user") ? readUsers(source) : Map.<Integer, UserInfo>of());
        RatingMatrixBuilder builder = ReaderSupport.parseRatings(source, "u.data", SEP, 0, RatingScale.WHOLE_STARS,
                true, progress);
        Catalog movies = catalog.get();
        ReaderSupport.checkMoviesKnown(builder, movies, source, "u.data", SEP, 0, "u.item");
        RatingMatrix ratings = ReaderSupport.build(builder, source, "u.data", SEP, 0);
        return new Dataset(source.name(), FORMAT, movies, ratings, List.of(), users.get());
    }

    private static List<String> genres(ReleaseSource source) throws IOException {
        if (!source.has("u.genre")) {
            return DEFAULT_GENRES;
        }
        Map<Integer, String> byIndex = new HashMap<>();
        try (TextLines lines = ReaderSupport.lines(source, "u.genre", StandardCharsets.ISO_8859_1)) {
            String text;
            while ((text = lines.next()) != null) {
                if (text.isBlank()) {
                    continue;
                }
                String[] f = TextLines.split(text, "|");
                if (f.length != 2) {
                    throw lines.error("expected name|index but found \"" + text + "\"");
                }
                byIndex.put(lines.id(f[1], "genre index"), f[0]);
            }
        }
        List<String> names = new ArrayList<>();
        for (int k = 0; k < byIndex.size(); k++) {
            String name = byIndex.get(k);
            if (name == null) {
                throw new DataFormatException(source.label("u.genre"), 0, "genre index " + k + " is missing");
            }
            names.add(name);
        }
        return names;
    }

    private static Catalog readMovies(ReleaseSource source) throws IOException {
        List<String> genreNames = genres(source);
        int fields = 5 + genreNames.size();
        Catalogs movies = new Catalogs();
        try (TextLines lines = ReaderSupport.lines(source, "u.item", StandardCharsets.ISO_8859_1)) {
            String text;
            while ((text = lines.next()) != null) {
                if (text.isBlank()) {
                    continue;
                }
                String[] f = TextLines.split(text, "|");
                if (f.length != fields) {
                    throw lines.error("expected " + fields + " fields separated by '|' but found " + f.length);
                }
                int id = lines.id(f[0], "movie id");
                MovieTitles.Title title = MovieTitles.parse(f[1]);
                int year = title.year();
                if (year == 0 && f[2].matches("\\d{2}-\\w{3}-\\d{4}")) {
                    year = Integer.parseInt(f[2].substring(7));
                }
                List<String> genres = new ArrayList<>();
                for (int g = 0; g < genreNames.size(); g++) {
                    String flag = f[5 + g];
                    if (flag.equals("1")) {
                        genres.add(genreNames.get(g));
                    } else if (!flag.equals("0")) {
                        throw lines.error("genre flag " + (g + 1) + " is \"" + flag + "\", expected 0 or 1");
                    }
                }
                movies.add(new Movie(id, title.title(), year, genres, 0, 0), lines);
            }
        }
        return movies.catalog();
    }

    private static Map<Integer, UserInfo> readUsers(ReleaseSource source) throws IOException {
        Map<Integer, UserInfo> users = new HashMap<>();
        try (TextLines lines = ReaderSupport.lines(source, "u.user", StandardCharsets.ISO_8859_1)) {
            String text;
            while ((text = lines.next()) != null) {
                if (text.isBlank()) {
                    continue;
                }
                String[] f = TextLines.split(text, "|");
                if (f.length != 5) {
                    throw lines.error("expected 5 fields separated by '|' but found " + f.length);
                }
                int id = lines.id(f[0], "user id");
                if (users.put(id, new UserInfo(id, f[2], lines.id(f[1], "age"), f[3], f[4])) != null) {
                    throw lines.error("user " + id + " is listed twice");
                }
            }
        }
        return users;
    }
}
