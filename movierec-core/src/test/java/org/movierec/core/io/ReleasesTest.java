package org.movierec.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movierec.core.data.Dataset;
import org.movierec.core.data.Movie;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.RatingScale;
import org.movierec.core.data.Tag;
import org.movierec.core.data.UserInfo;
import org.movierec.core.util.Progress;

/** Every release format on tiny fixtures written here, and every kind of bad input refused with file and line. */
class ReleasesTest {
    @TempDir
    Path dir;

    private static final String GENRES = "unknown|0\nAction|1\nAdventure|2\nAnimation|3\nChildren's|4\nComedy|5\n"
            + "Crime|6\nDocumentary|7\nDrama|8\nFantasy|9\nFilm-Noir|10\nHorror|11\nMusical|12\nMystery|13\n"
            + "Romance|14\nSci-Fi|15\nThriller|16\nWar|17\nWestern|18\n";

    private Path write(String file, String text) throws IOException {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String file, byte[] bytes) throws IOException {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.write(path, bytes);
        return path;
    }

    private static String flags(int... on) {
        char[] f = new char[19];
        Arrays.fill(f, '0');
        for (int g : on) {
            f[g] = '1';
        }
        StringBuilder sb = new StringBuilder();
        for (char c : f) {
            sb.append('|').append(c);
        }
        return sb.toString();
    }

    private Path ml100k(String uData) throws IOException {
        write("ml-100k/u.genre", GENRES);
        byte[] item = ("1|Toy Story (1995)|01-Jan-1995||http://x" + flags(3, 4, 5) + "\n"
                + "2|Cit\u00e9 des enfants perdus, La (1995)|01-Jan-1995||http://x" + flags(1) + "\n"
                + "3|unknown|||http://x" + flags(0) + "\n").getBytes(StandardCharsets.ISO_8859_1);
        write("ml-100k/u.item", item);
        write("ml-100k/u.user", "1|24|M|technician|85711\n2|53|F|other|94043\n");
        return write("ml-100k/u.data", uData).getParent();
    }

    @Test
    void readsMl100k() throws IOException {
        Path path = ml100k("1\t1\t5\t881250949\n1\t2\t3\t881250950\n2\t1\t1\t881250951\n");
        Dataset data = Releases.read(path, Progress.NONE);
        assertThat(data.format()).isEqualTo("ml-100k");
        RatingMatrix m = data.ratings();
        assertThat(m.size()).isEqualTo(3);
        assertThat(m.userCount()).isEqualTo(2);
        assertThat(m.rating(m.users().indexOf(2), m.items().indexOf(1))).isEqualTo(1f);
        assertThat(m.userTimestamps()).containsExactly(881250949L, 881250950L, 881250951L);
        assertThat(data.catalog().movie(1).orElseThrow().genres()).containsExactly("Animation", "Children's", "Comedy");
        Movie city = data.catalog().movie(2).orElseThrow();
        assertThat(city.title()).isEqualTo("La Cit\u00e9 des enfants perdus");
        assertThat(city.year()).isEqualTo(1995);
        assertThat(data.catalog().movie(3).orElseThrow().year()).isZero();
        assertThat(data.users().get(2)).isEqualTo(new UserInfo(2, "F", 53, "other", "94043"));
    }

    @Test
    void ratingOutsideTheScaleNamesFileAndLine() throws IOException {
        Path path = ml100k("1\t1\t5\t881250949\n1\t2\t9\t881250950\n");
        assertThatThrownBy(() -> Releases.read(path, Progress.NONE)).isInstanceOf(DataFormatException.class)
                .hasMessage("u.data line 2: rating 9 is outside the scale 1 to 5 in steps of 1");
    }

    @Test
    void halfStarInAWholeStarReleaseIsRefused() throws IOException {
        Path path = ml100k("1\t1\t3.5\t881250949\n");
        assertThatThrownBy(() -> Releases.read(path, Progress.NONE))
                .hasMessage("u.data line 1: rating 3.5 is not on the scale 1 to 5 in steps of 1");
    }

