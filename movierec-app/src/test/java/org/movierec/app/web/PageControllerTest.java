package org.movierec.app.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.movierec.app.service.RecommendationService;
import org.movierec.app.store.WebRatingRepository;
import org.springframework.beans.factory.annotation.Autowired;

class PageControllerTest extends WebTestSupport {
    /** The session cookie (Spring Session: sessions are kept in the database). */
    private static final String SESSION = "SESSION";
    @Autowired
    RecommendationService service;

    @Autowired
    WebRatingRepository ratings;

    @Test
    void homeSignedOutShowsPopularAndASignUpCall() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(containsString("Popular")))
                .andExpect(content().string(containsString("Highly rated")))
                .andExpect(content().string(containsString("href=\"/signup\"")))
                .andExpect(content().string(containsString("Toy Story (1995)")));
    }

    @Test
    void homeSignedInShowsTopPicksWithReasons() throws Exception {
        AccountUser me = newUser();
        ratings.put(me.userId(), 1, 5f);
        ratings.put(me.userId(), 2, 5f);
        mvc.perform(get("/").with(user(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Top picks for you")))
                .andExpect(content().string(containsString("Because you liked Space Saga")));
    }

    @Test
    void signUpSignsInWithANewSessionAndLeadsToOnboarding() throws Exception {
        mvc.perform(post("/signup").param("username", "newcomer").param("password", PASSWORD).param("confirm", PASSWORD))
                .andExpect(status().isForbidden());
        AccountUser other = newUser();
        Cookie before = mvc.perform(post("/login").with(csrf()).param("username", other.getUsername()).param("password", PASSWORD))
                .andReturn().getResponse().getCookie(SESSION);
        org.assertj.core.api.Assertions.assertThat(before).as("a session from an earlier sign-in").isNotNull();
        Cookie after = mvc.perform(post("/signup").cookie(before).with(csrf())
                        .param("username", "newcomer").param("password", PASSWORD).param("confirm", PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/onboarding"))
                .andReturn().getResponse().getCookie(SESSION);
        org.assertj.core.api.Assertions.assertThat(after).as("a new session id at sign-up").isNotNull();
        org.assertj.core.api.Assertions.assertThat(after.getValue()).isNotEqualTo(before.getValue());
        mvc.perform(get("/ratings").cookie(after)).andExpect(status().isOk()).andExpect(content().string(containsString("newcomer")));
        mvc.perform(post("/signup").with(csrf()).param("username", "newcomer").param("password", PASSWORD).param("confirm", PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That username is taken")));
        mvc.perform(post("/signup").with(csrf()).param("username", "<script>x</script>").param("password", "short").param("confirm", "other"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A username has 3 to 40")))
                .andExpect(content().string(containsString("at least 8 characters")))
                .andExpect(content().string(containsString("The two passwords differ")))
                .andExpect(content().string(not(containsString("<script>x</script>"))));
    }

    @Test
    void signInWorksAndIsThrottledAfterRepeatedFailures() throws Exception {
        AccountUser me = newUser();
        mvc.perform(post("/login").with(csrf()).param("username", me.getUsername()).param("password", PASSWORD))
                .andExpect(authenticated().withUsername(me.getUsername()));
        mvc.perform(post("/login").param("username", me.getUsername()).param("password", PASSWORD))
                .andExpect(status().isForbidden());
        for (int k = 0; k < LoginThrottle.MAX_FAILURES; k++) {
            mvc.perform(post("/login").with(csrf()).param("username", me.getUsername()).param("password", "wrong" + k))
                    .andExpect(unauthenticated());
        }
        mvc.perform(post("/login").with(csrf()).param("username", me.getUsername()).param("password", PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(get("/login").param("throttled", ""))
                .andExpect(content().string(containsString("Too many sign-in attempts for this account from here")));
        mvc.perform(post("/login").with(csrf()).with(r -> {
            r.setRemoteAddr("10.20.30.40");
            return r;
        }).param("username", me.getUsername()).param("password", PASSWORD))
                .andExpect(authenticated().withUsername(me.getUsername()));
    }

    @Test
    void signOutNeedsAPostWithToken() throws Exception {
        AccountUser me = newUser();
        mvc.perform(post("/logout").with(user(me)).with(csrf())).andExpect(redirectedUrl("/?signedOut")).andExpect(unauthenticated());
    }

    @Test
    void moviePageListsSimilarAndAlsoLikedMovies() throws Exception {
        mvc.perform(get("/movies/2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h2>Similar movies</h2>")))
                .andExpect(content().string(containsString("What the cosine model recommends")))
                .andExpect(content().string(containsString("<h2>People who liked this also liked</h2>")))
                .andExpect(content().string(containsString("Similar in genre and tags")));
    }

    @Test
    void browseFiltersByDecade() throws Exception {
        mvc.perform(get("/browse").param("decade", "1990"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"1990\" selected=\"selected\">1990s</option>")))
                .andExpect(content().string(containsString("Toy Story (1995)")))
                .andExpect(content().string(containsString("Love Story 7 (1997)")))
                .andExpect(content().string(not(containsString("Space Saga 1 (1971)"))))
                .andExpect(content().string(not(containsString("Amélie (2001)"))));
        mvc.perform(get("/browse").param("decade", "1990").param("yearFrom", "1998"))
                .andExpect(content().string(containsString("Matrix, The (1999)")))
                .andExpect(content().string(not(containsString("Toy Story (1995)"))));
        mvc.perform(get("/browse").param("decade", "1995")).andExpect(status().isBadRequest());
    }

    @Test
    void exploreHasTheChartsNumbersAsTables() throws Exception {
        mvc.perform(get("/explore"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<caption>Ratings per movie</caption>")))
                .andExpect(content().string(containsString("<td>Animation</td>")));
    }

    @Test
    void withoutATmdbKeyPagesShowGeneratedPostersOnly() throws Exception {
        mvc.perform(get("/movies/13")).andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"poster\"")))
                .andExpect(content().string(not(containsString("poster-image"))));
        mvc.perform(get("/posters/13")).andExpect(status().isNotFound());
        mvc.perform(get("/posters/999")).andExpect(status().isNotFound());
    }

    @Test
    void withATmdbKeyThePosterAddressRedirectsToTheImage() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("movierec-posters");
        java.nio.file.Files.writeString(dir.resolve(TmdbPosters.CACHE_FILE), "862\t/toy.jpg\t1\n603\t\t1\n");
        TmdbPosters tmdb = new TmdbPosters(new TmdbProperties("key", java.net.URI.create("http://127.0.0.1:9/3/"), "https://img.example/w342",
                null, null, null), dir, java.time.Clock.systemUTC());
        PosterController controller = new PosterController(service, tmdb);
        assertThat(controller.poster(13).getStatusCode().value()).isEqualTo(302);
        assertThat(controller.poster(13).getHeaders().getFirst("Location")).isEqualTo("https://img.example/w342/toy.jpg");
        assertThat(controller.poster(14).getStatusCode().value()).isEqualTo(404);
        assertThat(new Posters(tmdb).real()).isTrue();
    }

    @Test
    void moviePageShowsStatsAndTheRatingControl() throws Exception {
        mvc.perform(get("/movies/13"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Toy Story (1995)")))
                .andExpect(content().string(containsString("pixar")))
                .andExpect(content().string(containsString("Sign in</a> to rate")));
        AccountUser me = newUser();
        ratings.put(me.userId(), 13, 3.5f);
        mvc.perform(get("/movies/13").with(user(me)))
                .andExpect(content().string(containsString("Your rating of Toy Story (1995)")))
                .andExpect(content().string(containsString("value=\"3.5\" checked")))
                .andExpect(content().string(containsString("Remove")));
        mvc.perform(get("/movies/14"))
                .andExpect(content().string(containsString("Directed by")))
                .andExpect(content().string(containsString("href=\"/people?name=Lana%20Wachowski\">Lana Wachowski</a>, <a class=\"person\" href=\"/people?name=Lilly%20Wachowski\">Lilly Wachowski</a>")))
                .andExpect(content().string(containsString("Keanu Reeves")))
                .andExpect(content().string(containsString("136 min")))
                .andExpect(content().string(containsString("Rated R")))
                .andExpect(content().string(containsString("A hacker learns what the world really is.")));
        mvc.perform(get("/movies/999")).andExpect(status().isNotFound()).andExpect(content().string(containsString("no movie with id 999")));
    }

    @Test
    void theRatingControlSetsChangesAndRemoves() throws Exception {
        AccountUser me = newUser();
        mvc.perform(post("/movies/7/rating").with(user(me)).param("rating", "4.5")).andExpect(status().isForbidden());
        mvc.perform(post("/movies/7/rating").with(user(me)).with(csrf()).param("rating", "4.5"))
                .andExpect(redirectedUrl("/movies/7"));
        org.assertj.core.api.Assertions.assertThat(ratings.rating(me.userId(), 7)).isEqualTo(4.5f);
        mvc.perform(post("/movies/7/rating").with(user(me)).with(csrf()).header("HX-Request", "true").param("rating", "2"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Trigger", "rated"))
                .andExpect(content().string(containsString("Saved: 2 stars")))
                .andExpect(content().string(not(containsString("<html"))));
        org.assertj.core.api.Assertions.assertThat(ratings.rating(me.userId(), 7)).isEqualTo(2f);
        mvc.perform(post("/movies/7/rating").with(user(me)).with(csrf()).param("rating", "9"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/movies/7/rating").with(user(me)).with(csrf()).header("HX-Request", "true").param("remove", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Retarget", "#stars-7"))
                .andExpect(content().string(containsString("id=\"stars-7\"")))
                .andExpect(content().string(containsString("Rating removed")))
                .andExpect(content().string(not(containsString("checked"))));
        org.assertj.core.api.Assertions.assertThat(ratings.rating(me.userId(), 7)).isNull();
        ratings.put(me.userId(), 7, 3f);
        mvc.perform(post("/movies/7/rating").with(user(me)).with(csrf()).param("remove", "true"))
                .andExpect(redirectedUrl("/movies/7"));
        org.assertj.core.api.Assertions.assertThat(ratings.rating(me.userId(), 7)).isNull();
        mvc.perform(post("/movies/7/rating").with(csrf()).param("rating", "4")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void myRatingsListAndExport() throws Exception {
        AccountUser me = newUser();
        ratings.put(me.userId(), 13, 4f);
        ratings.put(me.userId(), 14, 5f);
        mvc.perform(get("/ratings").with(user(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Toy Story (1995)")))
                .andExpect(content().string(containsString("Matrix, The (1999)")));
        mvc.perform(get("/ratings/export.csv").with(user(me)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(containsString("movieId,title,rating,timestamp")))
                .andExpect(content().string(containsString("13,Toy Story (1995),4.0,")))
                .andExpect(content().string(containsString("14,\"Matrix, The (1999)\",5.0,")));
        mvc.perform(get("/ratings")).andExpect(status().is3xxRedirection());
    }

    @Test
    void importACsvWithAReport() throws Exception {
        AccountUser me = newUser();
        org.springframework.mock.web.MockMultipartFile file = new org.springframework.mock.web.MockMultipartFile("file", "mine.csv", "text/csv",
                "movieId,rating\n13,4.5\n99,3\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/ratings/import").file(file).with(user(me)))
                .andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/ratings/import").file(file)
                        .with(user(me)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Imported 1 of 2 rows.")))
                .andExpect(content().string(containsString("line 3: movie id 99 is not in the catalogue")))
                .andExpect(content().string(containsString("Matched movies (1)")))
                .andExpect(content().string(containsString("Toy Story (1995): 4.5")));
        org.assertj.core.api.Assertions.assertThat(ratings.rating(me.userId(), 13)).isEqualTo(4.5f);
    }

    @Test
    void csvExportNeutralisesFormulas() {
        org.assertj.core.api.Assertions.assertThat(RatingsController.csv("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        org.assertj.core.api.Assertions.assertThat(RatingsController.csv("Heat (1995)")).isEqualTo("Heat (1995)");
    }

    @Test
    void recommendationsPageChoosesAlgorithmAndHidesMovies() throws Exception {
        AccountUser me = newUser();
        ratings.put(me.userId(), 7, 5f);
        ratings.put(me.userId(), 8, 5f);
        mvc.perform(get("/recommendations").with(user(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"cosine\" selected")))
                .andExpect(content().string(containsString("Love Story 9")))
                .andExpect(content().string(containsString("Because you liked Love Story")));
        mvc.perform(post("/movies/9/hide").with(user(me)).with(csrf())).andExpect(redirectedUrl("/recommendations"));
        mvc.perform(get("/recommendations").with(user(me)).param("genre", "Romance"))
                .andExpect(content().string(not(containsString("Love Story 9 (1999)"))))
                .andExpect(content().string(containsString("Love Story 10")));
        mvc.perform(get("/recommendations").with(user(me)).header("HX-Request", "true"))
                .andExpect(content().string(containsString("id=\"recommendation-list\"")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/recommendations").with(user(me)).param("yearFrom", "1998").param("yearTo", "1999"))
                .andExpect(content().string(containsString("Matrix, The (1999)")))
                .andExpect(content().string(not(containsString("Toy Story (1995)"))))
                .andExpect(content().string(not(containsString("Love Story 10 (2000)"))));
        mvc.perform(get("/recommendations").with(user(me)).param("yearFrom", "12")).andExpect(status().isBadRequest());
    }

    @Test
    void onboardingOffersGenresThenWellKnownMovies() throws Exception {
        AccountUser me = newUser();
        mvc.perform(get("/onboarding").with(user(me)))
                .andExpect(content().string(containsString("value=\"Romance\"")));
        mvc.perform(get("/onboarding/rate").with(user(me)).param("genres", "Romance").param("genres", "<b>bogus</b>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Love Story")))
                .andExpect(content().string(containsString("Your rating of")))
                .andExpect(content().string(not(containsString("<b>bogus</b>"))));
    }

    @Test
    void searchAsYouTypeAndBrowse() throws Exception {
        mvc.perform(get("/search").param("q", "toy").header("HX-Request", "true"))
                .andExpect(content().string(containsString("Toy Story (1995)")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/search").param("q", "<script>alert(1)</script>").header("HX-Request", "true"))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
        mvc.perform(get("/search").param("q", "matrix"))
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("Matrix, The (1999)")));
        mvc.perform(get("/browse").param("genre", "Sci-Fi").param("sort", "newest"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("7 movies")))
                .andExpect(content().string(containsString("Matrix, The (1999)")));
        mvc.perform(get("/browse").param("sort", "sideways")).andExpect(status().isBadRequest());
        mvc.perform(get("/explore")).andExpect(status().isOk()).andExpect(content().string(containsString("chart-ratings")));
    }

    @Test
    void unknownPagesGetAFriendlyErrorPage() throws Exception {
        mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 404).accept("text/html"))
                .andExpect(content().string(containsString("Page not found")))
                .andExpect(content().string(containsString("href=\"/browse\"")));
    }

    @Test
    void adminSetupLinkIsRefusedWithoutTheToken() throws Exception {
        mvc.perform(get("/setup").param("token", "guess")).andExpect(content().string(containsString("not valid")));
        mvc.perform(post("/setup").with(csrf()).param("token", "guess").param("password", PASSWORD).param("confirm", PASSWORD))
                .andExpect(content().string(containsString("not valid")));
        mvc.perform(get("/actuator/metrics")).andExpect(status().is3xxRedirection());
    }
}
