package org.movierec.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.movierec.core.data.Dataset;
import org.movierec.core.util.Progress;

/**
 * The project's corpus of malformed releases, written by this test: truncated files, wrong encodings, byte order marks,
 * CRLF, duplicate keys, huge lines, zip bombs and hostile names in zips. Each is either refused with a
 * {@link DataFormatException} naming the file (and the line, where one line is at fault), or, when it is only an
 * unusual spelling of valid data, read to exactly the valid data's ratings.
 */
class MalformedReleaseCorpusTest {
    private static final String MOVIES = "movieId,title,genres\n1,Toy Story (1995),Adventure|Animation\n2,Jumanji (1995),Adventure\n"
            + "3,Heat (1995),Action|Crime\n";
    private static final String RATINGS = "userId,movieId,rating,timestamp\n1,1,4.0,964982703\n1,2,3.5,964982224\n2,3,5.0,964983815\n";
    private static final String TAGS = "userId,movieId,tag,timestamp\n1,1,pixar,1445714994\n";
    private static final String LINKS = "movieId,imdbId,tmdbId\n1,0114709,862\n2,0113497,8844\n3,0113277,949\n";

    @TempDir
    Path dir;

    /** What reading a case must give: refused naming the file (and line, when not 0), or read with that many ratings. */
    record Outcome(String file, long line, int ratings) {
        static Outcome refused(String file, long line) {
            return new Outcome(file, line, -1);
        }

        static Outcome read(int ratings) {
            return new Outcome(null, 0, ratings);
        }
    }

