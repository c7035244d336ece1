package org.movierec.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.movierec.app.service.ModelRegistry;
import org.movierec.app.service.TrainedModel;
import org.movierec.app.store.ModelRecordRepository.ModelRecord;
import org.springframework.beans.factory.annotation.Autowired;

class AdminControllerTest extends WebTestSupport {
    @Autowired
    ModelRegistry registry;

    @Autowired
    ModelJobs jobs;

    @Test
    void onlyAdminsSeeTheModels() throws Exception {
        mvc.perform(get("/admin/models").with(user(newUser()))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/models")).andExpect(status().is3xxRedirection());
        AccountUser admin = newAccount("ADMIN");
        mvc.perform(get("/admin/models").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cosine")))
                .andExpect(content().string(containsString("default")));
        mvc.perform(get("/").with(user(admin))).andExpect(content().string(containsString("href=\"/admin/models\"")));
        mvc.perform(post("/admin/models/cosine/retrain").with(user(newUser())).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void retrainingSwapsInANewModelInTheBackground() throws Exception {
        AccountUser admin = newAccount("ADMIN");
        TrainedModel before = registry.get("cosine").orElseThrow();
        mvc.perform(post("/admin/models/cosine/retrain").with(user(admin))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/models/cosine/retrain").with(user(admin)).with(csrf())).andExpect(redirectedUrl("/admin/models"));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!"done".equals(jobs.jobs().get("cosine").state()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(jobs.jobs().get("cosine").state()).isEqualTo("done");
        assertThat(registry.get("cosine").orElseThrow()).isNotSameAs(before);
        assertThat(registry.get("cosine").orElseThrow().items().indexOf(15)).as("the never-rated catalogue movie is in the index")
                .isNotNegative();
        jobs.awaitIdle();
        jobs.awaitIdle();
        mvc.perform(get("/admin/models").with(user(admin)))
                .andExpect(content().string(containsString("done: trained on")))
                .andExpect(content().string(containsString("ndcg@10")))
                .andExpect(content().string(containsString("rmse")))
                .andExpect(content().string(containsString("chart-ranking")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*<td class=\"small\">0\\.\\d{4}</td>.*")));
        ModelRecord record = jobs.latestRecords().stream().filter(r -> r.algorithm().equals("cosine")).findFirst().orElseThrow();
        assertThat(record.params()).isEqualTo("shrink=0.0");
        assertThat(record.dataSnapshot()).contains("\"ratings\":");
        assertThat(ModelJobs.metrics(record)).containsKeys("rmse", "mae", "ndcg@10", "precision@10");
        assertThat(ModelJobs.metrics(record).get("rmse")).isBetween(0.0, 4.5);
        assertThat(ModelJobs.metrics(record).get("ndcg@10")).isBetween(0.0, 1.0);
        mvc.perform(get("/api/models")).andExpect(jsonPath("$[0].metrics['ndcg@10']").isNumber());
        mvc.perform(post("/admin/models/svd/default").with(user(admin)).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(post("/admin/models/cosine/default").with(user(admin)).with(csrf())).andExpect(redirectedUrl("/admin/models"));
        assertThat(jobs.savedDefault()).contains("cosine");
        registry.put(before);
    }
}
