package org.movierec.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.io.DataFormatException;

class SplitterTest {
    private final RatingMatrix data = Fixtures.random(60, 40, 25, 3);

    @Test
    void kFoldTestsEveryRatingExactlyOnceInFoldsOfEqualSize() {
        List<FoldMask> folds = new KFoldSplitter(5, 42).split(data);
        assertThat(folds).hasSize(5);
        int[] tested = new int[data.size()];
        for (FoldMask fold : folds) {
            assertThat(fold.testSize()).isBetween(data.size() / 5, data.size() / 5 + 1);
            assertThat(fold.trainSize() + fold.testSize()).isEqualTo(data.size());
            for (int k = 0; k < tested.length; k++) {
                assertThat(fold.train()[k]).isNotEqualTo(fold.test()[k]);
                tested[k] += fold.test()[k] ? 1 : 0;
            }
        }
        assertThat(tested).containsOnly(1);
    }

    @Test
    void randomSplitsAreDeterministicPerSeed() {
        assertThat(new KFoldSplitter(3, 7).split(data).get(0).test()).isEqualTo(new KFoldSplitter(3, 7).split(data).get(0).test());
        assertThat(new KFoldSplitter(3, 7).split(data).get(0).test()).isNotEqualTo(new KFoldSplitter(3, 8).split(data).get(0).test());
        assertThat(new UserHoldoutSplitter(0.25, 1).split(data).get(0).test())
                .isEqualTo(new UserHoldoutSplitter(0.25, 1).split(data).get(0).test())
                .isNotEqualTo(new UserHoldoutSplitter(0.25, 2).split(data).get(0).test());
        assertThat(new HoldoutSplitter(0.2, 1).split(data).get(0).test()).isEqualTo(new HoldoutSplitter(0.2, 1).split(data).get(0).test());
    }

    @Test
    void holdoutTestsTheRoundedFraction() {
        FoldMask fold = new HoldoutSplitter(0.2, 5).split(data).get(0);
        assertThat(fold.testSize()).isEqualTo((int) Math.round(0.2 * data.size()));
        assertThat(fold.trainSize()).isEqualTo(data.size() - fold.testSize());
    }

    @Test
    void userHoldoutKeepsTheFloorOfThreeQuartersOfEachUserForTraining() {
        FoldMask fold = new UserHoldoutSplitter(0.25, 42).split(data).get(0);
        RatingMatrix train = fold.trainOf(data);
        RatingMatrix test = fold.testOf(data);
        for (int u = 0; u < data.userCount(); u++) {
            int n = data.userRatingCount(u);
            int expectedTrain = (int) Math.floor(0.75 * n + 1e-9);
            assertThat(train.userRatingCount(u)).as("user %d of %d ratings", u, n).isEqualTo(expectedTrain);
            assertThat(test.userRatingCount(u)).isEqualTo(n - expectedTrain);
        }
    }

    @Test
    void userHoldoutFollowsTheReferenceRoundingOnSmallUsers() {
        RatingMatrix small = Fixtures.of(new int[] {1, 1, 5}, new int[] {2, 1, 5}, new int[] {2, 2, 5}, new int[] {2, 3, 5},
                new int[] {2, 4, 5});
        FoldMask fold = new UserHoldoutSplitter(0.25, 1).split(small).get(0);
        assertThat(fold.trainOf(small).userRatingCount(0)).isZero();
        assertThat(fold.trainOf(small).userRatingCount(1)).isEqualTo(3);
    }

    @Test
    void temporalLastTestsEachUsersLatestRatings() {
        FoldMask fold = new TemporalLastSplitter(3).split(data).get(0);
        long[] times = data.userTimestamps();
        int[] ptr = data.userPointers();
        for (int u = 0; u < data.userCount(); u++) {
            int n = ptr[u + 1] - ptr[u];
            long latestTrain = Long.MIN_VALUE;
            long earliestTest = Long.MAX_VALUE;
            int tested = 0;
            for (int k = ptr[u]; k < ptr[u + 1]; k++) {
                if (fold.test()[k]) {
                    tested++;
                    earliestTest = Math.min(earliestTest, times[k]);
                } else {
                    latestTrain = Math.max(latestTrain, times[k]);
                }
            }
            assertThat(tested).isEqualTo(Math.min(3, n - 1));
            if (tested > 0) {
                assertThat(latestTrain).isLessThanOrEqualTo(earliestTest);
            }
        }
    }

    @Test
    void temporalLastBreaksTimeTiesByItemIndex() {
        RatingMatrix ties = Fixtures.of(new int[] {1, 10, 5, 7}, new int[] {1, 20, 5, 7}, new int[] {1, 30, 5, 7},
                new int[] {1, 40, 5, 3});
        FoldMask fold = new TemporalLastSplitter(2).split(ties).get(0);
        assertThat(fold.test()).containsExactly(false, true, true, false);
    }