    /** One malformed release: its files (name → bytes), whether it is zipped, and the outcome. */
    record Case(String name, Map<String, byte[]> files, boolean zipped, Outcome outcome) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        // Rating rows that are malformed (the second data line, line 3, is the bad one)
        String[] badRows = {"1,2,3.5", "1,2,3.5,964982224,extra", "1,2,NaN,964982224", "1,2,Infinity,964982224", "1,2,9,964982224",
            "1,2,-1,964982224", "1,2,,964982224", "1,2,four,964982224", "abc,2,3.5,964982224", "1,x,3.5,964982224",
            "1,99999999999,3.5,964982224", "99999999999,2,3.5,964982224", "1,2,3.5,yesterday", "1,2,3.5,99999999999999999999999",
            "1,2,3.00004,964982224", "1,2,0,964982224", "1,2,3.5e400,964982224", "1,2,0x10,964982224", "1,2,3.5,964982224\u0000",
            "1;2;3.5;964982224", "1\t2\t3.5\t964982224", "1,2,\"3.5,964982224", "1,2,3.5,-5", ",,,", "1,2,3.5,1.5"};
        for (String row : badRows) {
            cases.add(latest("ratings row '" + printable(row) + "'", "ratings.csv", RATINGS.replace("1,2,3.5,964982224", row),
                    Outcome.refused("ratings.csv", 3)));
        }
        cases.add(latest("ratings truncated mid-row", "ratings.csv", "userId,movieId,rating,timestamp\n1,1,4.0,964982703\n1,2",
                Outcome.refused("ratings.csv", 3)));
        cases.add(latest("rating of a movie not in movies.csv", "ratings.csv", RATINGS.replace("2,3,5.0", "2,77,5.0"),
                Outcome.refused("ratings.csv", 4)));
        cases.add(latest("the same user and movie rated twice", "ratings.csv", RATINGS + "1,1,2.0,964982999\n",
                Outcome.refused("ratings.csv", 5)));
        cases.add(latest("a ratings line of 4 MB", "ratings.csv", RATINGS.replace("1,2,3.5,964982224", "1,2,3.5," + "9".repeat(4 << 20)),
                Outcome.refused("ratings.csv", 3)));
        cases.add(latest("ratings.csv empty", "ratings.csv", "", Outcome.refused("ratings.csv", 0)));
        cases.add(latest("ratings.csv header only", "ratings.csv", "userId,movieId,rating,timestamp\n", Outcome.read(0)));
        // Movies, tags and links that are malformed
        cases.add(latest("the same movie id twice", "movies.csv", MOVIES + "2,Jumanji again (1995),Comedy\n", Outcome.refused("movies.csv", 5)));
        cases.add(latest("a movie row without genres", "movies.csv", MOVIES.replace(",Adventure\n", "\n"), Outcome.refused("movies.csv", 3)));
        cases.add(latest("a movie id that is a word", "movies.csv", MOVIES.replace("3,Heat", "three,Heat"), Outcome.refused("movies.csv", 4)));
        cases.add(latest("a movie title with an unclosed quote", "movies.csv", MOVIES.replace("2,Jumanji (1995)", "2,\"Jumanji (1995)"),
                Outcome.refused("movies.csv", 3)));
        cases.add(latest("a movies line of 4 MB", "movies.csv", MOVIES.replace("Heat (1995)", "H" + "e".repeat(4 << 20) + "at (1995)"),
                Outcome.refused("movies.csv", 4)));
        cases.add(latest("movies.csv truncated mid-row", "movies.csv", MOVIES.substring(0, MOVIES.length() - 16), Outcome.refused("movies.csv", 4)));
        cases.add(latest("a tag row missing a field", "tags.csv", TAGS + "2,3,heist\n", Outcome.refused("tags.csv", 3)));
        cases.add(latest("a tag of a movie not in movies.csv (left out)", "tags.csv", TAGS + "2,77,heist,1445714994\n", Outcome.read(3)));
        cases.add(latest("a tag timestamp that is a word", "tags.csv", TAGS + "2,3,heist,later\n", Outcome.refused("tags.csv", 3)));
        cases.add(latest("a link IMDb id that is a word", "links.csv", LINKS.replace("0113497", "tt0113497x"), Outcome.refused("links.csv", 3)));
        cases.add(latest("a link of a movie not in movies.csv (left out)", "links.csv", LINKS + "77,0113278,950\n", Outcome.read(3)));
        // Encodings: UTF-16 and Latin-1 are refused; byte order marks and line ends are only spellings
        cases.add(latestBytes("movies.csv in UTF-16", "movies.csv", MOVIES.getBytes(StandardCharsets.UTF_16), Outcome.refused("movies.csv", 0)));
        cases.add(latestBytes("ratings.csv in UTF-16LE", "ratings.csv", RATINGS.getBytes(StandardCharsets.UTF_16LE),
                Outcome.refused("ratings.csv", 0)));
        cases.add(latestBytes("a Latin-1 title", "movies.csv", MOVIES.replace("Heat", "H\u00e9at").getBytes(StandardCharsets.ISO_8859_1),
                Outcome.refused("movies.csv", 4)));
        cases.add(latestBytes("ratings.csv with a UTF-8 BOM", "ratings.csv", bom(RATINGS), Outcome.read(3)));
        cases.add(latestBytes("movies.csv with a UTF-8 BOM", "movies.csv", bom(MOVIES), Outcome.read(3)));
        cases.add(latestBytes("tags.csv with a UTF-8 BOM", "tags.csv", bom(TAGS), Outcome.read(3)));
        cases.add(release("every file with CRLF line ends", f -> f.replace("\n", "\r\n"), false, Outcome.read(3)));
        cases.add(release("every file with CRLF line ends, zipped", f -> f.replace("\n", "\r\n"), true, Outcome.read(3)));
        cases.add(release("no newline at the end of any file", f -> f.substring(0, f.length() - 1), false, Outcome.read(3)));
        cases.add(latest("ratings with CRLF and LF mixed", "ratings.csv", RATINGS.replaceFirst("\n", "\r\n"), Outcome.read(3)));
        // Zips: truncated, damaged, bombs and hostile entry names
        byte[] zip = zip(Map.of("ml-latest-small/movies.csv", utf8(MOVIES), "ml-latest-small/ratings.csv", utf8(RATINGS)));
        cases.add(raw("a zip truncated to half", Arrays.copyOf(zip, zip.length / 2), Outcome.refused("release.zip", 0)));
        cases.add(raw("a zip truncated to 10 bytes", Arrays.copyOf(zip, 10), Outcome.refused("release.zip", 0)));
        cases.add(raw("an empty zip file", new byte[0], Outcome.refused("release.zip", 0)));
        cases.add(raw("a text file named .zip", utf8(RATINGS), Outcome.refused("release.zip", 0)));
        cases.add(raw("a zip with its data damaged", damaged(zip), Outcome.refused("ratings.csv", 0)));
        cases.add(raw("a zip bomb: 256 MB of zeros as one line", bomb(256), Outcome.refused("ratings.csv", 2)));
        cases.add(zipped("only path-traversal names", Map.of("../../movies.csv", utf8(MOVIES), "../../ratings.csv", utf8(RATINGS)),
                Outcome.refused("release", 0)));
        cases.add(zipped("only absolute names", Map.of("/etc/movies.csv", utf8(MOVIES), "/etc/ratings.csv", utf8(RATINGS)),
                Outcome.refused("release", 0)));
        cases.add(zipped("backslash names", Map.of("ml\\movies.csv", utf8(MOVIES), "ml\\ratings.csv", utf8(RATINGS)),
                Outcome.refused("release", 0)));
        cases.add(zipped("the release two folders deep", Map.of("a/b/movies.csv", utf8(MOVIES), "a/b/ratings.csv", utf8(RATINGS)),
                Outcome.refused("release", 0)));
        cases.add(zipped("traversal names beside a valid release", Map.of("ml/movies.csv", utf8(MOVIES), "ml/ratings.csv", utf8(RATINGS),
                "../../../tmp/evil.csv", utf8("x\n")), Outcome.read(3)));
        cases.add(zipped("macOS junk beside a valid release", Map.of("ml/movies.csv", utf8(MOVIES), "ml/ratings.csv", utf8(RATINGS),
                "__MACOSX/ml/._ratings.csv", new byte[] {0, 5, 22, 7, 0, 2}), Outcome.read(3)));
        // Other formats
        String genres = "unknown|0\nAction|1\n";
        String item = "1|Toy Story (1995)|01-Jan-1995||http://x|0|1\n2|Heat (1995)|01-Jan-1995||http://x|0|1\n";
        for (String row : new String[] {"1\t2", "1\t2\t6\t881250950", "1\t2\tx\t881250950", "1 2 3 881250950", "1\t9\t3\t881250950"}) {
            cases.add(ml100k("u.data row '" + printable(row) + "'", genres, item, "1\t1\t5\t881250949\n" + row + "\n",
                    Outcome.refused("u.data", 2)));
        }
        cases.add(ml100k("u.item row without fields", genres, item + "3|Heat\n", "1\t1\t5\t881250949\n", Outcome.refused("u.item", 3)));
        String movies1m = "1::Toy Story (1995)::Animation\n2::Heat (1995)::Action\n";
        String users1m = "1::F::1::10::48067\n2::M::56::16::70072\n";
        for (String row : new String[] {"1::2::5", "1:2:5:978300760", "1::2::5::978300760::9", "1::2::5.5::978300760", "x::2::5::978300760"}) {
            cases.add(ml1m("ratings.dat row '" + row + "'", movies1m, users1m, "1::1::5::978300760\n" + row + "\n",
                    Outcome.refused("ratings.dat", 2)));
        }
        cases.add(ml1m("movies.dat with a word for an id", "one::Toy Story (1995)::Animation\n2::Heat (1995)::Action\n", users1m,
                "1::2::5::978300760\n", Outcome.refused("movies.dat", 1)));
        cases.add(ml1m("users.dat row without fields", movies1m, "1::F\n", "1::1::5::978300760\n", Outcome.refused("users.dat", 1)));
        for (String row : new String[] {"1,2", "1,2,x", "1,2,NaN"}) {
            cases.add(generic("generic ratings row '" + row + "'", "userId,movieId,rating\n1,1,4\n" + row + "\n",
                    Outcome.refused("ratings.csv", 3)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedNamingFileAndLineOrReadExactly(Case hostile) throws IOException {
        Path release = dir.resolve(hostile.zipped() ? "release.zip" : "release");
        if (hostile.zipped()) {
            Files.write(release, hostile.files().containsKey("") ? hostile.files().get("") : zip(hostile.files()));
        } else {
            for (Map.Entry<String, byte[]> file : hostile.files().entrySet()) {
                Files.createDirectories(release.resolve(file.getKey()).getParent());
                Files.write(release.resolve(file.getKey()), file.getValue());
            }
        }
        Outcome expected = hostile.outcome();
        if (expected.ratings() >= 0) {
            Dataset data = Releases.read(release, Progress.NONE);
            assertThat(data.ratings().size()).isEqualTo(expected.ratings());
            assertThat(data.catalog().movie(1).orElseThrow().title()).isEqualTo("Toy Story");
            return;
        }
        assertThatThrownBy(() -> Releases.read(release, Progress.NONE)).isInstanceOfSatisfying(DataFormatException.class, e -> {
            assertThat(e.file()).as(e.getMessage()).endsWith(expected.file());
            if (expected.line() > 0) {
                assertThat(e.line()).as(e.getMessage()).isEqualTo(expected.line());
            }
            assertThat(e.getMessage().length()).as("a message of reasonable length").isLessThan(1000);
        });
    }

    private static Case latest(String name, String file, String content, Outcome outcome) {
        return latestBytes(name, file, utf8(content), outcome);
    }

    private static Case latestBytes(String name, String file, byte[] content, Outcome outcome) {
        Map<String, byte[]> files = files(UnaryOperator.identity());
        files.put(file, content);
        return new Case(name, files, false, outcome);
    }

    private static Case release(String name, UnaryOperator<String> change, boolean zipped, Outcome outcome) {
        Map<String, byte[]> files = files(change);
        if (zipped) {
            Map<String, byte[]> inFolder = new LinkedHashMap<>();
            files.forEach((file, bytes) -> inFolder.put("ml-latest-small/" + file, bytes));
            return new Case(name, inFolder, true, outcome);
        }
        return new Case(name, files, false, outcome);
    }

    private static Map<String, byte[]> files(UnaryOperator<String> change) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("movies.csv", utf8(change.apply(MOVIES)));
        files.put("ratings.csv", utf8(change.apply(RATINGS)));
        files.put("tags.csv", utf8(change.apply(TAGS)));
        files.put("links.csv", utf8(change.apply(LINKS)));
        return files;
    }

    private static Case raw(String name, byte[] zipBytes, Outcome outcome) {
        return new Case(name, Map.of("", zipBytes), true, outcome);
    }

    private static Case zipped(String name, Map<String, byte[]> entries, Outcome outcome) {
        return new Case(name, new LinkedHashMap<>(entries), true, outcome);
    }

    private static Case ml100k(String name, String genres, String item, String data, Outcome outcome) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("u.genre", utf8(genres));
        files.put("u.item", item.getBytes(StandardCharsets.ISO_8859_1));
        files.put("u.user", utf8("1|24|M|technician|85711\n2|53|F|other|94043\n"));
        files.put("u.data", utf8(data));
        return new Case(name, files, false, outcome);
    }

    private static Case ml1m(String name, String movies, String users, String ratings, Outcome outcome) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("movies.dat", movies.getBytes(StandardCharsets.ISO_8859_1));
        files.put("users.dat", utf8(users));
        files.put("ratings.dat", utf8(ratings));
        return new Case(name, files, false, outcome);
    }

