package org.movierec.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.movierec.app.store.ApiTokenRepository;
import org.springframework.beans.factory.annotation.Autowired;

/** Personal API tokens: made on the account page and shown once, then they sign API calls in until revoked. */
class AccountPageControllerTest extends WebTestSupport {
    @Autowired
    ApiTokenRepository tokens;

    @Test
    void aTokenIsShownOnceWorksForTheApiAndStopsWhenRevoked() throws Exception {
        AccountUser me = newUser();
        var made = mvc.perform(post("/account/tokens").with(user(me)).with(csrf()).param("name", "my script"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String token = (String) made.getFlashMap().get("newToken");
        assertThat(token).startsWith(ApiTokenRepository.PREFIX).hasSizeGreaterThan(40);
        mvc.perform(get("/account").with(user(me))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("my script")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(token))));
        mvc.perform(get("/api/me/ratings").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        int id = tokens.list(me.accountId()).get(0).id();
        AccountUser other = newUser();
        mvc.perform(post("/account/tokens/" + id + "/revoke").with(user(other)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/account/tokens/" + id + "/revoke").with(user(me)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/me/ratings").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void theAccountPageNeedsASignIn() throws Exception {
        mvc.perform(get("/account")).andExpect(status().is3xxRedirection());
    }
}
