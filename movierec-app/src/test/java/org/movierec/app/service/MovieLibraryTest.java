package org.movierec.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.movierec.core.data.RatingMatrix;
import org.junit.jupiter.api.Test;

class MovieLibraryTest {
    private final MovieLibrary library = Fixtures.library();

    @Test
    void searchMatchesWordPrefixesIgnoringCaseAccentsAndArticles() {
        assertThat(ids(library.search("toy story", 10))).containsExactly(13);
        assertThat(ids(library.search("TOY", 10))).containsExactly(13);
        assertThat(ids(library.search("the matrix", 10))).containsExactly(14);
        assertThat(ids(library.search("matrix 1999", 10))).containsExactly(14);
        assertThat(ids(library.search("amelie", 10))).containsExactly(15);
        assertThat(ids(library.search("story", 10))).contains(13, 7, 12);
        assertThat(library.search("oy", 10)).isEmpty();
        assertThat(library.search("  ", 10)).isEmpty();
    }

    @Test
    void searchIsHarmlessForInjectionAttempts() {
        assertThat(library.search("' OR 1=1 --", 10)).isEmpty();
        assertThat(library.search("<script>alert(1)</script>", 10)).isEmpty();
        assertThat(library.search(".*", 10)).isEmpty();
    }

    @Test
    void searchRanksMostRatedFirst() {
        List<MovieStats> hits = library.search("s", 20);
        for (int k = 1; k < hits.size(); k++) {
            assertThat(hits.get(k - 1).count()).isGreaterThanOrEqualTo(hits.get(k).count());
        }
    }

    @Test
    void browseCombinesATextQueryWithFiltersSortingAndPaging() {
        PageResult<MovieStats> stories = library.browse(new MovieQuery("story", null, null, null, null, null, MovieQuery.Sort.NEWEST, 0, 3));
        assertThat(stories.total()).isEqualTo(7);
        assertThat(ids(stories.items())).containsExactly(12, 11, 10);
        PageResult<MovieStats> last = library.browse(new MovieQuery("story", null, null, null, null, null, MovieQuery.Sort.NEWEST, 2, 3));
        assertThat(ids(last.items())).containsExactly(13);
        PageResult<MovieStats> sciFi = library.browse(new MovieQuery("the", "Sci-Fi", null, null, null, null, MovieQuery.Sort.TITLE, 0, 10));
        assertThat(ids(sciFi.items())).containsExactly(14);
        assertThat(library.browse(new MovieQuery("matrix 2000", null, null, null, null, null, MovieQuery.Sort.TITLE, 0, 10)).total()).isZero();
    }

