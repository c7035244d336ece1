package org.movierec.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MovieTitlesTest {
    @Test
    void movesTheArticleAndTakesTheYear() {
        assertThat(MovieTitles.parse("Matrix, The (1999)")).isEqualTo(new MovieTitles.Title("The Matrix", 1999));
        assertThat(MovieTitles.parse("Perfect World, A (1993)")).isEqualTo(new MovieTitles.Title("A Perfect World", 1993));
    }

    @Test
    void handlesAlternativeTitles() {
        assertThat(MovieTitles.parse("Amelie (Fabuleux destin d'Amélie Poulain, Le) (2001)"))
                .isEqualTo(new MovieTitles.Title("Amelie (Le Fabuleux destin d'Amélie Poulain)", 2001));
        assertThat(MovieTitles.parse("City of Lost Children, The (Cité des enfants perdus, La) (1995)"))
                .isEqualTo(new MovieTitles.Title("The City of Lost Children (La Cité des enfants perdus)", 1995));
        assertThat(MovieTitles.parse("Homme du train, L' (2002)")).isEqualTo(new MovieTitles.Title("L'Homme du train", 2002));
    }

    @Test
    void titlesWithoutYearOrArticleStayAsTheyAre() {
        assertThat(MovieTitles.parse("Babylon 5")).isEqualTo(new MovieTitles.Title("Babylon 5", 0));
        assertThat(MovieTitles.parse("Sex, Lies, and Videotape (1989)"))
                .isEqualTo(new MovieTitles.Title("Sex, Lies, and Videotape", 1989));
        assertThat(MovieTitles.parse("Stranger Things (2016-) ")).isEqualTo(new MovieTitles.Title("Stranger Things", 2016));
        assertThat(MovieTitles.parse("(1999)")).isEqualTo(new MovieTitles.Title("(1999)", 0));
    }
}
