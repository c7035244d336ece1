package org.movierec.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.savedrequest.RequestCache;

/** The admin name cannot be squatted, setup always ends with an admin, its link expires; anonymous views keep no session. */
class AdminSetupTest extends WebTestSupport {

    @Test
    void setupGrantsTheAdminRoleEvenToASquattedAccountAndItsLinkExpires() {
        if (!accounts.exists(AdminSetup.ADMIN)) {
            accounts.create(AdminSetup.ADMIN, encoder.encode("squatter-pass"), "USER");
        }
        accounts.updateRole(AdminSetup.ADMIN, "USER");
        MovableClock clock = new MovableClock();
        AdminSetup setup = new AdminSetup(accounts, encoder, clock);
        String token = setup.prepare(null).split("=")[1];
        setup.complete(token, "the-real-admin-1");
        assertThat(accounts.findByUsername(AdminSetup.ADMIN).orElseThrow().isAdmin()).isTrue();
        assertThat(encoder.matches("the-real-admin-1", accounts.findByUsername(AdminSetup.ADMIN).orElseThrow().passwordHash())).isTrue();
        accounts.updateRole(AdminSetup.ADMIN, "USER");
        String later = setup.prepare(null).split("=")[1];
        clock.now = clock.now.plus(AdminSetup.LINK_LIFETIME).minusSeconds(1);
        assertThat(setup.valid(later)).isTrue();
        clock.now = clock.now.plusSeconds(2);
        assertThat(setup.valid(later)).as("an hour after the start that printed it").isFalse();
        accounts.updateRole(AdminSetup.ADMIN, "ADMIN");
    }

    @Test
    void nobodySignsUpAsAdminInAnyLetterCase() throws Exception {
        for (String name : new String[] {"admin", "Admin", "ADMIN", " aDmIn"}) {
            mvc.perform(post("/signup").with(csrf()).param("username", name).param("password", "password-123").param("confirm", "password-123"))
                    .andExpect(status().isOk());
        }
        assertThat(accounts.exists("Admin")).isFalse();
        assertThat(accounts.exists("ADMIN")).isFalse();
    }

    @Autowired
    CsrfTokenRepository csrfTokens;

    @Autowired
    RequestCache requestCache;

    /**
     * Checked on the session policy's beans (MockMvc's csrf() swaps the CSRF repository for a session-backed one;
     * the acceptance check hardening-http checks a running server's Set-Cookie headers).
     */
    @Test
    void anonymousVisitorsKeepTheirCsrfTokenAndReturnPageInCookiesNotInASession() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/ratings");
        MockHttpServletResponse response = new MockHttpServletResponse();
        csrfTokens.saveToken(csrfTokens.generateToken(request), request, response);
        requestCache.saveRequest(request, response);
        assertThat(request.getSession(false)).isNull();
        assertThat(response.getCookies()).extracting(jakarta.servlet.http.Cookie::getName).contains("XSRF-TOKEN", "REDIRECT_URI");
        mvc.perform(get("/")).andExpect(header().string("Content-Security-Policy", Matchers.containsString("script-src 'self'")))
                .andExpect(content().string(Matchers.containsString("csrf-token")));
    }
}
