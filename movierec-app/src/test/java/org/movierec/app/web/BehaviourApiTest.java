package org.movierec.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The watchlist, events and online metrics through the API (the fixture: movies 1-6 science fiction, 7-12 romance). */
class BehaviourApiTest extends WebTestSupport {

    /**
     * The request signed in as the user, from an address of its own: the shared context's sign-in throttle
     * may already block the default address after other classes' failed sign-ins.
     */
    private MockHttpServletRequestBuilder as(AccountUser user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user.getUsername(), PASSWORD)).with(r -> {
            r.setRemoteAddr("192.0.2.14");
            return r;
        });
    }

    private List<Integer> recommended(String json) {
        return JsonPath.read(json, "$.items[*].movieId");
    }

    @Test
    void aWatchlistAloneSteersRecommendationsAndIsNeverRecommended() throws Exception {
        AccountUser me = newUser();
        for (int movie : new int[] {1, 2, 3}) {
            mvc.perform(as(me, put("/api/me/watchlist/" + movie))).andExpect(status().isCreated());
        }
        mvc.perform(as(me, put("/api/me/watchlist/1"))).andExpect(status().isNoContent());
        mvc.perform(as(me, get("/api/me/watchlist"))).andExpect(jsonPath("$", hasSize(3))).andExpect(jsonPath("$[0].title").isNotEmpty());
        String json = mvc.perform(as(me, get("/api/me/recommendations").param("n", "3"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.impressionId").isNotEmpty()).andReturn().getResponse().getContentAsString();
        assertThat(recommended(json)).doesNotContain(1, 2, 3).containsExactlyInAnyOrder(4, 5, 6);
        mvc.perform(as(me, delete("/api/me/watchlist/2"))).andExpect(status().isNoContent());
        mvc.perform(as(me, delete("/api/me/watchlist/2"))).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(as(me, put("/api/me/watchlist/999"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/me/watchlist")).andExpect(status().isUnauthorized());
    }

    @Test
    void aClickIsAttributedToTheModelAndPositionAndCountedOnline() throws Exception {
        AccountUser me = newUser();
        mvc.perform(as(me, put("/api/me/ratings/7")).contentType(MediaType.APPLICATION_JSON).content("{\"rating\":5}"));
        String json = mvc.perform(as(me, get("/api/me/recommendations").param("n", "4"))).andReturn().getResponse().getContentAsString();
        String impression = JsonPath.read(json, "$.impressionId");
        int second = recommended(json).get(1);
        mvc.perform(as(me, post("/api/me/events")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"click\",\"movieId\":" + second + ",\"impressionId\":\"" + impression + "\"}"))
                .andExpect(status().isAccepted());
        mvc.perform(as(me, get("/api/me/events")))
                .andExpect(jsonPath("$[0].type").value("click"))
                .andExpect(jsonPath("$[0].movieId").value(second))
                .andExpect(jsonPath("$[0].position").value(1))
                .andExpect(jsonPath("$[0].algorithm").value("cosine"));

        AccountUser other = newUser();
        mvc.perform(as(other, post("/api/me/events")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"click\",\"movieId\":1,\"impressionId\":\"" + impression + "\"}"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail", containsString("no impression")));
        mvc.perform(as(other, post("/api/me/events")).contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"teleport\",\"movieId\":1}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("types are view, click")));

        AccountUser admin = newAccount("ADMIN");
        String metrics = mvc.perform(as(admin, get("/api/admin/online-metrics"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(metrics, "$.algorithms[?(@.algorithm == 'cosine')].clicks").get(0)).isGreaterThanOrEqualTo(1);
        assertThat(JsonPath.<List<Double>>read(metrics, "$.algorithms[?(@.algorithm == 'cosine')].ctr.value").get(0)).isBetween(0.0, 1.0);
        mvc.perform(as(me, get("/api/admin/online-metrics"))).andExpect(status().isForbidden());

        mvc.perform(as(me, delete("/api/me/events"))).andExpect(status().isNoContent());
        mvc.perform(as(me, get("/api/me/events"))).andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void dismissingAMovieIsAnEvent() throws Exception {
        AccountUser me = newUser();
        mvc.perform(as(me, put("/api/me/hidden/14"))).andExpect(status().isNoContent());
        mvc.perform(as(me, get("/api/me/events"))).andExpect(jsonPath("$[0].type").value("dismiss")).andExpect(jsonPath("$[0].movieId").value(14));
    }

    @Test
    void anExperimentNeedsTwoTrainedModels() throws Exception {
        AccountUser admin = newAccount("ADMIN");
        mvc.perform(as(admin, post("/api/admin/experiments")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"x\",\"arms\":[\"cosine\",\"svd\"]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("arm 'svd' of the experiment is not a trained model")));
        mvc.perform(as(admin, post("/api/admin/experiments")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"x\",\"arms\":[\"cosine\",\"cosine\"]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("at least two different models")));
        mvc.perform(as(admin, post("/api/admin/experiments/999/stop"))).andExpect(status().isNotFound());
    }
}
