package org.movierec.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.movierec.core.data.ItemFeatures.Kind;

class ItemFeaturesTest {

    private static List<String> terms(ItemFeatures f, int movieId) {
        ItemFeatures.Terms t = f.of(movieId);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) {
            out.add(f.kind(t.terms()[k]) + ":" + f.name(t.terms()[k]) + "=" + t.values()[k]);
        }
        return out;
    }

    @Test
    void catalogueTagsAndMetadataBecomeTerms() {
        Catalog catalog = new Catalog(List.of(
                new Movie(1, "Alien", 1979, List.of("Horror", "Sci-Fi"), 0, 0),
                new Movie(2, "Untitled", 0, List.of("(no genres listed)"), 0, 0),
                new Movie(3, "Nothing", 0, List.of(), 0, 0)));
        List<Tag> tags = List.of(new Tag(7, 1, "Space ", 0), new Tag(8, 1, "space", 0), new Tag(8, 99, "elsewhere", 0));
        MovieMetadata alien = new MovieMetadata(1, List.of("Ridley Scott"), List.of("Dan O'Bannon"),
                List.of("Sigourney Weaver", "Tom Skerritt", "Sigourney Weaver"), List.of("alien"), null, 0, null, null, null, 0,
                List.of(), 0, 0, null, null, Map.of("Space", 3.0));
        MovieMetadata untitled = MovieMetadata.empty(2).mergedWith(new MovieMetadata(2, List.of(), List.of(), List.of(),
                List.of(), null, 0, null, null, LocalDate.of(2004, 5, 1), 0, List.of(), 0, 0, null, null, Map.of()));
        ItemFeatures f = ItemFeatures.of(catalog, tags, Map.of(1, alien, 2, untitled));
        assertThat(terms(f, 1)).containsExactly("GENRE:Horror=1.0", "GENRE:Sci-Fi=1.0", "DECADE:1970s=1.0", "TAG:space=5.0",
                "DIRECTOR:Ridley Scott=1.0", "WRITER:Dan O'Bannon=1.0", "CAST:Sigourney Weaver=1.0", "CAST:Tom Skerritt=2.0",
                "KEYWORD:alien=1.0");
        assertThat(terms(f, 2)).containsExactly("DECADE:2000s=1.0");
        assertThat(f.of(3).size()).isZero();
        assertThat(f.of(99).size()).isZero();
        assertThat(f.movieCount()).isEqualTo(2);
        assertThat(f.termCount()).isEqualTo(10);
    }

    @Test
    void builderRefusesMisuseAndBadValues() {
        ItemFeatures.Builder b = new ItemFeatures.Builder();
        assertThatThrownBy(() -> b.add(Kind.GENRE, "Drama", 1)).hasMessageContaining("startMovie");
        b.startMovie(5);
        assertThatThrownBy(() -> b.add(Kind.TAG, "x", 0)).hasMessageContaining("movie 5");
        assertThatThrownBy(b::build).hasMessageContaining("not ended");
        assertThat(b.add(Kind.TAG, " ", 1).endMovie().build().movieCount()).isZero();
    }
}