    @Test
    void temporalCutSeparatesByTime() {
        long cut = 1_000_500;
        FoldMask fold = new TemporalCutSplitter(cut).split(data).get(0);
        long[] times = data.userTimestamps();
        for (int k = 0; k < times.length; k++) {
            assertThat(fold.test()[k]).isEqualTo(times[k] >= cut);
            assertThat(fold.train()[k]).isEqualTo(times[k] < cut);
        }
        assertThatThrownBy(() -> new TemporalCutSplitter(5).split(data)).hasMessageContaining("leaves no training");
    }

    @Test
    void specParsesEveryFormAndExplainsErrors() {
        assertThat(SplitSpec.parse("kfold:5").splitter(42, null)).isEqualTo(new KFoldSplitter(5, 42));
        assertThat(SplitSpec.parse("holdout:0.2").splitter(1, null)).isEqualTo(new HoldoutSplitter(0.2, 1));
        assertThat(SplitSpec.parse("user-holdout:0.25").splitter(42, null)).isEqualTo(new UserHoldoutSplitter(0.25, 42));
        assertThat(SplitSpec.parse("temporal-last:10").splitter(1, null)).isEqualTo(new TemporalLastSplitter(10));
        assertThat(SplitSpec.parse("temporal-cut:893286638").splitter(1, null)).isEqualTo(new TemporalCutSplitter(893286638L));
        assertThat(SplitSpec.parse("ml100k-u").splitter(1, Path.of("x"))).isEqualTo(new CanonicalFoldsSplitter(Path.of("x")));
        assertThat(SplitSpec.parse("KFOLD:3").toString()).isEqualTo("kfold:3");
        assertThatThrownBy(() -> SplitSpec.parse("kfold")).hasMessageContaining("needs a whole number");
        assertThatThrownBy(() -> SplitSpec.parse("kfold:1")).hasMessageContaining("at least 2 folds");
        assertThatThrownBy(() -> SplitSpec.parse("holdout:1.5")).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> SplitSpec.parse("random:3")).hasMessageContaining("unknown split").hasMessageContaining("user-holdout");
        assertThatThrownBy(() -> SplitSpec.parse("temporal-cut:yesterday")).hasMessageContaining("epoch seconds");
    }

    @Test
    void canonicalFoldsReportBadLines(@TempDir Path dir) throws IOException {
        RatingMatrix small = Fixtures.of(new int[] {1, 10, 4}, new int[] {2, 10, 3});
        for (int f = 1; f <= 5; f++) {
            Files.writeString(dir.resolve("u" + f + ".base"), "1\t10\t4\t0\n");
            Files.writeString(dir.resolve("u" + f + ".test"), "2\t10\t3\t0\n");
        }
        List<FoldMask> folds = new CanonicalFoldsSplitter(dir).split(small);
        assertThat(folds).hasSize(5);
        assertThat(folds.get(0).testOf(small).rating(1, 0)).isEqualTo(3f);
        Path zip = dir.resolve("ml-100k.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (int f = 1; f <= 5; f++) {
                for (String part : new String[] {"base", "test"}) {
                    out.putNextEntry(new java.util.zip.ZipEntry("ml-100k/u" + f + "." + part));
                    out.write(Files.readAllBytes(dir.resolve("u" + f + "." + part)));
                    out.closeEntry();
                }
            }
        }
        assertThat(new CanonicalFoldsSplitter(zip).split(small).get(2).test()).isEqualTo(folds.get(2).test());
        assertThatThrownBy(() -> new CanonicalFoldsSplitter(dir.resolve("nowhere")).split(small))
                .hasMessageContaining("needs the ml-100k release");
        Files.writeString(dir.resolve("u3.test"), "2\t10\t3\t0\n2\t11\t3\t0\n");
        assertThatThrownBy(() -> new CanonicalFoldsSplitter(dir).split(small)).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("u3.test line 2").hasMessageContaining("did not rate movie 11");
    }

    @Test
    void canonicalFoldsOfRealMl100k() throws IOException {
        Path dir = Fixtures.ml100k();
        RatingMatrix all = Fixtures.readUData(dir);
        List<FoldMask> folds = SplitSpec.parse("ml100k-u").splitter(0, dir).split(all);
        assertThat(folds).hasSize(5);
        int[] tested = new int[all.size()];
        for (FoldMask fold : folds) {
            assertThat(fold.trainSize()).isEqualTo(80_000);
            assertThat(fold.testSize()).isEqualTo(20_000);
            for (int k = 0; k < tested.length; k++) {
                tested[k] += fold.test()[k] ? 1 : 0;
            }
        }
        assertThat(tested).containsOnly(1);
    }
}