    @Test
    void wrongSeparatorIsNamed() throws IOException {
        Path path = ml100k("1\t1\t5\t881250949\n1,2,3,881250950\n");
        assertThatThrownBy(() -> Releases.read(path, Progress.NONE))
                .hasMessage("u.data line 2: expected 4 fields separated by TAB but found 1: \"1,2,3,881250950\"");
    }

    @Test
    void wrongFieldCountIsNamed() throws IOException {
        Path path = ml100k("1\t1\t5\n");
        assertThatThrownBy(() -> Releases.read(path, Progress.NONE))
                .hasMessage("u.data line 1: expected 4 fields separated by TAB but found 3: \"1\t1\t5\"");
    }

    @Test
    void nonNumericIdIsNamed() throws IOException {
        Path path = ml100k("1\t1\t5\t881250949\n\n1\tx2\t5\t881250949\n");
        assertThatThrownBy(() -> Releases.read(path, Progress.NONE))
                .hasMessage("u.data line 3: movie id \"x2\" is not a whole number");
    }

    @Test
    void unknownMovieIsNamedWithItsFirstLine() throws IOException {
        Path path = ml100k("1\t1\t5\t881250949\n1\t7\t4\t881250950\n2\t7\t4\t881250950\n");
        assertThatThrownBy(() -> Releases.read(path, Progress.NONE))
                .hasMessage("u.data line 2: movie id 7 is not in u.item");
    }

    @Test
    void duplicateRatingIsNamedWithTheRepeatingLine() throws IOException {
        Path path = ml100k("1\t1\t5\t881250949\n2\t1\t4\t881250950\n1\t1\t4\t881250950\n");
        assertThatThrownBy(() -> Releases.read(path, Progress.NONE))
                .hasMessage("u.data line 3: user 1 rated movie 1 more than once");
    }

    @Test
    void badGenreFlagIsNamed() throws IOException {
        Path path = ml100k("1\t1\t5\t881250949\n");
        write("ml-100k/u.item", "1|Toy Story (1995)|01-Jan-1995||http://x" + flags(3).replaceFirst("\\|0", "|2") + "\n");
        assertThatThrownBy(() -> Releases.read(path, Progress.NONE))
                .hasMessage("u.item line 1: genre flag 1 is \"2\", expected 0 or 1");
    }

    private Path ml1m(String ratings) throws IOException {
        write("ml-1m/movies.dat", "1::Toy Story (1995)::Animation|Children's|Comedy\n"
                + "2::Matrix, The (1999)::Action|Sci-Fi\n");
        write("ml-1m/users.dat", "1::F::1::10::48067\n2::M::56::16::70072\n");
        return write("ml-1m/ratings.dat", ratings).getParent();
    }

    @Test
    void readsMl1mWithDemographics() throws IOException {
        Path path = ml1m("1::1::5::978300760\n1::2::3::978302109\n2::2::4::978301968\n");
        Dataset data = Releases.read(path, Progress.NONE);
        assertThat(data.format()).isEqualTo("ml-1m");
        assertThat(data.ratings().size()).isEqualTo(3);
        assertThat(data.catalog().movie(2).orElseThrow().title()).isEqualTo("The Matrix");
        assertThat(data.users().get(1)).isEqualTo(new UserInfo(1, "F", 1, "K-12 student", "48067"));
        assertThat(data.users().get(2).occupation()).isEqualTo("self-employed");
    }

    @Test
    void ml1mSingleColonIsAWrongSeparator() throws IOException {
        Path path = ml1m("1::1::5::978300760\n1:2:3:978302109\n");
        assertThatThrownBy(() -> Releases.read(path, Progress.NONE))
                .hasMessage("ratings.dat line 2: expected 4 fields separated by '::' but found 1: \"1:2:3:978302109\"");
    }

