package org.movierec.core.io;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.movierec.core.data.Catalog;
import org.movierec.core.data.Dataset;
import org.movierec.core.data.Movie;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.RatingMatrixBuilder;
import org.movierec.core.data.RatingScale;
import org.movierec.core.data.Tag;
import org.movierec.core.data.UserInfo;
import org.movierec.core.util.Progress;

/**
 * MovieLens 1M and 10M: {@code ::}-separated {@code ratings.dat} (UserID::MovieID::Rating::Timestamp),
 * {@code movies.dat} (MovieID::Title::Genres with '|' between genres). ml-1m has whole stars 1 to 5,
 * ISO-8859-1 text and {@code users.dat} (UserID::Gender::Age::Occupation::Zip-code, age and occupation
 * as the release's codes, occupation mapped to its label); ml-10m has half stars 0.5 to 5 and
 * {@code tags.dat} (UserID::MovieID::Tag::Timestamp). ml-10m text is read as UTF-8, falling back to
 * ISO-8859-1 for a line that is not valid UTF-8 (copies of ml-10m exist in both).
 */
final class MovieLensDatReader {
    private static final String SEP = "::";
    private static final List<String> OCCUPATIONS = List.of("other", "academic/educator", "artist",
            "clerical/admin", "college/grad student", "customer service", "doctor/health care",
            "executive/managerial", "farmer", "homemaker", "K-12 student", "lawyer", "programmer", "retired",
            "sales/marketing", "scientist", "self-employed", "technician/engineer", "tradesman/craftsman",
            "unemployed", "writer");

    private MovieLensDatReader() {
    }

    static Dataset read1m(ReleaseSource source, Progress progress) throws IOException {
        var catalog = new ReaderSupport.Background<>("movies",
                () -> readMovies(source, StandardCharsets.ISO_8859_1));
        var users = new ReaderSupport.Background<>("users", () -> readUsers(source));
        RatingMatrix ratings = ratings(source, RatingScale.WHOLE_STARS, catalog, progress);
        return new Dataset(source.name(), "ml-1m", catalog.get(), ratings, List.of(), users.get());
    }

    static Dataset read10m(ReleaseSource source, Progress progress) throws IOException {
        var catalog = new ReaderSupport.Background<>("movies", () -> readMovies(source, null));
        var tags = new ReaderSupport.Background<>("tags",
                () -> source.has("tags.dat") ? readTags(source) : List.<Tag>of());
        RatingMatrix ratings = ratings(source, RatingScale.HALF_STARS, catalog, progress);
        return new Dataset(source.name(), "ml-10m", catalog.get(), ratings, tags.get(), Map.of());
    }

    private static RatingMatrix ratings(ReleaseSource source, RatingScale scale,
            ReaderSupport.Background<Catalog> catalog, Progress progress) throws IOException {
        RatingMatrixBuilder builder = ReaderSupport.parseRatings(source, "ratings.dat", SEP, 0, scale, true, progress);
        ReaderSupport.checkMoviesKnown(builder, catalog.get(), source, "ratings.dat", SEP, 0, "movies.dat");
        return ReaderSupport.build(builder, source, "ratings.dat", SEP, 0);
    }

    private static TextLines lines(ReleaseSource source, String file, Charset charset) throws IOException {
        return charset != null ? ReaderSupport.lines(source, file, charset)
                : TextLines.utf8OrLatin1(source.open(file), source.label(file));
    }

    /** Reads movies.dat in the charset, or (charset null) UTF-8 with ISO-8859-1 for lines that are not UTF-8. */
    private static Catalog readMovies(ReleaseSource source, Charset charset) throws IOException {
        Catalogs movies = new Catalogs();
        try (TextLines lines = lines(source, "movies.dat", charset)) {
            String text;
            while ((text = lines.next()) != null) {
                if (text.isBlank()) {
                    continue;
                }
                String[] f = TextLines.split(text, SEP);
                if (f.length != 3) {
                    throw lines.error("expected 3 fields separated by '::' but found " + f.length + ": \"" + text + "\"");
                }
                int id = lines.id(f[0], "movie id");
                MovieTitles.Title title = MovieTitles.parse(f[1]);
                movies.add(new Movie(id, title.title(), title.year(), genres(f[2]), 0, 0), lines);
            }
        }
        return movies.catalog();
    }

    /** Genres separated by '|'; "(no genres listed)" and an empty field give none. */
    static List<String> genres(String field) {
        String text = field.strip();
        if (text.isEmpty() || text.equals("(no genres listed)")) {
            return List.of();
        }
        return new ArrayList<>(new LinkedHashSet<>(Arrays.asList(text.split("\\|"))));
    }

    private static Map<Integer, UserInfo> readUsers(ReleaseSource source) throws IOException {
        Map<Integer, UserInfo> users = new HashMap<>();
        try (TextLines lines = ReaderSupport.lines(source, "users.dat", StandardCharsets.ISO_8859_1)) {
            String text;
            while ((text = lines.next()) != null) {
                if (text.isBlank()) {
                    continue;
                }
                String[] f = TextLines.split(text, SEP);
                if (f.length != 5) {
                    throw lines.error("expected 5 fields separated by '::' but found " + f.length + ": \"" + text + "\"");
                }
                int id = lines.id(f[0], "user id");
                int occupation = lines.id(f[3], "occupation");
                if (occupation >= OCCUPATIONS.size()) {
                    throw lines.error("occupation code " + occupation + " is not one of 0 to " + (OCCUPATIONS.size() - 1));
                }
                UserInfo user = new UserInfo(id, f[1], lines.id(f[2], "age"), OCCUPATIONS.get(occupation), f[4]);
                if (users.put(id, user) != null) {
                    throw lines.error("user " + id + " is listed twice");
                }
            }
        }
        return users;
    }

    private static List<Tag> readTags(ReleaseSource source) throws IOException {
        List<Tag> tags = new ArrayList<>();
        try (TextLines lines = lines(source, "tags.dat", null)) {
            String text;
            while ((text = lines.next()) != null) {
                if (text.isBlank()) {
                    continue;
                }
                int first = text.indexOf(SEP);
                int second = first < 0 ? -1 : text.indexOf(SEP, first + 2);
                int last = text.lastIndexOf(SEP);
                if (second < 0 || last <= second) {
                    throw lines.error("expected UserID::MovieID::Tag::Timestamp but found \"" + text + "\"");
                }
                tags.add(new Tag(lines.id(text.substring(0, first), "user id"),
                        lines.id(text.substring(first + 2, second), "movie id"), text.substring(second + 2, last),
                        lines.timestamp(text.substring(last + 2))));
            }
        }
        return tags;
    }
}
