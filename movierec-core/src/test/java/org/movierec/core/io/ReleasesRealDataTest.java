package org.movierec.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movierec.core.data.Dataset;
import org.movierec.core.data.Movie;
import org.movierec.core.data.RatingScale;
import org.movierec.core.data.UserInfo;
import org.movierec.core.util.Progress;

/** The readers on the real MovieLens releases, checked against the counts their READMEs state. */
class ReleasesRealDataTest {

    @Test
    void ml100kHasTheReadmeCounts() throws IOException {
        Dataset data = Releases.read(RealDatasets.folder("ml-100k"), Progress.NONE);
        assertThat(data.format()).isEqualTo("ml-100k");
        assertThat(data.name()).isEqualTo("ml-100k");
        assertThat(data.ratings().size()).isEqualTo(100_000);
        assertThat(data.ratings().userCount()).isEqualTo(943);
        assertThat(data.ratings().itemCount()).isEqualTo(1682);
        assertThat(data.catalog().size()).isEqualTo(1682);
        assertThat(data.ratings().scale()).isEqualTo(RatingScale.WHOLE_STARS);
        assertThat(data.users()).hasSize(943);
        assertThat(data.users().get(1)).isEqualTo(new UserInfo(1, "M", 24, "technician", "85711"));
        Movie toyStory = data.catalog().movie(1).orElseThrow();
        assertThat(toyStory.title()).isEqualTo("Toy Story");
        assertThat(toyStory.year()).isEqualTo(1995);
        assertThat(toyStory.genres()).containsExactly("Animation", "Children's", "Comedy");
        int user196 = data.ratings().users().indexOf(196);
        int movie242 = data.ratings().items().indexOf(242);
        assertThat(data.ratings().rating(user196, movie242)).isEqualTo(3f);
    }

    @Test
    void mlLatestSmallHasTheReadmeCounts() throws IOException {
        Dataset data = Releases.read(RealDatasets.folder("ml-latest-small"), Progress.NONE);
        assertLatestSmall(data);
    }

    @Test
    void aZipOfMlLatestSmallReadsTheSame(@TempDir Path tmp) throws IOException {
        Path dir = RealDatasets.folder("ml-latest-small");
        Path zip = tmp.resolve("ml-latest-small.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("ml-latest-small/"));
            z.closeEntry();
            try (var files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    z.putNextEntry(new ZipEntry("ml-latest-small/" + f.getFileName()));
                    Files.copy(f, z);
                    z.closeEntry();
                }
            }
        }
        Dataset data = Releases.read(zip, Progress.NONE);
        assertLatestSmall(data);
        Dataset fromDir = Releases.read(dir, Progress.NONE);
        assertThat(data.ratings().userItems()).isEqualTo(fromDir.ratings().userItems());
        assertThat(data.ratings().userValues()).isEqualTo(fromDir.ratings().userValues());
        assertThat(data.ratings().userTimestamps()).isEqualTo(fromDir.ratings().userTimestamps());
    }

    private static void assertLatestSmall(Dataset data) {
        assertThat(data.format()).isEqualTo("ml-latest");
        assertThat(data.name()).isEqualTo("ml-latest-small");
        assertThat(data.ratings().size()).isEqualTo(100_836);
        assertThat(data.ratings().userCount()).isEqualTo(610);
        assertThat(data.ratings().ratedItemCount()).isEqualTo(9724);
        assertThat(data.catalog().size()).isEqualTo(9742);
        assertThat(data.tags()).hasSize(3683);
        assertThat(data.catalog().movies().stream().filter(m -> m.imdbId() > 0).count()).isEqualTo(9742);
        assertThat(data.ratings().scale()).isEqualTo(RatingScale.HALF_STARS);
        assertThat(data.ratings().hasTimestamps()).isTrue();
        Movie toyStory = data.catalog().movie(1).orElseThrow();
        assertThat(toyStory.imdbId()).isEqualTo(114709);
        assertThat(toyStory.tmdbId()).isEqualTo(862);
        assertThat(toyStory.genres()).containsExactly("Adventure", "Animation", "Children", "Comedy", "Fantasy");
        Movie matrix = data.catalog().movie(2571).orElseThrow();
        assertThat(matrix.title()).isEqualTo("The Matrix");
        assertThat(matrix.year()).isEqualTo(1999);
        int user1 = data.ratings().users().indexOf(1);
        assertThat(data.ratings().rating(user1, data.ratings().items().indexOf(1))).isEqualTo(4f);
    }
}
