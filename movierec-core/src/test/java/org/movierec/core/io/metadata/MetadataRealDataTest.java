package org.movierec.core.io.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.movierec.core.data.Catalog;
import org.movierec.core.data.MovieMetadata;
import org.movierec.core.io.RealDatasets;
import org.movierec.core.io.Releases;
import org.movierec.core.util.Progress;

/** The metadata readers on the real MeLU and HetRec files, checked against the counts their READMEs state. */
class MetadataRealDataTest {

    @Test
    void meluHas3881MoviesOf2949AreInMlLatestSmall() throws IOException {
        Path dir = RealDatasets.folder("ml-1m-extrainfos");
        Map<Integer, MovieMetadata> melu = MeluMetadataReader.read(dir.resolve(MeluMetadataReader.FILE));
        assertThat(melu).hasSize(3881);
        MovieMetadata toyStory = melu.get(1);
        assertThat(toyStory.directors()).containsExactly("John Lasseter");
        assertThat(toyStory.writers()).startsWith("John Lasseter", "Pete Docter", "Andrew Stanton").contains("Joss Whedon")
                .doesNotHaveDuplicates();
        assertThat(toyStory.cast()).containsExactly("Tom Hanks", "Tim Allen", "Don Rickles", "Jim Varney");
        assertThat(toyStory.mpaaRating()).isEqualTo("G");
        assertThat(toyStory.releaseDate()).isEqualTo(LocalDate.of(1995, 11, 22));
        assertThat(toyStory.overview()).startsWith("A little boy named Andy");
        assertThat(melu.get(99).writers()).isEmpty();

        Catalog small = Releases.read(RealDatasets.folder("ml-latest-small"), Progress.NONE).catalog();
        assertThat(MetadataSources.read(dir, small)).hasSize(2949);
    }

    @Test
    void hetrecHasTheReadmeCounts() throws IOException {
        Map<Integer, MovieMetadata> hetrec = HetrecMetadataReader.read(RealDatasets.folder("hetrec2011-movielens-2k-v2"));
        assertThat(hetrec).hasSize(10_197);
        assertThat(hetrec.values().stream().filter(m -> !m.directors().isEmpty()).count()).isEqualTo(10_155);
        // the README's 4,060 directors are director ids; 7 names are shared by two ids
        Set<String> directors = hetrec.values().stream().flatMap(m -> m.directors().stream()).collect(Collectors.toSet());
        assertThat(directors).hasSize(4053);
        // the README's 72 countries count the empty country of 8 movies as one
        Set<String> countries = hetrec.values().stream().flatMap(m -> m.countries().stream()).collect(Collectors.toSet());
        assertThat(countries).hasSize(71);
        assertThat(hetrec.values().stream().filter(m -> m.countries().isEmpty()).count()).isEqualTo(8);
        MovieMetadata toyStory = hetrec.get(1);
        assertThat(toyStory.imdbId()).isEqualTo(114709);
        assertThat(toyStory.directors()).containsExactly("John Lasseter");
        assertThat(toyStory.countries()).containsExactly("USA");
        assertThat(toyStory.critics().rottenTomatoesId()).isEqualTo("toy_story");
        assertThat(toyStory.critics().allCriticsScore()).isEqualTo(100);
        assertThat(toyStory.critics().audienceRating()).isEqualTo(3.7);
        assertThat(toyStory.tags()).isNotEmpty();
        List<Double> weights = List.copyOf(toyStory.tags().values());
        assertThat(weights).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void meluAndHetrecMergeIntoOneRecordPerMovie() throws IOException {
        Catalog small = Releases.read(RealDatasets.folder("ml-latest-small"), Progress.NONE).catalog();
        Map<Integer, MovieMetadata> merged = MetadataSources.readAll(
                List.of(RealDatasets.folder("ml-1m-extrainfos"), RealDatasets.folder("hetrec2011-movielens-2k-v2")),
                small);
        MovieMetadata toyStory = merged.get(1);
        assertThat(toyStory.cast()).startsWith("Tom Hanks");
        assertThat(toyStory.critics()).isNotNull();
        assertThat(toyStory.imdbId()).isEqualTo(114709);
        assertThat(merged.keySet()).allMatch(small::contains);
        assertThat(merged.size()).isGreaterThan(2949);
    }
}
