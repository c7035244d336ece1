package org.movierec.app.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class ApiControllerTest extends WebTestSupport {
    private static final String SCIFI = "{\"ratings\":[{\"movieId\":1,\"rating\":5},{\"movieId\":2,\"rating\":5},{\"movieId\":7,\"rating\":1}]}";
    private static final String ROMANCE = "{\"ratings\":[{\"movieId\":7,\"rating\":5},{\"movieId\":8,\"rating\":5},{\"movieId\":1,\"rating\":1}]}";

    @Test
    void searchFindsTitlesAndPages() throws Exception {
        mvc.perform(get("/api/movies").param("q", "toy story"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].movieId").value(13))
                .andExpect(jsonPath("$.items[0].title").value("Toy Story"))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/movies").param("genre", "Romance").param("sort", "title").param("size", "2").param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.pages").value(4))
                .andExpect(jsonPath("$.items[0].title").value("Love Story 11"));
    }

    @Test
    void badParametersAreProblemDetails() throws Exception {
        mvc.perform(get("/api/movies").param("page", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400));
        mvc.perform(get("/api/movies").param("sort", "bogus"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("sort must be one of")));
        mvc.perform(get("/api/movies").param("yearFrom", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/movies/999"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("there is no movie with id 999"));
        mvc.perform(post("/api/recommendations").contentType(MediaType.APPLICATION_JSON).content("{\"ratings\":[{\"movieId\":1,\"rating\":7}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("0.5 to 5 in steps of 0.5")));
        mvc.perform(post("/api/recommendations").contentType(MediaType.APPLICATION_JSON).content("{\"ratings\":"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/recommendations").param("n", "0").contentType(MediaType.APPLICATION_JSON).content(SCIFI))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/recommendations").param("algorithm", "svd").contentType(MediaType.APPLICATION_JSON).content(SCIFI))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("no trained model of algorithm 'svd'")));
    }

    @Test
    void movieDetailsAndSimilar() throws Exception {
        mvc.perform(get("/api/movies/13"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tags[0]").value("pixar"));
        mvc.perform(get("/api/movies/6"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ratingCount").value(15))
                .andExpect(jsonPath("$.averageRating").value(2.87))
                .andExpect(jsonPath("$.histogram[9]").value(7))
                .andExpect(jsonPath("$.histogram[1]").value(8));
        mvc.perform(get("/api/movies/15")).andExpect(jsonPath("$.averageRating").doesNotExist())
                .andExpect(jsonPath("$.directors", hasSize(0)));
        mvc.perform(get("/api/movies/14"))
                .andExpect(jsonPath("$.directors[0]").value("Lana Wachowski"))
                .andExpect(jsonPath("$.cast[1]").value("Laurence Fishburne"))
                .andExpect(jsonPath("$.overview").value("A hacker learns what the world really is."))
                .andExpect(jsonPath("$.runtimeMinutes").value(136))
                .andExpect(jsonPath("$.countries[0]").value("USA"))
                .andExpect(jsonPath("$.mpaaRating").value("R"));
        mvc.perform(get("/api/movies/14/similar").param("by", "content").param("n", "2"))
                .andExpect(jsonPath("$[0].movieId").value(5));
        mvc.perform(get("/api/movies/8/similar").param("n", "3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].movieId", everyItem(oneOf(7, 9, 10, 11, 12))));
        mvc.perform(get("/api/movies/15/similar").param("by", "content"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].movieId", hasItem(13)));
        mvc.perform(get("/api/movies/15/similar").param("by", "tags")).andExpect(status().isBadRequest());
    }

    @Test
    void aNewRatingChangesTheMoviesCountAverageAndHistogram() throws Exception {
        int before = count(14);
        double average = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/movies/14")).andReturn().getResponse()
                .getContentAsString(), "$.averageRating");
        AccountUser me = newUser();
        mvc.perform(put("/api/me/ratings/14").with(user(me)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"rating\":0.5}"))
                .andExpect(status().is2xxSuccessful());
        String after = mvc.perform(get("/api/movies/14")).andReturn().getResponse().getContentAsString();
        assertThat((int) com.jayway.jsonpath.JsonPath.read(after, "$.ratingCount")).isEqualTo(before + 1);
        assertThat((double) com.jayway.jsonpath.JsonPath.read(after, "$.averageRating")).isLessThan(average);
        assertThat((int) com.jayway.jsonpath.JsonPath.read(after, "$.histogram[0]")).isPositive();
        mvc.perform(delete("/api/me/ratings/14").with(user(me)).with(csrf())).andExpect(status().is2xxSuccessful());
        assertThat(count(14)).isEqualTo(before);
    }

    @Test
    void aNewRatingShowsInListingsFiltersAndStatisticsAtOnce() throws Exception {
        int before = count(15);
        int ratings = statsRatings();
        String filtered = "/api/movies?q=amelie&minRatings=" + (before + 1);
        mvc.perform(get(filtered)).andExpect(jsonPath("$.total").value(0));
        AccountUser me = newUser();
        mvc.perform(put("/api/me/ratings/15").with(user(me)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"rating\":5}"))
                .andExpect(status().is2xxSuccessful());
        mvc.perform(get(filtered)).andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].ratingCount").value(before + 1));
        assertThat(statsRatings()).isEqualTo(ratings + 1);
        mvc.perform(put("/api/me/ratings/15").with(user(me)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"rating\":1}"))
                .andExpect(status().is2xxSuccessful());
        assertThat(statsRatings()).isEqualTo(ratings + 1);
        mvc.perform(get(filtered + "&minAverage=4.9")).andExpect(jsonPath("$.total").value(0));
        mvc.perform(delete("/api/me/ratings/15").with(user(me)).with(csrf())).andExpect(status().is2xxSuccessful());
        mvc.perform(get(filtered)).andExpect(jsonPath("$.total").value(0));
        assertThat(statsRatings()).isEqualTo(ratings);
    }

    private int statsRatings() throws Exception {
        return com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/stats")).andReturn().getResponse().getContentAsString(), "$.ratings");
    }

    private int count(int movieId) throws Exception {
        return com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/movies/" + movieId)).andReturn().getResponse()
                .getContentAsString(), "$.ratingCount");
    }

    @Test
    void postedProfilesGetRecommendationsOfTheirTasteWithoutRatedMovies() throws Exception {
        mvc.perform(post("/api/recommendations").param("n", "3").contentType(MediaType.APPLICATION_JSON).content(SCIFI))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.algorithm").value("cosine"))
                .andExpect(jsonPath("$.items", hasSize(3)))
                .andExpect(jsonPath("$.items[*].movieId", everyItem(oneOf(3, 4, 5, 6, 14))))
                .andExpect(jsonPath("$.items[0].explanation", containsString("Because you ")))
                .andExpect(jsonPath("$.items[0].title").exists())
                .andExpect(jsonPath("$.items[0].score").isNumber());
        mvc.perform(post("/api/recommendations").param("n", "3").contentType(MediaType.APPLICATION_JSON).content(ROMANCE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].movieId", everyItem(oneOf(9, 10, 11, 12))));
    }

    @Test
    void writesNeedAnAccount() throws Exception {
        mvc.perform(put("/api/me/ratings/1").contentType(MediaType.APPLICATION_JSON).content("{\"rating\":4}"))
                .andExpect(status().is(oneOf(401, 403)));
        mvc.perform(put("/api/me/ratings/1").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"rating\":4}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/me/ratings")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me/ratings").with(httpBasic("nobody", "wrong password"))).andExpect(status().isUnauthorized());
    }

    @Test
    void sessionWritesNeedTheCsrfToken() throws Exception {
        AccountUser me = newUser();
        mvc.perform(put("/api/me/ratings/1").with(user(me)).contentType(MediaType.APPLICATION_JSON).content("{\"rating\":4}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/me/ratings/1").with(user(me)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"rating\":4}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rating").value(4.0));
    }

    @Test
    void ratingsRoundTripAndChangeTheNextRecommendations() throws Exception {
        AccountUser me = newUser();
        String before = mvc.perform(get("/api/me/recommendations").param("n", "3").with(httpBasic(me.getUsername(), PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].algorithm").value("popular"))
                .andReturn().getResponse().getContentAsString();
        for (int movie : new int[] {1, 2, 3}) {
            mvc.perform(put("/api/me/ratings/" + movie).with(httpBasic(me.getUsername(), PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"rating\":4.5}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.movieId").value(movie));
        }
        mvc.perform(get("/api/me/ratings").with(httpBasic(me.getUsername(), PASSWORD)))
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[*].movieId", hasItem(2)));
        mvc.perform(get("/api/me/recommendations").param("n", "3").with(httpBasic(me.getUsername(), PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(before)))
                .andExpect(jsonPath("$.items[*].movieId", everyItem(oneOf(4, 5, 6, 14))))
                .andExpect(jsonPath("$.items[0].algorithm").value("cosine"));
        mvc.perform(put("/api/me/ratings/2").with(httpBasic(me.getUsername(), PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"rating\":4.25}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/me/ratings/999").with(httpBasic(me.getUsername(), PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"rating\":4}"))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/me/ratings/2").with(httpBasic(me.getUsername(), PASSWORD))).andExpect(status().isNoContent());
        mvc.perform(delete("/api/me/ratings/2").with(httpBasic(me.getUsername(), PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/api/me/ratings").with(httpBasic(me.getUsername(), PASSWORD))).andExpect(jsonPath("$", hasSize(2)));
        mvc.perform(put("/api/me/hidden/14").with(httpBasic(me.getUsername(), PASSWORD))).andExpect(status().isNoContent());
        mvc.perform(get("/api/me/hidden").with(httpBasic(me.getUsername(), PASSWORD))).andExpect(jsonPath("$[0]").value(14));
        mvc.perform(get("/api/me/recommendations").param("n", "10").with(httpBasic(me.getUsername(), PASSWORD)))
                .andExpect(jsonPath("$.items[*].movieId", not(hasItem(14))));
    }

    @Test
    void importsACsvOfRatings() throws Exception {
        AccountUser me = newUser();
        mvc.perform(post("/api/me/ratings/import").with(httpBasic(me.getUsername(), PASSWORD)).contentType("text/csv")
                        .content("title,year,rating\nToy Story,1995,4\nNo Such Movie,2000,3\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(2))
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.problems[0]").value("line 3: \"No Such Movie\" (2000) is not in the catalogue"));
        mvc.perform(post("/api/me/ratings/import").with(httpBasic(me.getUsername(), PASSWORD)).contentType("text/csv").content("x,y\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("needs a rating column")));
        mvc.perform(get("/api/me/ratings/13").with(httpBasic(me.getUsername(), PASSWORD))).andExpect(jsonPath("$.rating").value(4.0));
    }

    @Test
    void anotherUsersRatingsAreUnreachable() throws Exception {
        AccountUser alice = newUser();
        AccountUser bob = newUser();
        mvc.perform(put("/api/me/ratings/7").with(httpBasic(alice.getUsername(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"rating\":5}")).andExpect(status().isOk());
        mvc.perform(get("/api/me/ratings").with(httpBasic(bob.getUsername(), PASSWORD))).andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/me/ratings/7").with(httpBasic(bob.getUsername(), PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(delete("/api/me/ratings/7").with(httpBasic(bob.getUsername(), PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/api/me/ratings/7").with(httpBasic(alice.getUsername(), PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rating").value(5.0));
    }

    @Test
    void injectionAttemptsAreHarmless() throws Exception {
        mvc.perform(get("/api/movies").param("q", "' OR '1'='1"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/movies").param("genre", "Romance' OR 1=1 --"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        AccountUser me = newUser();
        mvc.perform(put("/api/me/ratings/1").with(httpBasic(me.getUsername() + "' OR '1'='1", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"rating\":5}")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/movies").param("q", "toy")).andExpect(jsonPath("$.items[0].title").value("Toy Story"));
    }

    @Test
    void docsAndHealthArePublic() throws Exception {
        mvc.perform(get("/api/openapi")).andExpect(status().isOk()).andExpect(content().string(containsString("/api/recommendations")));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/api/models")).andExpect(status().isOk()).andExpect(jsonPath("$[0].algorithm").value("cosine"))
                .andExpect(jsonPath("$[0].isDefault").value(true));
    }
}
