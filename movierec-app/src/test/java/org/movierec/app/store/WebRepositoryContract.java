package org.movierec.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.movierec.app.store.ModelRecordRepository.ModelRecord;
import org.movierec.core.data.Tag;
import org.movierec.core.util.Progress;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The web application's repositories (accounts, ratings and hidden movies, tags, model records) on a
 * database holding the tiny fixture; subclasses say where the database is.
 */
abstract class WebRepositoryContract {
    Database database;
    WebAccountRepository accounts;
    WebRatingRepository ratings;
    ModelRecordRepository models;
    JdbcClient jdbc;

    /** A location of a fresh, empty database. */
    abstract String freshLocation() throws Exception;

    /** Releases whatever freshLocation created. */
    void dispose() throws Exception {
    }

    @BeforeEach
    void open() throws Exception {
        database = Database.open(freshLocation());
        new DatabaseImporter(database).importDataset(Fixtures.tiny("tiny", false), Progress.NONE);
        jdbc = JdbcClient.create(database.dataSource());
        accounts = new WebAccountRepository(jdbc);
        ratings = new WebRatingRepository(jdbc);
        models = new ModelRecordRepository(database);
    }

    @AfterEach
    void close() throws Exception {
        if (database != null) {
            database.close();
        }
        dispose();
    }

    @Test
    void accountsGetANewRatingUserAndUniqueNames() {
        Account alice = accounts.create("alice", "hash-a", "USER");
        assertThat(alice.userId()).isEqualTo(5);
        assertThat(accounts.create("bob", "hash-b", "ADMIN").userId()).isEqualTo(6);
        assertThat(accounts.exists("alice")).isTrue();
        assertThat(accounts.exists("carol")).isFalse();
        assertThat(accounts.anyWithRole("ADMIN")).isTrue();
        assertThatThrownBy(() -> accounts.create("alice", "other", "USER")).isInstanceOf(DuplicateKeyException.class);
        accounts.updatePassword("alice", "hash-new");
        assertThat(accounts.findByUsername("alice").orElseThrow().passwordHash()).isEqualTo("hash-new");
        assertThat(accounts.findByUsername("' OR '1'='1")).isEmpty();
    }

    @Test
    void ratingsAreSetChangedCountedAndRemoved() {
        int user = accounts.create("alice", "hash", "USER").userId();
        assertThat(ratings.ratingCounts(10)).containsExactlyInAnyOrderEntriesOf(Map.of(4f, 1, 5f, 1));
        ratings.put(user, 10, 4f);
        ratings.put(user, 20, 2.5f);
        ratings.put(user, 20, 3f);
        assertThat(ratings.rating(user, 20)).isEqualTo(3f);
        assertThat(ratings.ratingMap(user)).containsOnlyKeys(10, 20);
        assertThat(ratings.ratingCounts(10)).containsExactlyInAnyOrderEntriesOf(Map.of(4f, 2, 5f, 1));
        assertThat(ratings.delete(user, 10)).isTrue();
        assertThat(ratings.delete(user, 10)).isFalse();
        assertThat(ratings.rating(user, 10)).isNull();
        assertThat(ratings.ratingCounts(10)).containsExactlyInAnyOrderEntriesOf(Map.of(4f, 1, 5f, 1));
        long[] times = ratings.timestamps(user);
        assertThat(times).hasSize(1);
        assertThat(times[0]).isCloseTo(java.time.Instant.now().getEpochSecond(), org.assertj.core.api.Assertions.within(600L));
        assertThat(ratings.timestamps(user + 1000)).isEmpty();
        ratings.hide(user, 30);
        ratings.hide(user, 30);
        assertThat(ratings.hidden(user)).containsExactly(30);
        assertThat(ratings.ratingMap(1)).containsOnlyKeys(10, 20);
    }

    @Test
    void concurrentRatingsOfOneUserAreAllKept() throws Exception {
        int user = accounts.create("alice", "hash", "USER").userId();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> writes = List.of(10, 20, 30, 40).stream()
                    .map(movie -> pool.submit(() -> ratings.put(user, movie, movie / 10f), true)).toList();
            for (Future<Boolean> write : writes) {
                write.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(ratings.ratingMap(user)).containsExactlyInAnyOrderEntriesOf(Map.of(10, 1f, 20, 2f, 30, 3f, 40, 4f));
    }

    @Test
    void concurrentSignUpsGetDistinctUsersAndOneNameOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Account>> distinct = java.util.stream.IntStream.range(0, 8)
                    .mapToObj(k -> pool.submit(() -> accounts.create("racer" + k, "hash", "USER"))).toList();
            java.util.Set<Integer> users = new java.util.HashSet<>();
            for (Future<Account> account : distinct) {
                users.add(account.get().userId());
            }
            assertThat(users).hasSize(8);
            List<Future<Boolean>> same = java.util.stream.IntStream.range(0, 6).mapToObj(k -> pool.submit(() -> {
                try {
                    accounts.create("sameName", "hash", "USER");
                    return true;
                } catch (DuplicateKeyException e) {
                    return false;
                }
            })).toList();
            int made = 0;
            for (Future<Boolean> attempt : same) {
                made += attempt.get() ? 1 : 0;
            }
            assertThat(made).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void tagsReadBack() {
        assertThat(new WebTagRepository(jdbc).all()).extracting(Tag::tag).containsExactlyInAnyOrder("cyberpunk", "pixar", "Pixar");
    }

    @Test
    void modelRecordsKeepMetricsAndOneDefault() {
        assertThat(models.defaultAlgorithm()).isEmpty();
        long first = models.add("ease", "lambda=500", Instant.ofEpochSecond(1000), "{\"ratings\":4}", "/m/ease.model");
        models.add("svd", "factors=50", Instant.ofEpochSecond(1001), "{\"ratings\":4}", null);
        long again = models.add("ease", "lambda=500", Instant.ofEpochSecond(1002), "{\"ratings\":5}", "/m/ease.model");
        models.setMetrics(again, "{\"ndcg@10\":0.25}");
        assertThat(models.setDefault("ease")).isTrue();
        assertThat(models.defaultAlgorithm()).contains("ease");
        assertThat(models.setDefault("svd")).isTrue();
        assertThat(models.defaultAlgorithm()).contains("svd");
        assertThat(models.setDefault("userknn")).isFalse();
        assertThat(models.defaultAlgorithm()).contains("svd");
        List<ModelRecord> latest = models.latest();
        assertThat(latest).extracting(ModelRecord::algorithm).containsExactly("svd", "ease");
        ModelRecord ease = latest.get(1);
        assertThat(ease.id()).isEqualTo(again).isNotEqualTo(first);
        assertThat(ease.metrics()).isEqualTo("{\"ndcg@10\":0.25}");
        assertThat(ease.trainedAt()).isEqualTo(Instant.ofEpochSecond(1002));
        assertThat(ease.dataSnapshot()).isEqualTo("{\"ratings\":5}");
        assertThat(ease.isDefault()).isFalse();
        assertThat(latest.get(0).isDefault()).isTrue();
        assertThat(latest.get(0).filePath()).isEmpty();
    }
}