    @Test
    void readsMl10mWithHalfStarsAndTags() throws IOException {
        write("ml-10M100K/movies.dat", "1::Toy Story (1995)::Adventure|Animation\n"
                + "2::Amelie (Fabuleux destin d'Am\u00e9lie Poulain, Le) (2001)::Comedy|Romance\n");
        write("ml-10M100K/tags.dat", "15::2::dreamlike::1215184630\n");
        Path path = write("ml-10M100K/ratings.dat", "1::1::4.5::838985046\n1::2::0.5::838983525\n").getParent();
        Dataset data = Releases.read(path, Progress.NONE);
        assertThat(data.format()).isEqualTo("ml-10m");
        assertThat(data.ratings().scale()).isEqualTo(RatingScale.HALF_STARS);
        assertThat(data.ratings().userValues()).containsExactly(4.5f, 0.5f);
        Movie amelie = data.catalog().movie(2).orElseThrow();
        assertThat(amelie.title()).isEqualTo("Amelie (Le Fabuleux destin d'Am\u00e9lie Poulain)");
        assertThat(amelie.year()).isEqualTo(2001);
        assertThat(data.tags()).containsExactly(new Tag(15, 2, "dreamlike", 1215184630L));
    }

    private Path latest(String ratings) throws IOException {
        write("ml-latest/movies.csv", "movieId,title,genres\r\n1,Toy Story (1995),Adventure|Animation\r\n"
                + "2,\"Matrix, The (1999)\",Action|Sci-Fi\r\n3,Babylon 5,(no genres listed)\r\n");
        write("ml-latest/links.csv", "movieId,imdbId,tmdbId\r\n1,0114709,862\r\n2,0133093,603\r\n3,0105946,\r\n");
        write("ml-latest/tags.csv", "userId,movieId,tag,timestamp\r\n1,2,\"dystopia, virtual\",1445714994\r\n");
        return write("ml-latest/ratings.csv", ratings).getParent();
    }

    @Test
    void readsMlLatestWithLinksTagsAndQuotedTitles() throws IOException {
        Path path = latest("userId,movieId,rating,timestamp\r\n1,1,4.0,964982703\r\n1,2,3.5,964981247\r\n"
                + "2,2,5.0,964982224\r\n");
        Dataset data = Releases.read(path, Progress.NONE);
        assertThat(data.format()).isEqualTo("ml-latest");
        assertThat(data.ratings().size()).isEqualTo(3);
        assertThat(data.ratings().ratedItemCount()).isEqualTo(2);
        assertThat(data.catalog().size()).isEqualTo(3);
        Movie matrix = data.catalog().movie(2).orElseThrow();
        assertThat(matrix).isEqualTo(new Movie(2, "The Matrix", 1999, java.util.List.of("Action", "Sci-Fi"), 133093, 603));
        Movie babylon = data.catalog().movie(3).orElseThrow();
        assertThat(babylon.year()).isZero();
        assertThat(babylon.genres()).isEmpty();
        assertThat(babylon.tmdbId()).isZero();
        assertThat(data.tags()).containsExactly(new Tag(1, 2, "dystopia, virtual", 1445714994L));
    }

    @Test
    void theFakeRowOfAnEditedCopyIsRefused() throws IOException {
        Path path = latest("userId,movieId,rating,timestamp\r\n1,1,4.0,964982703\r\n999,999999,5.0,964982703\r\n");
        assertThatThrownBy(() -> Releases.read(path, Progress.NONE))
                .hasMessage("ratings.csv line 3: movie id 999999 is not in movies.csv");
    }

    @Test
    void mlLatestRatingOffTheHalfStarScaleIsRefused() throws IOException {
        Path path = latest("userId,movieId,rating,timestamp\n1,1,5.5,964982703\n");
        assertThatThrownBy(() -> Releases.read(path, Progress.NONE))
                .hasMessage("ratings.csv line 2: rating 5.5 is outside the scale 0.5 to 5 in steps of 0.5");
    }

