package org.movierec.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.movierec.app.service.MovieLibrary;
import org.movierec.app.service.MovieStats;
import org.movierec.app.store.ApiTokenRepository;
import org.movierec.app.store.WebRatingRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Many API clients at once, several per account: each rates, re-rates, deletes and imports its own movies (clients of
 * one account share the account but not the movies). Afterwards every account holds exactly the ratings its clients
 * last left (nothing lost, nothing from nowhere), and the live statistics equal the database's.
 */
class ConcurrentClientsTest extends WebTestSupport {
    private static final int ACCOUNTS = 3;
    private static final int CLIENTS = 6;
    private static final int OPERATIONS = 25;
    private static final int MOVIES = 15;

    @Autowired
    ApiTokenRepository tokens;

    @Autowired
    WebRatingRepository ratings;

    @Autowired
    MovieLibrary library;

    @Test
    void noRatingIsLostOrInventedAndTheStatisticsMatchTheDatabase() throws Exception {
        List<AccountUser> users = new ArrayList<>();
        List<String> bearer = new ArrayList<>();
        for (int k = 0; k < ACCOUNTS; k++) {
            AccountUser user = newUser();
            users.add(user);
            bearer.add("Bearer " + tokens.create(user.accountId(), "concurrency test"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Map<Integer, Float>>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(pool.submit(() -> run(client, bearer.get(client % ACCOUNTS))));
        }
        List<Map<Integer, Float>> expected = new ArrayList<>();
        for (int k = 0; k < ACCOUNTS; k++) {
            expected.add(new HashMap<>());
        }
        for (int c = 0; c < CLIENTS; c++) {
            expected.get(c % ACCOUNTS).putAll(clients.get(c).get());
        }
        pool.shutdown();
        for (int k = 0; k < ACCOUNTS; k++) {
            assertThat(ratings.ratingMap(users.get(k).userId())).as("the ratings of account %d", k).isEqualTo(expected.get(k));
        }
        for (int movie = 1; movie <= MOVIES; movie++) {
            MovieStats live = library.stats(movie);
            MovieStats stored = library.stats(movie, ratings.ratingCounts(movie));
            assertThat(live.count()).as("ratings of movie %d", movie).isEqualTo(stored.count());
            assertThat(live.histogram()).as("histogram of movie %d", movie).isEqualTo(stored.histogram());
        }
    }

    /** One client's operations on its own movies; answers the ratings it left (movie → rating). */
    private Map<Integer, Float> run(int client, String authorization) throws Exception {
        List<Integer> own = new ArrayList<>();
        for (int movie = 1; movie <= MOVIES; movie++) {
            if ((movie - 1) % CLIENTS == client) {
                own.add(movie);
            }
        }
        Random random = new Random(client);
        Map<Integer, Float> left = new HashMap<>();
        for (int k = 0; k < OPERATIONS; k++) {
            int movie = own.get(random.nextInt(own.size()));
            float rating = 0.5f * (1 + random.nextInt(10));
            switch (random.nextInt(3)) {
                case 0 -> {
                    mvc.perform(put("/api/me/ratings/" + movie).header("Authorization", authorization)
                            .contentType(MediaType.APPLICATION_JSON).content("{\"rating\":" + rating + "}"))
                            .andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(200));
                    left.put(movie, rating);
                }
                case 1 -> {
                    int status = mvc.perform(delete("/api/me/ratings/" + movie).header("Authorization", authorization))
                            .andReturn().getResponse().getStatus();
                    assertThat(status).isEqualTo(left.containsKey(movie) ? 204 : 404);
                    left.remove(movie);
                }
                default -> {
                    StringBuilder csv = new StringBuilder("movieId,rating\n");
                    for (int m : own) {
                        csv.append(m).append(',').append(rating).append('\n');
                        left.put(m, rating);
                    }
                    mvc.perform(post("/api/me/ratings/import").header("Authorization", authorization)
                            .contentType("text/csv").content(csv.toString()))
                            .andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(200));
                }
            }
        }
        return left;
    }
}