    private static Case generic(String name, String ratings, Outcome outcome) {
        return new Case(name, new LinkedHashMap<>(Map.of("ratings.csv", utf8(ratings))), false, outcome);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bom(String text) {
        byte[] body = utf8(text);
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    private static String printable(String row) {
        return row.replace("\u0000", "\\0").replace("\t", "\\t");
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        try (var bytes = new java.io.ByteArrayOutputStream(); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A zipped release whose ratings.csv header is followed by one line of that many MB of zeros (about 1000 times smaller zipped). */
    private static byte[] bomb(int megabytes) {
        try (var bytes = new java.io.ByteArrayOutputStream(); ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("movies.csv"));
            out.write(utf8(MOVIES));
            out.putNextEntry(new ZipEntry("ratings.csv"));
            out.write(utf8("userId,movieId,rating,timestamp\n"));
            byte[] zeros = new byte[1 << 20];
            Arrays.fill(zeros, (byte) '0');
            for (int k = 0; k < megabytes; k++) {
                out.write(zeros);
            }
            out.closeEntry();
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The zip with bytes in the middle of its compressed ratings flipped (its CRC no longer matches). */
    private static byte[] damaged(byte[] zip) {
        byte[] copy = zip.clone();
        String text = new String(copy, StandardCharsets.ISO_8859_1);
        int start = text.indexOf("ratings.csv") + "ratings.csv".length();
        for (int k = start + 2; k < start + 12 && k < copy.length; k++) {
            copy[k] ^= 0x5A;
        }
        return copy;
    }
}