    @Test
    void nonUtf8BytesInAUtf8FileNameTheLine() throws IOException {
        Path path = latest("userId,movieId,rating,timestamp\n1,1,4.0,964982703\n");
        byte[] latin1 = "movieId,title,genres\n1,Toy Story (1995),Animation\n2,Am\u00e9lie (2001),Comedy\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        write("ml-latest/movies.csv", latin1);
        assertThatThrownBy(() -> Releases.read(path, Progress.NONE))
                .hasMessage("movies.csv line 3: bytes that are not valid UTF-8 text");
    }

    @Test
    void unclosedQuoteIsNamed() throws IOException {
        Path path = latest("userId,movieId,rating,timestamp\n1,1,4.0,964982703\n");
        write("ml-latest/movies.csv", "movieId,title,genres\n1,\"Toy Story (1995),Animation\n");
        assertThatThrownBy(() -> Releases.read(path, Progress.NONE))
                .hasMessageStartingWith("movies.csv line 2: a quoted field is not closed");
    }

    @Test
    void readsAZipWithATopFolderInPlace() throws IOException {
        Path folder = ml1m("1::1::5::978300760\n2::2::4::978301968\n");
        Path zip = zip(folder, "ml-1m.zip", -1);
        Dataset data = Releases.read(zip, Progress.NONE);
        assertThat(data.name()).isEqualTo("ml-1m");
        assertThat(data.format()).isEqualTo("ml-1m");
        assertThat(data.ratings().size()).isEqualTo(2);
    }

    @Test
    void errorsInAZipNameTheEntry() throws IOException {
        Path folder = ml1m("1::1::5::978300760\n2::2::7::978301968\n");
        Path zip = zip(folder, "ml-1m.zip", -1);
        assertThatThrownBy(() -> Releases.read(zip, Progress.NONE))
                .hasMessage("ml-1m.zip!ml-1m/ratings.dat line 2: rating 7 is outside the scale 1 to 5 in steps of 1");
    }

    @Test
    void truncatedZipIsRefused() throws IOException {
        StringBuilder many = new StringBuilder();
        for (int k = 0; k < 20000; k++) {
            many.append(k % 2 + 1).append("::").append(k % 2 + 1).append("::").append(k % 5 + 1)
                    .append("::").append(978300760 + k).append('\n');
        }
        Path folder = ml1m(many.toString());
        Path whole = zip(folder, "whole.zip", -1);
        Path cut = zip(folder, "ml-1m.zip", (int) (Files.size(whole) / 2));
        assertThatThrownBy(() -> Releases.read(cut, Progress.NONE)).isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith("ml-1m.zip: not a readable zip archive; it may be truncated or damaged");
    }

    @Test
    void damagedEntryDataInAZipIsRefused() throws IOException {
        StringBuilder many = new StringBuilder();
        for (int k = 0; k < 50000; k++) {
            many.append(k / 7 + 1).append("::").append(k % 2 + 1).append("::").append(k % 5 + 1)
                    .append("::").append(978300760 + k * 7919L % 100000).append('\n');
        }
        Path folder = ml1m(many.toString());
        Path zip = zip(folder, "ml-1m.zip", -1);
        byte[] bytes = Files.readAllBytes(zip);
        for (int k = bytes.length / 3; k < bytes.length / 3 + 200; k++) {
            bytes[k] ^= 0x5A;
        }
        Files.write(zip, bytes);
        // the inflater either fails (damaged archive) or yields garbage that does not parse: refused either way
        assertThatThrownBy(() -> Releases.read(zip, Progress.NONE)).isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith("ml-1m.zip!ml-1m/");
    }

    @Test
    void unrecognisedFolderListsWhatItFound() throws IOException {
        write("stuff/notes.txt", "hello");
        assertThatThrownBy(() -> Releases.read(dir.resolve("stuff"), Progress.NONE))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("not a MovieLens release").hasMessageContaining("notes.txt");
    }

