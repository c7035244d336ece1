package org.movierec.core.io.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movierec.core.data.Catalog;
import org.movierec.core.data.Movie;
import org.movierec.core.data.MovieMetadata;
import org.movierec.core.io.DataFormatException;

class MetadataReadersTest {
    @TempDir
    Path dir;

    private static final Catalog CATALOG = new Catalog(List.of(
            new Movie(1, "Toy Story", 1995, List.of("Animation"), 114709, 862),
            new Movie(2571, "The Matrix", 1999, List.of("Action"), 133093, 603)));

    private static Map<Integer, MovieMetadata> melu(String text) throws IOException {
        return MeluMetadataReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "melu.dat");
    }

    @Test
    void meluLineWithRolesAndUnknowns() throws IOException {
        Map<Integer, MovieMetadata> m = melu("2571::The Matrix::1999::R::31 Mar 1999::Action, Sci-Fi::Lana Wachowski, "
                + "Lilly Wachowski::Lilly Wachowski (written by), Lana Wachowski (written by)::Keanu Reeves, "
                + "Laurence Fishburne::A hacker learns the truth.::N/A\r\n");
        MovieMetadata matrix = m.get(2571);
        assertThat(matrix.directors()).containsExactly("Lana Wachowski", "Lilly Wachowski");
        assertThat(matrix.writers()).containsExactly("Lilly Wachowski", "Lana Wachowski");
        assertThat(matrix.cast()).containsExactly("Keanu Reeves", "Laurence Fishburne");
        assertThat(matrix.releaseDate()).isEqualTo(LocalDate.of(1999, 3, 31));
        assertThat(matrix.mpaaRating()).isEqualTo("R");
        assertThat(matrix.posterUrl()).isNull();
    }

    @Test
    void meluWrongFieldCountNamesTheLine() {
        assertThatThrownBy(() -> melu("1::Toy Story::1995\n")).isInstanceOf(DataFormatException.class)
                .hasMessage("melu.dat line 1: expected 11 fields separated by '::' but found 3");
    }

    @Test
    void hetrecFolderWithLatin1AndUtf8Files() throws IOException {
        Files.write(dir.resolve("movies.dat"), ("id\ttitle\timdbID\tspanishTitle\timdbPictureURL\tyear\trtID\t"
                + "rtAllCriticsRating\trtAllCriticsNumReviews\trtAllCriticsNumFresh\trtAllCriticsNumRotten\t"
                + "rtAllCriticsScore\trtTopCriticsRating\trtTopCriticsNumReviews\trtTopCriticsNumFresh\t"
                + "rtTopCriticsNumRotten\trtTopCriticsScore\trtAudienceRating\trtAudienceNumRatings\trtAudienceScore\t"
                + "rtPictureURL\n"
                + "1\tToy story\t0114709\tToy story (juguetes)\thttp://p\t1995\ttoy_story\t9\t73\t73\t0\t100\t8.5\t17\t"
                + "17\t0\t100\t3.7\t102338\t81\thttp://q\n"
                + "2571\tMatrix\t0133093\tMatrix\t\t1999\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t"
                + "\\N\t\\N\t\n").getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("movie_directors.dat"), ("movieID\tdirectorID\tdirectorName\n"
                + "1\tjohn_lasseter\tJohn Lasseter\n2571\tandy\tAndy Wachowski\u00e9\n").getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("movie_countries.dat"), "movieID\tcountry\n1\tUSA\n2571\t\n"
                .getBytes(StandardCharsets.US_ASCII));
        Files.write(dir.resolve("tags.dat"), "id\tvalue\n7\tpixar\n9\tcgi\n".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("movie_tags.dat"), "movieID\ttagID\ttagWeight\n1\t9\t2\n1\t7\t5\n"
                .getBytes(StandardCharsets.US_ASCII));
        Map<Integer, MovieMetadata> m = HetrecMetadataReader.read(dir);
        assertThat(m.get(1).critics()).isEqualTo(new MovieMetadata.CriticScores("toy_story", 9, 73, 100, 8.5, 17, 100,
                3.7, 102338, 81));
        assertThat(m.get(1).tags()).containsExactly(Map.entry("pixar", 5.0), Map.entry("cgi", 2.0));
        assertThat(m.get(2571).directors()).containsExactly("Andy Wachowski\u00e9");
        assertThat(m.get(2571).countries()).isEmpty();
        assertThat(m.get(2571).critics()).isNull();
        assertThat(m.get(2571).imdbId()).isEqualTo(133093);
        Files.writeString(dir.resolve("movie_tags.dat"), "movieID\ttagID\ttagWeight\n1\t8\t2\n");
        assertThatThrownBy(() -> HetrecMetadataReader.read(dir))
                .hasMessage("movie_tags.dat line 2: tag id 8 is not in tags.dat");
    }

    @Test
    void metadataCsvJoinedByImdbId() throws IOException {
        Path csv = dir.resolve("extra.csv");
        Files.writeString(csv, "imdbId,directors,cast,keywords,overview,runtime,language,releaseDate,tmdbId\n"
                + "tt0133093,Lana Wachowski|Lilly Wachowski,Keanu Reeves|Carrie-Anne Moss,\"hacker|simulation\","
                + "\"Neo wakes up, and more.\",136,en,1999-03-31,603\n"
                + "0114709,John Lasseter,,,,81,,,\n"
                + "9999999,Nobody,,,,,,,\n");
        MetadataCsvReader.Result result = MetadataCsvReader.read(csv, CATALOG);
        assertThat(result.unmatched()).isEqualTo(1);
        MovieMetadata matrix = result.metadata().get(2571);
        assertThat(matrix.cast()).containsExactly("Keanu Reeves", "Carrie-Anne Moss");
        assertThat(matrix.keywords()).containsExactly("hacker", "simulation");
        assertThat(matrix.overview()).isEqualTo("Neo wakes up, and more.");
        assertThat(matrix.runtimeMinutes()).isEqualTo(136);
        assertThat(matrix.language()).isEqualTo("en");
        assertThat(matrix.releaseDate()).isEqualTo(LocalDate.of(1999, 3, 31));
        assertThat(matrix.imdbId()).isEqualTo(133093);
        assertThat(matrix.tmdbId()).isEqualTo(603);
        assertThat(result.metadata().get(1).directors()).containsExactly("John Lasseter");
        assertThat(result.metadata().get(1).cast()).isEmpty();
    }

    @Test
    void metadataCsvByTmdbIdAndBadInput() throws IOException {
        Path csv = dir.resolve("tmdb.csv");
        Files.writeString(csv, "tmdbId,runtime\n862,81\n");
        assertThat(MetadataCsvReader.read(csv, CATALOG).metadata().get(1).runtimeMinutes()).isEqualTo(81);
        Files.writeString(csv, "title,runtime\nx,81\n");
        assertThatThrownBy(() -> MetadataCsvReader.read(csv, CATALOG))
                .hasMessageContaining("the first column must be movieId, imdbId or tmdbId");
        Files.writeString(csv, "movieId,budget\n1,5\n");
        assertThatThrownBy(() -> MetadataCsvReader.read(csv, CATALOG)).hasMessageContaining("unknown column \"budget\"");
        Files.writeString(csv, "movieId,releaseDate\n1,22 Nov 1995\n");
        assertThatThrownBy(() -> MetadataCsvReader.read(csv, CATALOG))
                .hasMessage("tmdb.csv line 2: releaseDate \"22 Nov 1995\" is not a date in the form YYYY-MM-DD");
    }

    @Test
    void metadataCsvWithTheDocumentedColumnsAndAYear() throws IOException {
        Path csv = dir.resolve("mine.csv");
        Files.writeString(csv, "movieId,directors,cast,keywords,overview,year,language\n"
                + "1,John Lasseter,Tom Hanks|Tim Allen,toys|friendship,\"Toys come alive,\nand argue.\",1995,en\n");
        MovieMetadata toyStory = MetadataCsvReader.read(csv, CATALOG).metadata().get(1);
        assertThat(toyStory.cast()).containsExactly("Tom Hanks", "Tim Allen");
        assertThat(toyStory.overview()).isEqualTo("Toys come alive,\nand argue.");
        assertThat(toyStory.year()).isEqualTo(1995);
        assertThat(toyStory.language()).isEqualTo("en");
    }

    @Test
    void metadataCsvErrorsNameTheLineWhereTheRowStarts() throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "movieId,overview,year\n1,\"two\nlines\",1995\n2571,short\n");
        assertThatThrownBy(() -> MetadataCsvReader.read(csv, CATALOG)).isInstanceOf(DataFormatException.class)
                .hasMessage("bad.csv line 4: expected 3 fields but found 2");
        Files.writeString(csv, "movieId,overview,year\n1,x,nineteen\n");
        assertThatThrownBy(() -> MetadataCsvReader.read(csv, CATALOG))
                .hasMessage("bad.csv line 2: year \"nineteen\" is not a whole number of 0 or more");
        Files.writeString(csv, "movieId,year\n1,1995\n1,1996\n");
        assertThatThrownBy(() -> MetadataCsvReader.read(csv, CATALOG)).hasMessage("bad.csv line 3: movie 1 has a second row");
    }

    @Test
    void hetrecActorsInBillingOrderFromTheReleaseZip() throws IOException {
        Path zip = dir.resolve(MetadataDownload.HETREC.fileName());
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("movies.dat"));
            out.write(("id\ttitle\timdbID\tspanishTitle\timdbPictureURL\tyear\trtID\ta\tb\tc\td\te\tf\tg\th\ti\tj\tk\tl\tm\tn\n"
                    + "1\tToy story\t0114709\t\t\t1995" + "\t\\N".repeat(15) + "\n").getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new java.util.zip.ZipEntry("movie_actors.dat"));
            out.write("movieID\tactorID\tactorName\tranking\n1\ttim_allen\tTim Allen\t2\n1\ttom_hanks\tTom Hanks\t1\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        Map<Integer, MovieMetadata> m = MetadataSources.read(zip, CATALOG);
        assertThat(m.get(1).cast()).containsExactly("Tom Hanks", "Tim Allen");
        assertThat(m.get(1).imdbId()).isEqualTo(114709);
    }

    @Test
    void mergeTakesEachFactFromTheFirstSourceThatHasIt() {
        MovieMetadata a = new MovieMetadata(1, List.of("John Lasseter"), List.of(), List.of("Tom Hanks"),
                List.of("toys"), null, 0, null, "G", null, 0, List.of("USA"), 0, 0, null, null, Map.of("pixar", 2.0));
        MovieMetadata b = new MovieMetadata(1, List.of("J. Lasseter"), List.of("Joss Whedon"), List.of(),
                List.of("toys", "friendship"), "Toys come alive.", 81, "en", "PG", null, 0, List.of("USA", "UK"), 114709,
                862, null, null, Map.of("cgi", 5.0));
        MovieMetadata merged = MovieMetadata.merge(List.of(Map.of(1, a), Map.of(1, b))).get(1);
        assertThat(merged.directors()).containsExactly("John Lasseter");
        assertThat(merged.writers()).containsExactly("Joss Whedon");
        assertThat(merged.cast()).containsExactly("Tom Hanks");
        assertThat(merged.keywords()).containsExactly("toys", "friendship");
        assertThat(merged.mpaaRating()).isEqualTo("G");
        assertThat(merged.runtimeMinutes()).isEqualTo(81);
        assertThat(merged.countries()).containsExactly("USA", "UK");
        assertThat(merged.imdbId()).isEqualTo(114709);
        assertThat(merged.tags()).containsExactly(Map.entry("cgi", 5.0), Map.entry("pixar", 2.0));
    }
}
