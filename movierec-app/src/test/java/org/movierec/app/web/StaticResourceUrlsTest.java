package org.movierec.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

class StaticResourceUrlsTest extends WebTestSupport {

    @Test
    void linksToFilesAreTheOnlyOnesLookedUp() {
        assertThat(StaticResourceUrls.namesFile("/css/app.css")).isTrue();
        assertThat(StaticResourceUrls.namesFile("/webjars/htmx.org/dist/htmx.min.js")).isTrue();
        assertThat(StaticResourceUrls.namesFile("/js/app.js?v=2#top")).isTrue();
        assertThat(StaticResourceUrls.namesFile("/movies/13")).isFalse();
        assertThat(StaticResourceUrls.namesFile("/browse?genre=Sci.Fi")).isFalse();
        assertThat(StaticResourceUrls.namesFile("/v1.2/movies")).isFalse();
        assertThat(StaticResourceUrls.namesFile("/")).isFalse();
    }

    @Test
    void pagesLinkWebJarsByVersionAndOtherPagesAsWritten() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesPattern("(?s).*src=\"/webjars/htmx\\.org/[0-9][^/\"]*/dist/htmx\\.min\\.js\".*")))
                .andExpect(content().string(containsString("href=\"/css/app.css\"")))
                .andExpect(content().string(containsString("href=\"/movies/13\"")));
    }
}