    @Test
    void readsGenericCsvWithInferredScale() throws IOException {
        write("mine/ratings.csv", "user,item,rating\n10,100,7\n10,200,10\n11,100,1\n");
        write("mine/movies.csv", "id,title,genres\n100,\"Seven, The (1995)\",Crime|Drama\n200,Heat (1995),Crime\n");
        Dataset data = Releases.read(dir.resolve("mine"), Progress.NONE);
        assertThat(data.format()).isEqualTo("generic-csv");
        assertThat(data.ratings().hasTimestamps()).isFalse();
        assertThat(data.ratings().scale()).isEqualTo(new RatingScale(1f, 10f, 1f));
        assertThat(data.catalog().movie(100).orElseThrow().title()).isEqualTo("The Seven");
        assertThat(data.catalog().movie(200).orElseThrow().genres()).containsExactly("Crime");
    }

    @Test
    void genericCsvWithoutMoviesHasTheRatedItems() throws IOException {
        write("mine/ratings.csv", "user,item,rating,timestamp\n10,100,4.5,5\n11,300,2,6\n");
        Dataset data = Releases.read(dir.resolve("mine"), Progress.NONE);
        assertThat(data.catalog().size()).isEqualTo(2);
        assertThat(data.catalog().movie(300).orElseThrow().title()).isEqualTo("Item 300");
        assertThat(data.ratings().scale()).isEqualTo(new RatingScale(2f, 4.5f, 0.5f));
        assertThat(data.ratings().userTimestamps()).containsExactly(5L, 6L);
    }

    @Test
    void genericCsvNeedsAHeader() throws IOException {
        write("mine/ratings.csv", "10,100,4\n");
        assertThatThrownBy(() -> Releases.read(dir.resolve("mine"), Progress.NONE))
                .hasMessageStartingWith("ratings.csv line 1: expected a header line user,item,rating");
    }

    @Test
    void explicitFormatOverridesRecognition() throws IOException {
        Path path = latest("userId,movieId,rating,timestamp\n1,1,4.0,964982703\n");
        Dataset data = Releases.read(path, "generic-csv", Progress.NONE);
        assertThat(data.format()).isEqualTo("generic-csv");
        assertThatThrownBy(() -> Releases.read(path, "ml-1m", Progress.NONE))
                .hasMessageContaining("ratings.dat is missing");
        assertThatThrownBy(() -> Releases.read(path, "ml-2m", Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown data format");
    }

    @Test
    void parsesLinesAcrossBufferBoundaries() throws IOException {
        StringBuilder text = new StringBuilder("userId,movieId,rating,timestamp\n");
        int n = 300_000;
        for (int k = 0; k < n; k++) {
            text.append(k / 3 + 1).append(',').append(k % 3 + 1).append(',').append((k % 10 + 1) / 2.0)
                    .append(',').append(1_000_000_000L + k).append('\n');
        }
        Path path = latest(text.toString());
        RatingMatrix m = Releases.read(path, Progress.NONE).ratings();
        assertThat(m.size()).isEqualTo(n);
        assertThat(m.userCount()).isEqualTo(n / 3);
        int last = m.users().indexOf(n / 3);
        assertThat(m.rating(last, m.items().indexOf(3))).isEqualTo(5f);
        assertThat(m.userTimestamps()[n - 1]).isEqualTo(1_000_000_000L + n - 1);
    }

    private Path zip(Path folder, String name, int cutAt) throws IOException {
        Path zip = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            try (var files = Files.list(folder)) {
                for (Path f : files.sorted().toList()) {
                    z.putNextEntry(new ZipEntry(folder.getFileName() + "/" + f.getFileName()));
                    Files.copy(f, z);
                    z.closeEntry();
                }
            }
        }
        if (cutAt >= 0) {
            byte[] bytes = Files.readAllBytes(zip);
            Files.write(zip, Arrays.copyOf(bytes, cutAt));
        }
        return zip;
    }
}
