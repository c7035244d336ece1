package org.movierec.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movierec.core.data.Dataset;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.RatingScale;
import org.movierec.core.util.Progress;

class SyntheticReleaseGeneratorTest {
    @TempDir
    Path dir;

    private Dataset generate(String name, String format, long seed) throws IOException {
        var spec = new SyntheticReleaseGenerator.Spec(600, 400, 40_000, format, seed);
        SyntheticReleaseGenerator.generate(spec, dir.resolve(name), Progress.NONE);
        return Releases.read(dir.resolve(name), Progress.NONE);
    }

    @Test
    void ml1mFormatReadsBackWithExactCounts() throws IOException {
        Dataset data = generate("a", "ml-1m", 7);
        assertThat(data.format()).isEqualTo("ml-1m");
        assertThat(data.ratings().size()).isEqualTo(40_000);
        assertThat(data.ratings().userCount()).isEqualTo(600);
        assertThat(data.catalog().size()).isEqualTo(400);
        assertThat(data.users()).hasSize(600);
        assertThat(data.ratings().scale()).isEqualTo(RatingScale.WHOLE_STARS);
        assertThat(data.catalog().movies()).allSatisfy(m -> {
            assertThat(m.year()).isBetween(1920, 2000);
            assertThat(m.genres()).isNotEmpty();
        });
        RatingMatrix m = data.ratings();
        for (int u = 0; u < m.userCount(); u++) {
            assertThat(m.userRatingCount(u)).isGreaterThanOrEqualTo(20);
        }
    }

    @Test
    void mlLatestFormatHasHalfStarsLinksAndTags() throws IOException {
        Dataset data = generate("b", "ml-latest", 7);
        assertThat(data.format()).isEqualTo("ml-latest");
        assertThat(data.ratings().size()).isEqualTo(40_000);
        assertThat(data.ratings().scale()).isEqualTo(RatingScale.HALF_STARS);
        float[] values = data.ratings().userValues();
        assertThat(values).contains(3.5f, 4f);
        assertThat(data.catalog().movies()).allSatisfy(m -> assertThat(m.imdbId()).isPositive());
        assertThat(data.tags()).isNotEmpty();
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherData() throws IOException {
        var spec = new SyntheticReleaseGenerator.Spec(300, 200, 9_000, "ml-latest", 11);
        SyntheticReleaseGenerator.generate(spec, dir.resolve("x"), Progress.NONE);
        SyntheticReleaseGenerator.generate(spec, dir.resolve("y"), Progress.NONE);
        SyntheticReleaseGenerator.generate(new SyntheticReleaseGenerator.Spec(300, 200, 9_000, "ml-latest", 12),
                dir.resolve("z"), Progress.NONE);
        for (String f : new String[] {"ratings.csv", "movies.csv", "tags.csv", "links.csv"}) {
            assertThat(Files.readAllBytes(dir.resolve("x").resolve(f))).isEqualTo(Files.readAllBytes(dir.resolve("y").resolve(f)));
        }
        assertThat(Files.readAllBytes(dir.resolve("x/ratings.csv"))).isNotEqualTo(Files.readAllBytes(dir.resolve("z/ratings.csv")));
    }

    @Test
    void hasLongTailsAndLearnableStructure() throws IOException {
        RatingMatrix m = generate("c", "ml-1m", 3).ratings();
        int[] perItem = new int[m.itemCount()];
        for (int i = 0; i < perItem.length; i++) {
            perItem[i] = m.itemRatingCount(i);
        }
        Arrays.sort(perItem);
        assertThat(perItem[perItem.length - 1]).isGreaterThan(5 * perItem[perItem.length / 2]);
        // split-half reliability: item means from even and from odd users agree far beyond chance
        double[] sumA = new double[m.itemCount()];
        double[] sumB = new double[m.itemCount()];
        int[] nA = new int[m.itemCount()];
        int[] nB = new int[m.itemCount()];
        for (int u = 0; u < m.userCount(); u++) {
            for (int k = m.userPointers()[u]; k < m.userPointers()[u + 1]; k++) {
                int i = m.userItems()[k];
                if (u % 2 == 0) {
                    sumA[i] += m.userValues()[k];
                    nA[i]++;
                } else {
                    sumB[i] += m.userValues()[k];
                    nB[i]++;
                }
            }
        }
        double[] a = new double[m.itemCount()];
        double[] b = new double[m.itemCount()];
        int n = 0;
        for (int i = 0; i < m.itemCount(); i++) {
            if (nA[i] >= 15 && nB[i] >= 15) {
                a[n] = sumA[i] / nA[i];
                b[n++] = sumB[i] / nB[i];
            }
        }
        assertThat(n).isGreaterThan(50);
        assertThat(correlation(Arrays.copyOf(a, n), Arrays.copyOf(b, n))).isGreaterThan(0.6);
    }

    @Test
    void refusesImpossibleRequests() {
        assertThatThrownBy(() -> new SyntheticReleaseGenerator.Spec(10, 5, 51, "ml-1m", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("do not fit");
        assertThatThrownBy(() -> new SyntheticReleaseGenerator.Spec(10, 5, 20, "ml-20m", 1))
                .hasMessageContaining("ml-1m or ml-latest");
    }

    @Test
    void everyMovieRatedByEveryUserWhenTheMatrixIsFull() throws IOException {
        var spec = new SyntheticReleaseGenerator.Spec(20, 30, 600, "ml-1m", 5);
        SyntheticReleaseGenerator.generate(spec, dir.resolve("full"), Progress.NONE);
        RatingMatrix m = Releases.read(dir.resolve("full"), Progress.NONE).ratings();
        assertThat(m.size()).isEqualTo(600);
        assertThat(m.ratedItemCount()).isEqualTo(30);
    }

    private static double correlation(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int k = 0; k < x.length; k++) {
            sxy += (x[k] - mx) * (y[k] - my);
            sxx += (x[k] - mx) * (x[k] - mx);
            syy += (y[k] - my) * (y[k] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
