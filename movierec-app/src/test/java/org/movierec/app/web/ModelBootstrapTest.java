package org.movierec.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movierec.app.cluster.ClusterProperties;
import org.movierec.app.cluster.InstanceIdentity;
import org.movierec.app.cluster.ModelPublisher;
import org.movierec.app.cluster.ModelRollout;
import org.movierec.app.cluster.ServedVersions;
import org.movierec.app.cluster.TrainingLease;
import org.movierec.app.service.Fixtures;
import org.movierec.app.service.ModelRegistry;
import org.movierec.app.service.ModelTrainer;
import org.movierec.app.service.MovieLibrary;
import org.movierec.app.service.RecommendationService;
import org.movierec.app.store.Database;
import org.movierec.app.store.ModelRecordRepository.ModelRecord;
import org.movierec.app.store.PublishedModelRepository;
import org.movierec.app.store.TrainingLeaseRepository;
import org.movierec.core.algo.AlgorithmRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Starts of the model bootstrap over one database: trainings recorded, the chosen default kept across restarts. */
class ModelBootstrapTest {
    @TempDir
    Path folder;

    @Test
    void theDefaultChosenOnTheModelsPageIsTheDefaultAfterARestart() throws Exception {
        MovierecProperties properties = new MovierecProperties(folder.resolve("m.db").toString(), folder, null, null,
                List.of("popular", "baseline"), null, null, null, null);
        ModelTrainer trainer = new ModelTrainer(AlgorithmRegistry.standard(), folder.resolve("models"));
        try (Database database = Database.open(properties.database())) {
            ModelRegistry first = new ModelRegistry();
            ModelJobs jobs = jobs(trainer, first, database);
            MovieLibrary library = Fixtures.library();
            ModelBootstrap bootstrap = new ModelBootstrap(properties, trainer, first, library, jobs,
                    new RecommendationService(library, first), rollout(trainer, jobs, first, database));
            assertThat(first.defaultName()).contains("popular");
            assertThat(jobs.savedDefault()).as("no admin choice yet").isEmpty();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (first.get("baseline").isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            jobs.awaitIdle();
            ModelRecord mostAccurate = jobs.latestRecords().stream()
                    .max(java.util.Comparator.comparingDouble(r -> ModelJobs.metrics(r).get(ModelJobs.RANKING_METRIC))).orElseThrow();
            assertThat(first.defaultName()).as("the most accurate model serves by default").contains(mostAccurate.algorithm());
            jobs.makeDefault("baseline");
            bootstrap.destroy();
            jobs.awaitIdle();
            jobs.awaitIdle();
            assertThat(jobs.latestRecords()).extracting(ModelRecord::algorithm).containsExactlyInAnyOrder("popular", "baseline");
            assertThat(jobs.latestRecords()).allSatisfy(r -> assertThat(ModelJobs.metrics(r)).containsKey("ndcg@10"));
            jobs.destroy();
            try (java.sql.Connection connection = database.connection(); java.sql.Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE models SET metrics = NULL WHERE algorithm = 'baseline'");
            }

            ModelRegistry second = new ModelRegistry();
            ModelJobs restarted = jobs(trainer, second, database);
            new ModelBootstrap(properties, trainer, second, library, restarted, new RecommendationService(library, second),
                    rollout(trainer, restarted, second, database)).destroy();
            assertThat(second.defaultName()).contains("baseline");
            assertThat(second.defaultModel().orElseThrow().trainingTime()).as("loaded from its file").isZero();
            restarted.awaitIdle();
            assertThat(restarted.latestRecords()).as("a loaded model is not recorded again").hasSize(2);
            assertThat(restarted.latestRecords()).as("an evaluation cut short is run again").filteredOn(r -> r.algorithm().equals("baseline"))
                    .singleElement().satisfies(r -> assertThat(ModelJobs.metrics(r)).containsKeys("rmse", "ndcg@10"));
            restarted.destroy();
        }
    }

    @Test
    void aModelThatCannotBeTrainedIsSkippedAndTheNextOneServes() throws Exception {
        // itemknn-implicit refuses more items than max-items: first as the default, then in the background
        String refused = "itemknn-implicit:interpolation=1,max-items=1";
        MovierecProperties properties = new MovierecProperties(folder.resolve("m.db").toString(), folder, null, null,
                List.of(refused, "popular", "baseline"), null, null, null, null);
        ModelTrainer trainer = new ModelTrainer(AlgorithmRegistry.standard(), folder.resolve("models"));
        try (Database database = Database.open(properties.database())) {
            ModelRegistry registry = new ModelRegistry();
            ModelJobs jobs = jobs(trainer, registry, database);
            MovieLibrary library = Fixtures.library();
            ModelBootstrap bootstrap = new ModelBootstrap(properties, trainer, registry, library, jobs,
                    new RecommendationService(library, registry), rollout(trainer, jobs, registry, database));
            assertThat(registry.defaultName()).contains("popular");
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (registry.get("baseline").isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(registry.all()).extracting(m -> m.name()).containsExactlyInAnyOrder("popular", "baseline");
            assertThat(jobs.jobs().get("itemknn-implicit").state()).isEqualTo("failed");
            assertThat(jobs.jobs().get("itemknn-implicit").message()).startsWith("not trained: itemknn-implicit with interpolation");
            bootstrap.destroy();
            jobs.awaitIdle();
            jobs.destroy();
        }
    }

    private static ModelJobs jobs(ModelTrainer trainer, ModelRegistry registry, Database database) {
        return new ModelJobs(trainer, registry, database,
                new ModelPublisher(new PublishedModelRepository(JdbcClient.create(database.dataSource())), new ServedVersions()),
                lease(database));
    }

    private static ModelRollout rollout(ModelTrainer trainer, ModelJobs jobs, ModelRegistry registry, Database database) {
        return new ModelRollout(trainer, jobs, registry, new PublishedModelRepository(JdbcClient.create(database.dataSource())),
                lease(database), new ServedVersions(), new ClusterProperties(null, null, null));
    }

    private static TrainingLease lease(Database database) {
        return new TrainingLease(new TrainingLeaseRepository(JdbcClient.create(database.dataSource())), new InstanceIdentity(0),
                new ClusterProperties(null, null, null));
    }
}