    @Test
    void statsCountAverageAndHistogram() {
        MovieStats toy = library.stats(13);
        assertThat(toy.count()).isEqualTo(20);
        assertThat(toy.average()).isEqualTo(4.0);
        assertThat(toy.histogram()[7]).isEqualTo(20);
        MovieStats matrix = library.stats(14);
        assertThat(matrix.count()).isEqualTo(10);
        assertThat(matrix.histogram()[9]).isEqualTo(10);
        assertThat(library.stats(15).count()).isZero();
        assertThat(library.stats(15).average()).isNaN();
        assertThatThrownBy(() -> library.stats(99)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("99");
    }

    @Test
    void browseFiltersSortsAndPages() {
        PageResult<MovieStats> romance = library.browse(new MovieQuery(null, "Romance", null, null, null, null, MovieQuery.Sort.TITLE, 0, 4));
        assertThat(romance.total()).isEqualTo(7);
        assertThat(romance.items()).hasSize(4);
        assertThat(romance.pages()).isEqualTo(2);
        assertThat(romance.items().get(0).movie().title()).isEqualTo("Amélie");
        PageResult<MovieStats> second = library.browse(new MovieQuery(null, "Romance", null, null, null, null, MovieQuery.Sort.TITLE, 1, 4));
        assertThat(second.items()).hasSize(3);
        assertThat(second.hasNext()).isFalse();

        PageResult<MovieStats> years = library.browse(new MovieQuery(null, null, 1995, 1999, null, null, MovieQuery.Sort.OLDEST, 0, 20));
        assertThat(ids(years.items())).containsExactly(13, 7, 8, 9, 14);

        PageResult<MovieStats> good = library.browse(new MovieQuery(null, null, null, null, 15, 3.5, MovieQuery.Sort.RATING, 0, 20));
        assertThat(ids(good.items())).containsExactly(13);
    }

    @Test
    void similarByContentSharesGenresAndTags() {
        assertThat(ids(library.similarByContent(14, 3))).startsWith(5).allMatch(id -> id <= 6);
        assertThat(ids(MovieLibrary.of(Fixtures.catalog(), Fixtures.ratings(), Fixtures.tags()).similarByContent(14, 3))).startsWith(1);
        assertThat(ids(library.similarByContent(15, 20))).contains(7, 13).doesNotContain(15, 1);
        assertThat(library.bestRated(3)).hasSize(3);
        assertThat(library.bestRated(100)).hasSize(14);
        assertThat(library.bestRated(100).get(0).movie().id()).isEqualTo(14);
    }

    @Test
    void alsoLikedByThePeopleWhoLikedAMovie() {
        // Space Saga 2 is liked (4 or more) by sci-fi fans only: their other likes are the sci-fi movies, the
        // Matrix and Toy Story (liked by all, so its cosine is lower than the sci-fi movies').
        List<Integer> also = ids(library.alsoLiked(2, 20));
        assertThat(also).doesNotContain(2).allMatch(id -> id <= 6 || id == 13 || id == 14).contains(1, 3, 14, 13);
        assertThat(also.indexOf(13)).isGreaterThan(also.indexOf(14));
        assertThat(library.alsoLiked(15, 5)).isEmpty();
        assertThat(library.alsoLiked(2, 0)).isEmpty();
        assertThatThrownBy(() -> library.alsoLiked(99, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void metadataIsServedByMovie() {
        assertThat(library.metadataCount()).isEqualTo(2);
        assertThat(library.metadata(14)).hasValueSatisfying(m -> assertThat(m.directors()).contains("Lana Wachowski"));
        assertThat(library.metadata(13)).isEmpty();
    }

    @Test
    void tagsAreCountedCaseInsensitively() {
        assertThat(library.tags(13)).containsExactly("pixar", "toys");
        assertThat(library.tags(1)).isEmpty();
    }

    @Test
    void genresSkipPlaceholders() {
        assertThat(library.genres()).containsExactly("Action", "Animation", "Children", "Comedy", "Drama", "Romance", "Sci-Fi", "Thriller");
    }

    @Test
    void ratingsPerYearFollowTheCalendarInUtc() {
        org.movierec.core.data.RatingMatrixBuilder builder = new org.movierec.core.data.RatingMatrixBuilder(
                new org.movierec.core.data.IdIndex(), new org.movierec.core.data.IdIndex(), org.movierec.core.data.RatingScale.HALF_STARS, 8, true);
        builder.addById(1, 13, 4f, java.time.Instant.parse("2019-12-31T23:59:59Z").getEpochSecond());
        builder.addById(1, 14, 4f, java.time.Instant.parse("2020-01-01T00:00:00Z").getEpochSecond());
        builder.addById(2, 13, 3f, java.time.Instant.parse("1999-07-14T12:00:00Z").getEpochSecond());
        builder.addById(2, 14, 3f, java.time.Instant.parse("2020-06-01T08:00:00Z").getEpochSecond());
        builder.addById(2, 15, 3f, java.time.Instant.parse("2019-03-01T08:00:00Z").getEpochSecond());
        MovieLibrary dated = MovieLibrary.of(Fixtures.catalog(), builder.build(), List.of());
        assertThat(dated.datasetStats().ratingsPerYear()).containsExactly(
                java.util.Map.entry(1999, 1), java.util.Map.entry(2019, 2), java.util.Map.entry(2020, 2));
    }

    @Test
    void datasetStatsAddUp() {
        DatasetStats stats = library.datasetStats();
        assertThat(stats.ratings()).isEqualTo(library.ratings().size());
        assertThat(java.util.Arrays.stream(stats.ratingBins()).sum()).isEqualTo(stats.ratings());
        assertThat(stats.ratingsPerUser().stream().mapToInt(DatasetStats.Bin::count).sum()).isEqualTo(20);
        assertThat(stats.ratingsPerMovie().stream().mapToInt(DatasetStats.Bin::count).sum()).isEqualTo(15);
        assertThat(stats.genreRatings().get("Animation")).isEqualTo(20);
        assertThat(stats.ratingsPerYear().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(stats.ratings());
    }

    @Test
    void refreshMakesNewRatingsCountInListingsSortingFiltersAndStatistics() {
        MovieLibrary live = Fixtures.library();
        DatasetStats before = live.datasetStats();
        long in2030 = java.time.LocalDate.of(2030, 6, 1).toEpochSecond(java.time.LocalTime.NOON, java.time.ZoneOffset.UTC);
        assertThat(ids(live.browse(new MovieQuery("amelie", null, null, null, 1, null, MovieQuery.Sort.POPULAR, 0, 10)).items())).isEmpty();

        live.refresh(Map.of(15, Map.of(5f, 1)), 21, new long[] {in2030});
        assertThat(live.stats(15).count()).isEqualTo(1);
        assertThat(live.stats(15).histogram()[9]).isEqualTo(1);
        assertThat(ids(live.browse(new MovieQuery("amelie", null, null, null, 1, 4.9, MovieQuery.Sort.POPULAR, 0, 10)).items())).containsExactly(15);
        DatasetStats after = live.datasetStats();
        assertThat(after.ratings()).isEqualTo(before.ratings() + 1);
        assertThat(after.users()).isEqualTo(21);
        assertThat(after.ratingBins()[9]).isEqualTo(before.ratingBins()[9] + 1);
        assertThat(after.ratingsPerYear()).containsEntry(2030, 1);
        assertThat(after.ratingsPerUser().stream().mapToInt(DatasetStats.Bin::count).sum()).isEqualTo(21);
        assertThat(after.genreRatings().get("Romance")).isEqualTo(before.genreRatings().get("Romance") + 1);

        RatingMatrix matrix = live.ratings();
        int user1 = matrix.users().indexOf(1);
        long[] times = Arrays.copyOfRange(matrix.userTimestamps(), matrix.userPointers()[user1], matrix.userPointers()[user1 + 1] - 1);
        live.refresh(Map.of(13, Map.of(4f, 19)), 1, times);
        assertThat(live.stats(13).count()).isEqualTo(19);
        assertThat(live.datasetStats().ratings()).isEqualTo(before.ratings());
        assertThat(live.datasetStats().ratingsPerYear().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(before.ratings());

        assertThat(live.popular(1).get(0).movie().id()).isEqualTo(13);
        live.refresh(Map.of(15, Map.of(5f, 30)), 21, new long[] {in2030});
        assertThat(live.popular(1).get(0).movie().id()).isEqualTo(15);
        assertThat(live.highlyRated(1).get(0).movie().id()).isEqualTo(15);
        assertThat(live.bestRated(1).get(0).movie().id()).isEqualTo(15);
        assertThat(live.search("story", 1).get(0).movie().id()).isEqualTo(13);
        assertThat(library.stats(15).count()).isZero();
    }

    @Test
    void readersSeeWholeStatisticsWhileRefreshesRun() throws Exception {
        MovieLibrary live = Fixtures.library();
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicInteger inconsistent = new java.util.concurrent.atomic.AtomicInteger();
        Thread reader = new Thread(() -> {
            while (running.get()) {
                DatasetStats stats = live.datasetStats();
                if (Arrays.stream(stats.ratingBins()).sum() != stats.ratings()) {
                    inconsistent.incrementAndGet();
                }
                live.browse(new MovieQuery(null, null, null, null, null, null, MovieQuery.Sort.RATING, 0, 20));
            }
        });
        reader.start();
        for (int n = 1; n <= 2000; n++) {
            live.refresh(Map.of(15, Map.of(4.5f, n)), 21, new long[] {1});
        }
        running.set(false);
        reader.join();
        assertThat(inconsistent.get()).isZero();
        assertThat(live.stats(15).count()).isEqualTo(2000);
    }

    @Test
    void logHistogramBinsByPowersOfTwo() {
        List<DatasetStats.Bin> bins = DatasetStats.logHistogram(new int[] {0, 1, 2, 3, 4, 7, 8});
        assertThat(bins).containsExactly(new DatasetStats.Bin(0, 0, 1), new DatasetStats.Bin(1, 1, 1), new DatasetStats.Bin(2, 3, 2),
                new DatasetStats.Bin(4, 7, 2), new DatasetStats.Bin(8, 15, 1));
    }

    private static List<Integer> ids(List<MovieStats> stats) {
        return stats.stream().map(s -> s.movie().id()).toList();
    }
}
