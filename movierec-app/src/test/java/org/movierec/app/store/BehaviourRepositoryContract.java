package org.movierec.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.movierec.app.store.EventRepository.Event;
import org.movierec.app.store.ExperimentRepository.Experiment;
import org.movierec.app.store.OnlineCountsRepository.Counts;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The behaviour repositories (watchlist, impressions, events, experiments, online counts) on a database
 * holding the tiny fixture; run on SQLite and PostgreSQL by {@link WebRepositoryContract}'s subclasses.
 */
interface BehaviourRepositoryContract {

    JdbcClient jdbc();

    WebAccountRepository accounts();

    @Test
    default void theWatchlistAddsOnceListsLatestFirstAndRemoves() throws InterruptedException {
        WatchlistRepository watchlist = new WatchlistRepository(jdbc());
        int user = accounts().create("watcher", "hash", "USER").userId();
        assertThat(watchlist.add(user, 10)).isTrue();
        assertThat(watchlist.add(user, 10)).isFalse();
        jdbc().sql("UPDATE watchlist SET added_at = added_at - 60 WHERE movie_id = 10").update();
        assertThat(watchlist.add(user, 20)).isTrue();
        assertThat(watchlist.entries(user)).extracting(WatchlistRepository.Entry::movieId).containsExactly(20, 10);
        assertThat(watchlist.contains(user, 10)).isTrue();
        assertThat(watchlist.remove(user, 10)).isTrue();
        assertThat(watchlist.remove(user, 10)).isFalse();
        assertThat(watchlist.entries(user)).extracting(WatchlistRepository.Entry::movieId).containsExactly(20);
    }

    @Test
    default void eventsCarryTheirImpressionsModelAndAreDeletedWithThem() {
        ImpressionRepository impressions = new ImpressionRepository(jdbc());
        EventRepository events = new EventRepository(jdbc());
        int alice = accounts().create("alice2", "hash", "USER").userId();
        int bob = accounts().create("bob2", "hash", "USER").userId();
        long shown = impressions.record(alice, "ease", null, List.of(30, 10, 20));
        assertThat(impressions.find(alice, shown)).get().extracting(ImpressionRepository.Impression::algorithm).isEqualTo("ease");
        assertThat(impressions.find(bob, shown)).isEmpty();
        assertThat(impressions.position(shown, 20)).contains(2);
        assertThat(impressions.position(shown, 40)).isEmpty();
        events.record(alice, EventType.VIEW, 40, null, null);
        events.record(alice, EventType.CLICK, 20, shown, 2);
        events.record(bob, EventType.VIEW, 10, null, null);
        List<Event> mine = events.events(alice, 0, 10);
        assertThat(mine).extracting(Event::type).containsExactlyInAnyOrder(EventType.VIEW, EventType.CLICK);
        Event click = mine.stream().filter(e -> e.type() == EventType.CLICK).findFirst().orElseThrow();
        assertThat(click.algorithm()).isEqualTo("ease");
        assertThat(click.position()).isEqualTo(2);
        assertThat(events.deleteAll(alice)).isEqualTo(2);
        assertThat(events.events(alice, 0, 10)).isEmpty();
        assertThat(impressions.find(alice, shown)).isEmpty();
        assertThat(events.events(bob, 0, 10)).hasSize(1);
    }

    @Test
    default void startingAnExperimentStopsTheRunningOne() {
        ExperimentRepository experiments = new ExperimentRepository(jdbc());
        long first = experiments.start("one", List.of("ease", "ials"));
        long second = experiments.start("two", List.of("ease", "svd", "ials"));
        assertThat(experiments.running()).get().extracting(Experiment::id).isEqualTo(second);
        assertThat(experiments.find(first)).get().extracting(Experiment::running).isEqualTo(false);
        assertThat(experiments.find(second).orElseThrow().arms()).containsExactly("ease", "svd", "ials");
        assertThat(experiments.stop(second)).isTrue();
        assertThat(experiments.stop(second)).isFalse();
        assertThat(experiments.running()).isEmpty();
    }

    @Test
    default void onlineCountsFollowImpressionsClicksWatchlistAddsAndLaterRatings() {
        ImpressionRepository impressions = new ImpressionRepository(jdbc());
        EventRepository events = new EventRepository(jdbc());
        ExperimentRepository experiments = new ExperimentRepository(jdbc());
        int user = accounts().create("carol", "hash", "USER").userId();
        long experiment = experiments.start("ab", List.of("ease", "ials"));
        long a = impressions.record(user, "ease", experiment, List.of(10, 20, 30));
        long b = impressions.record(user, "ease", null, List.of(20, 30));
        long c = impressions.record(user, "ials", experiment, List.of(40, 30));
        events.record(user, EventType.CLICK, 30, a, 2);
        events.record(user, EventType.CLICK, 10, a, 0);
        events.record(user, EventType.WATCHLIST, 40, c, 0);
        new WebRatingRepository(jdbc()).put(user, 20, 4f);
        assertThat(impressions.find(user, b)).isPresent();
        List<Counts> all = new OnlineCountsRepository(jdbc()).counts(0, null, 2, false);
        assertThat(all).containsExactlyInAnyOrder(new Counts("ease", -1, 2, 2, 1, 1, 0, 2), new Counts("ials", -1, 1, 0, 0, 0, 1, 0));
        List<Counts> arms = new OnlineCountsRepository(jdbc()).counts(0, experiment, 1, false);
        assertThat(arms).containsExactlyInAnyOrder(new Counts("ease", -1, 1, 2, 1, 1, 0, 1), new Counts("ials", -1, 1, 0, 0, 0, 1, 0));
        List<Counts> days = new OnlineCountsRepository(jdbc()).counts(0, null, 2, true);
        assertThat(days).allSatisfy(d -> assertThat(d.day()).isPositive().matches(day -> day % 86_400 == 0));
    }
}
