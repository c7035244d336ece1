package org.movierec.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.List;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.ScoredItem;
import org.movierec.core.data.ItemFeatures;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingMatrix;

class ModelTrainerTest {
    @TempDir
    Path dir;

    @Test
    void trainsSavesAndLoadsTheSameModel() {
        ModelTrainer trainer = new ModelTrainer(Fixtures.registry(), dir);
        assertThat(trainer.available("ease:min-support=5,cosine:shrink=2").stream().map(a -> a.params().get("shrink"))).containsExactly(2.0);
        assertThat(trainer.load("cosine")).isEmpty();
        TrainedModel trained = trainer.loadOrTrain(new CosineAlgorithm(0), Fixtures.ratings());
        assertThat(trained.file()).exists();
        TrainedModel loaded = trainer.load("cosine").orElseThrow();
        Profile profile = Profile.anonymous(new int[] {0, 3}, new float[] {5f, 2f});
        for (int item = 0; item < trained.model().itemCount(); item++) {
            assertThat(loaded.model().predict(profile, item)).isEqualTo(trained.model().predict(profile, item));
        }
        assertThat(loaded.items().ids()).containsExactly(trained.items().ids());
    }

    @Test
    void contentAndHybridModelsGetTheServedMoviesFeaturesAndRankMoviesNobodyRated() {
        MovieLibrary library = Fixtures.library();
        ModelTrainer trainer = new ModelTrainer(AlgorithmRegistry.standard(), dir, library::itemFeatures);
        RatingMatrix ratings = library.ratings();
        int amelie = ratings.items().indexOf(15);
        assertThat(amelie).as("the unrated catalogue movie is in the served index").isNotNegative();
        Profile romance = Profile.anonymous(new int[] {ratings.items().indexOf(7), ratings.items().indexOf(8)}, new float[] {5f, 5f});
        for (String name : List.of("content", "hybrid")) {
            TrainedModel trained = trainer.loadOrTrain(trainer.registry().parse(name), ratings);
            List<Integer> ranked = trained.model().recommend(romance, ratings.itemCount(), item -> true).stream()
                    .map(ScoredItem::item).toList();
            assertThat(ranked).as(name).contains(amelie);
            for (int saga = 1; saga <= 6 && name.equals("content"); saga++) {
                assertThat(ranked.indexOf(amelie)).as("%s: the unrated romance above Space Saga %d", name, saga)
                        .isLessThan(ranked.indexOf(ratings.items().indexOf(saga)));
            }
            assertThat(trainer.load(name)).as(name + " saved and loaded").isPresent();
        }
    }

    @Test
    void aCorruptFileIsIgnoredAndTheModelTrainedAgain() throws Exception {
        ModelTrainer trainer = new ModelTrainer(Fixtures.registry(), dir);
        Files.writeString(dir.resolve("cosine.model"), "not a model");
        assertThat(trainer.load("cosine")).isEmpty();
        TrainedModel trained = trainer.loadOrTrain(new CosineAlgorithm(0), Fixtures.ratings());
        assertThat(trained.trainingTime()).isPositive();
        assertThat(trainer.load("cosine")).isPresent();
    }

    @Test
    void aSavedModelOfOtherDataIsTrainedAgain() throws Exception {
        new ModelTrainer(Fixtures.registry(), dir, ItemFeatures::empty, () -> "first@aa").loadOrTrain(new CosineAlgorithm(0),
                Fixtures.ratings());
        ModelTrainer sameData = new ModelTrainer(Fixtures.registry(), dir, ItemFeatures::empty, () -> "first@aa");
        assertThat(sameData.load("cosine")).isPresent();
        ModelTrainer otherData = new ModelTrainer(Fixtures.registry(), dir, ItemFeatures::empty, () -> "second@bb");
        assertThat(otherData.load("cosine")).isEmpty();
        assertThat(otherData.loadOrTrain(new CosineAlgorithm(0), Fixtures.ratings()).trainingTime()).isPositive();
        assertThat(otherData.load("cosine")).isPresent();
        assertThat(sameData.load("cosine")).as("the file now belongs to the second data").isEmpty();
        Files.delete(dir.resolve("cosine.model.data"));
        assertThat(otherData.load("cosine")).as("a model of unknown data").isEmpty();
    }

    @Test
    void aSavedModelWithOtherParametersIsTrainedAgain() {
        ModelTrainer trainer = new ModelTrainer(Fixtures.registry(), dir);
        trainer.loadOrTrain(new CosineAlgorithm(0), Fixtures.ratings());
        assertThat(trainer.loadOrTrain(new CosineAlgorithm(0), Fixtures.ratings()).trainingTime()).isZero();
        TrainedModel retrained = trainer.loadOrTrain(new CosineAlgorithm(3), Fixtures.ratings());
        assertThat(retrained.trainingTime()).isPositive();
        assertThat(retrained.params()).containsEntry("shrink", "3.0");
    }

    @Test
    void contentModelsLearnFromTheLibrarysItemFeatures() {
        MovieLibrary library = Fixtures.library();
        AlgorithmRegistry standard = AlgorithmRegistry.standard();
        ModelTrainer trainer = new ModelTrainer(standard, dir, library::itemFeatures);
        TrainedModel content = trainer.train(standard.parse("content"), library.ratings());
        // Space Saga 5 shares genres and both directors with the Matrix; Love Story 7 shares nothing with it.
        Profile matrixFan = RecommendationService.profile(content, java.util.Map.of(14, 5f));
        double saga5 = content.model().predict(matrixFan, content.items().indexOf(5));
        double love7 = content.model().predict(matrixFan, content.items().indexOf(7));
        assertThat(saga5).isGreaterThan(Double.isNaN(love7) ? Double.NEGATIVE_INFINITY : love7);
        assertThat(trainer.load("content")).isPresent();

        TrainedModel blind = new ModelTrainer(standard, dir.resolve("blind")).train(standard.parse("content"), library.ratings());
        assertThat(blind.model().predict(matrixFan, blind.items().indexOf(5))).isNaN();
    }

    @Test
    void registrySwapsAtomicallyAndKeepsTheFirstAsDefault() {
        ModelRegistry registry = new ModelRegistry();
        assertThat(registry.defaultModel()).isEmpty();
        TrainedModel first = Fixtures.trainedModel();
        registry.put(first);
        TrainedModel second = Fixtures.trainedModel();
        registry.put(second);
        assertThat(registry.all()).hasSize(1);
        assertThat(registry.defaultModel()).containsSame(second);
        assertThat(registry.get("cosine")).containsSame(second);
    }
}
