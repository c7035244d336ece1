package org.movierec.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecommendationServiceTest {
    private final ModelRegistry models = new ModelRegistry();
    private final RecommendationService service = new RecommendationService(Fixtures.library(), models);

    @Test
    void withoutModelAnswersHighlyRatedPopularMoviesExceptRatedOnes() {
        List<Recommendation> recs = service.recommend(Map.of(13, 5f), RecommendationService.Request.top(3));
        assertThat(recs).hasSize(3).allSatisfy(r -> {
            assertThat(r.source()).isEqualTo(RecommendationService.POPULAR);
            assertThat(r.stats().movie().id()).isNotEqualTo(13);
            assertThat(r.explanation()).startsWith("Highly rated");
        });
    }

    @Test
    void foldsInTheProfileSoTastesGetTheirOwnMovies() {
        models.put(Fixtures.trainedModel());
        List<Recommendation> scifi = service.recommend(Map.of(1, 5f, 2, 5f, 7, 1f), RecommendationService.Request.top(3));
        List<Recommendation> romance = service.recommend(Map.of(7, 5f, 8, 5f, 1, 1f), RecommendationService.Request.top(3));
        assertThat(ids(scifi)).allMatch(id -> id >= 3 && id <= 6 || id == 14).doesNotContain(1, 2, 7);
        assertThat(ids(romance)).allMatch(id -> id >= 9 && id <= 12).doesNotContain(7, 8, 1);
        assertThat(scifi.get(0).source()).isEqualTo("cosine");
        assertThat(scifi.get(0).explanation()).startsWith("Because you ").contains("Space Saga");
        assertThat(scifi.get(0).because()).isNotEmpty().containsAnyOf(1, 2);
    }

    @Test
    void aNewRatingChangesTheNextAnswer() {
        models.put(Fixtures.trainedModel());
        List<Integer> before = ids(service.recommend(Map.of(1, 5f), RecommendationService.Request.top(4)));
        List<Integer> after = ids(service.recommend(Map.of(1, 5f, 3, 1f, 4, 1f, 9, 5f, 10, 5f), RecommendationService.Request.top(4)));
        assertThat(after).isNotEqualTo(before).doesNotContain(1, 3, 4, 9, 10);
    }

    @Test
    void explanationsSayLikedOnlyForHighRatings() {
        models.put(Fixtures.trainedModel());
        assertThat(service.recommend(Map.of(1, 5f, 2, 4.5f), RecommendationService.Request.top(1)).get(0).explanation())
                .startsWith("Because you liked Space Saga");
        assertThat(service.recommend(Map.of(7, 0.5f, 8, 1f), RecommendationService.Request.top(1)).get(0).explanation())
                .startsWith("Because you rated Love Story");
    }

    @Test
    void filtersByGenreYearAndHidden() {
        models.put(Fixtures.trainedModel());
        var request = new RecommendationService.Request(10, null, "Thriller", null, null, Set.of());
        assertThat(ids(service.recommend(Map.of(1, 5f), request))).containsExactly(14);
        var hidden = new RecommendationService.Request(10, null, null, 1975, 1980, Set.of(5));
        assertThat(ids(service.recommend(Map.of(1, 5f), hidden))).containsExactlyInAnyOrder(6);
    }

    @Test
    void padsWithPopularMoviesWhenTheModelRunsOut() {
        models.put(Fixtures.trainedModel());
        List<Recommendation> recs = service.recommend(Map.of(1, 5f), RecommendationService.Request.top(14));
        assertThat(recs).hasSize(13);
        assertThat(ids(recs)).doesNotHaveDuplicates().doesNotContain(1);
    }

    @Test
    void unknownAlgorithmIsABadRequest() {
        models.put(Fixtures.trainedModel());
        assertThatThrownBy(() -> service.recommend(Map.of(), new RecommendationService.Request(5, "svd", null, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("svd").hasMessageContaining("cosine");
        assertThatThrownBy(() -> RecommendationService.Request.top(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void similarMoviesShareTheTaste() {
        assertThat(service.similar(1, 3)).isEmpty();
        models.put(Fixtures.trainedModel());
        assertThat(ids(service.similar(8, 3))).allMatch(id -> id >= 7 && id <= 12).doesNotContain(8);
    }

    private static List<Integer> ids(List<Recommendation> recs) {
        return recs.stream().map(r -> r.stats().movie().id()).toList();
    }
}
