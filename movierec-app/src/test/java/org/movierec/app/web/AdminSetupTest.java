package org.movierec.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** The admin name cannot be squatted, setup always ends with an admin, its link expires; anonymous views keep no session. */
class AdminSetupTest extends WebTestSupport {

    @Test
    void setupGrantsTheAdminRoleEvenToASquattedAccountAndItsLinkExpires() {
        if (!accounts.exists(AdminSetup.ADMIN)) {
            accounts.create(AdminSetup.ADMIN, encoder.encode("squatter-pass"), "USER");
        }
        accounts.updateRole(AdminSetup.ADMIN, "USER");
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        AdminSetup setup = new AdminSetup(accounts, encoder, Clock.fixed(start, ZoneOffset.UTC));
        String link = setup.prepare(null);
        String token = link.substring(link.indexOf('=') + 1);
        setup.complete(token, "the-real-admin-1");
        assertThat(accounts.findByUsername(AdminSetup.ADMIN).orElseThrow().isAdmin()).isTrue();
        assertThat(encoder.matches("the-real-admin-1", accounts.findByUsername(AdminSetup.ADMIN).orElseThrow().passwordHash())).isTrue();
        accounts.updateRole(AdminSetup.ADMIN, "USER");
        AdminSetup late = new AdminSetup(accounts, encoder, Clock.offset(Clock.fixed(start, ZoneOffset.UTC), Duration.ZERO));
        String lateToken = late.prepare(null).split("=")[1];
        assertThat(late.valid(lateToken)).isTrue();
        AdminSetup expired = new AdminSetup(accounts, encoder, new Clock() {
            private Instant now = start;

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                Instant current = now;
                now = now.plus(AdminSetup.LINK_LIFETIME).plusSeconds(1);
                return current;
            }
        });
        String expiredToken = expired.prepare(null).split("=")[1];
        assertThat(expired.valid(expiredToken)).as("an hour later").isFalse();
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

    @Test
    void anonymousPageViewsKeepNoSession() throws Exception {
        for (String page : new String[] {"/", "/browse", "/movies/1", "/search?q=toy", "/login", "/signup", "/ratings"}) {
            var result = mvc.perform(get(page)).andReturn();
            assertThat(result.getRequest().getSession(false)).as(page).isNull();
        }
        mvc.perform(get("/")).andExpect(header().string("Content-Security-Policy", Matchers.containsString("script-src 'self'")))
                .andExpect(content().string(Matchers.containsString("csrf-token")));
    }
}
