package org.movierec.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.movierec.core.data.MovieMetadata;

class PersonIndexTest {
    private static MovieMetadata movie(int id, List<String> directors, List<String> cast) {
        return new MovieMetadata(id, directors, List.of(), cast, List.of(), null, 0, null, null, null, 0, List.of(), 0, 0, null,
                null, Map.of());
    }

    private static final PersonIndex PEOPLE = PersonIndex.of(List.of(
            movie(30, List.of("Clint Eastwood"), List.of("Clint Eastwood", "Gene Hackman", "Morgan Freeman")),
            movie(10, List.of("Sergio Leone"), List.of("Clint Eastwood", "Lee Van Cleef")),
            movie(20, List.of("Clint Eastwood"), List.of("Clint Eastwood")),
            movie(40, List.of("Pedro Almodóvar"), List.of())), 2);

    @Test
    void aPersonsMoviesByRoleInAscendingIds() {
        PersonIndex.Person clint = PEOPLE.person("Clint Eastwood").orElseThrow();
        assertThat(clint.directed()).containsExactly(20, 30);
        assertThat(clint.acted()).containsExactly(10, 20, 30);
        assertThat(clint.director()).isTrue();
        assertThat(PEOPLE.person("Gene Hackman").orElseThrow().acted()).containsExactly(30);
        assertThat(PEOPLE.person("Morgan Freeman")).as("billed after the cast size").isEmpty();
        assertThat(PEOPLE.person("clint eastwood")).as("names are exact").isEmpty();
        assertThat(PEOPLE.size()).isEqualTo(5);
    }

    @Test
    void searchMatchesWordPrefixesIgnoringAccentsMostMoviesFirst() {
        assertThat(PEOPLE.search("almodovar", 5)).extracting(PersonIndex.Person::name).containsExactly("Pedro Almodóvar");
        assertThat(PEOPLE.search("ea cl", 5)).extracting(PersonIndex.Person::name).containsExactly("Clint Eastwood");
        assertThat(PEOPLE.search("le", 5)).extracting(PersonIndex.Person::name).containsExactly("Lee Van Cleef", "Sergio Leone");
        assertThat(PEOPLE.search("c", 5)).extracting(PersonIndex.Person::name).containsExactly("Clint Eastwood", "Lee Van Cleef");
        assertThat(PEOPLE.search("c", 1)).extracting(PersonIndex.Person::name).containsExactly("Clint Eastwood");
        assertThat(PEOPLE.search("  ", 5)).isEmpty();
        assertThat(PEOPLE.search("zz", 5)).isEmpty();
    }
}
