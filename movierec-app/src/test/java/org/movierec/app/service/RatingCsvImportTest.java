package org.movierec.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RatingCsvImportTest {
    private final MovieLibrary library = Fixtures.library();

    private RatingCsvImport.Result read(String csv) throws IOException {
        return RatingCsvImport.read(new StringReader(csv), library);
    }

    @Test
    void readsMovierecsOwnExport() throws IOException {
        RatingCsvImport.Result result = read("movieId,title,rating,timestamp\r\n13,Toy Story (1995),4.0,1\r\n14,\"Matrix, The (1999)\",5.0,2\r\n999,Nothing,3,3\r\n");
        assertThat(result.ratings()).isEqualTo(Map.of(13, 4f, 14, 5f));
        assertThat(result.rows()).isEqualTo(3);
        assertThat(result.problems()).containsExactly("line 4: movie id 999 is not in the catalogue");
    }

    @Test
    void readsImdbExportsOnTheirTenPointScale() throws IOException {
        RatingCsvImport.Result result = read("\uFEFFConst,Your Rating,Date Rated,Title\ntt0114709,9,2020-01-01,Toy Story\ntt0133093,7,2020-01-02,The Matrix\ntt0000001,5,x,y\n");
        assertThat(result.ratings()).isEqualTo(Map.of(13, 4.5f, 14, 3.5f));
        assertThat(result.problems()).containsExactly("line 4: IMDb id tt0000001 is not in the catalogue");
    }

    @Test
    void matchesTitlesWithYearsLikeLetterboxd() throws IOException {
        RatingCsvImport.Result result = read("Date,Name,Year,Letterboxd URI,Rating\n"
                + "2020-01-01,The Matrix,1999,x,4.5\n2020-01-01,toy story,1996,x,3\n2020-01-01,Amelie,2001,x,5\n"
                + "2020-01-01,Toy Story,1980,x,2\n2020-01-01,Heat,1995,x,4\n");
        assertThat(result.ratings()).isEqualTo(Map.of(14, 4.5f, 13, 3f, 15, 5f));
        assertThat(result.problems()).containsExactly("line 5: \"Toy Story\" (1980) is not in the catalogue",
                "line 6: \"Heat\" (1995) is not in the catalogue");
    }

    @Test
    void aMalformedRowRefusesTheWholeFileNamingItsLine() {
        assertThatThrownBy(() -> read("movieId,rating\n1,4\n2,many\n")).hasMessage("line 3: the rating 'many' is not a number; nothing was imported");
        assertThatThrownBy(() -> read("movieId,rating\n1,4\n2,3.7\n")).hasMessageStartingWith("line 3: the rating 3.7 is not a value of 0.5 to 5 in steps of 0.5");
        assertThatThrownBy(() -> read("movieId,rating\n1,4\n2,9\n")).hasMessageStartingWith("line 3: the rating 9 is not a value");
        assertThatThrownBy(() -> read("movieId,rating\n1,NaN\n")).hasMessageStartingWith("line 2: the rating NaN is not a value");
        assertThatThrownBy(() -> read("movieId,rating\n1,3.00004\n")).hasMessageStartingWith("line 2: the rating 3.00004 is not a value");
        assertThatThrownBy(() -> read("movieId,rating\n1,4\n2\n")).hasMessageStartingWith("line 3: it has 1 fields and the header 2");
        assertThatThrownBy(() -> read("movieId,rating\n1,4\n\"2,5\n")).hasMessageStartingWith("line 3: it has 1 fields");
        assertThatThrownBy(() -> read("movieId,rating\nx1,4\n")).hasMessageStartingWith("line 2: the movie id 'x1' is not a number");
    }

    @Test
    void aHeaderWithoutMovieOrRatingIsRefused() {
        assertThatThrownBy(() -> read("a,b\n1,2\n")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a rating column");
        assertThatThrownBy(() -> read("")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }
}
