package org.movierec.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The project's hostile HTTP corpus: oversized bodies, malformed JSON and CSV, wrong types, injection strings, overlong
 * parameters and authentication abuse. Each request must get exactly its status, an API refusal must be problem details
 * that leak no internals, and the database must be exactly as before.
 */
class HostileHttpTest extends WebTestSupport {
    private static final String CSV = "text/csv";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static AccountUser victim;

    @Autowired
    JdbcClient jdbc;

    /** One hostile request: built for the test's account, and the status it must get. */
    record Case(String name, Function<AccountUser, MockHttpServletRequestBuilder> request, int status) {
        @Override
        public String toString() {
            return name + " -> " + status;
        }
    }

    static Stream<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        // Anonymous requests to what needs an account
        cases.add(new Case("anonymous GET my ratings", u -> get("/api/me/ratings"), 401));
        cases.add(new Case("anonymous PUT a rating (no CSRF token)", u -> json(put("/api/me/ratings/1"), "{\"rating\":4}"), 403));
        cases.add(new Case("anonymous DELETE a rating (no CSRF token)", u -> delete("/api/me/ratings/1"), 403));
        cases.add(new Case("anonymous import (no CSRF token)", u -> body(post("/api/me/ratings/import"), CSV, "movieId,rating\n1,4\n"), 403));
        cases.add(new Case("anonymous recommendations of mine", u -> get("/api/me/recommendations"), 401));
        cases.add(new Case("anonymous hide (no CSRF token)", u -> put("/api/me/hidden/1"), 403));
        cases.add(new Case("anonymous hide with a CSRF token", u -> put("/api/me/hidden/1").with(csrf()), 401));
        cases.add(new Case("anonymous PUT a rating with a CSRF token", u -> json(put("/api/me/ratings/1"), "{\"rating\":4}").with(csrf()), 401));
        // Authentication abuse
        cases.add(new Case("Basic, wrong password", u -> get("/api/me/ratings").with(httpBasic(u.getUsername(), "wrong-password")), 401));
        cases.add(new Case("Basic, unknown user", u -> get("/api/me/ratings").with(httpBasic("nobody-here", "whatever1")), 401));
        cases.add(new Case("Basic, not base64", u -> get("/api/me/ratings").header("Authorization", "Basic !!!%%%"), 401));
        cases.add(new Case("Basic, no colon", u -> get("/api/me/ratings").header("Authorization", "Basic "
                + java.util.Base64.getEncoder().encodeToString("justaname".getBytes(StandardCharsets.UTF_8))), 401));
        cases.add(new Case("Basic, SQL in the name", u -> get("/api/me/ratings").with(httpBasic("admin' OR '1'='1' --", "x' OR '1'='1")), 401));
        cases.add(new Case("Basic, 10 kB name", u -> get("/api/me/ratings").with(httpBasic("a".repeat(10_000), "password1")), 401));
        cases.add(new Case("Basic, 100-byte password", u -> get("/api/me/ratings").with(httpBasic(u.getUsername(), "p".repeat(100))), 401));
        cases.add(new Case("Bearer, unknown token", u -> get("/api/me/ratings").header("Authorization", "Bearer mrt_doesnotexist"), 401));
        cases.add(new Case("Bearer, empty", u -> get("/api/me/ratings").header("Authorization", "Bearer "), 401));
        cases.add(new Case("Bearer, SQL", u -> get("/api/me/ratings").header("Authorization", "Bearer ' OR 1=1 --"), 401));
        cases.add(new Case("Bearer, 20 kB", u -> get("/api/me/ratings").header("Authorization", "Bearer " + "x".repeat(20_000)), 401));
        cases.add(new Case("unknown scheme", u -> get("/api/me/ratings").header("Authorization", "Digest username=\"x\""), 401));
        cases.add(new Case("admin page as a user", u -> get("/admin/models").with(user(u)), 403));
        cases.add(new Case("make a model default as a user", u -> post("/admin/models/test/default").with(user(u)).with(csrf()), 403));
        cases.add(new Case("actuator metrics as a user", u -> get("/actuator/metrics").with(user(u)), 403));
        // CSRF: a session-authenticated write without its token
        cases.add(new Case("session PUT without CSRF", u -> json(put("/api/me/ratings/1"), "{\"rating\":4}").with(user(u)), 403));
        cases.add(new Case("session import without CSRF", u -> body(post("/api/me/ratings/import"), CSV, "movieId,rating\n1,4\n").with(user(u)), 403));
        cases.add(new Case("session DELETE without CSRF", u -> delete("/api/me/ratings/1").with(user(u)), 403));
        cases.add(new Case("page rating without CSRF", u -> post("/movies/1/rating").param("rating", "4").with(user(u)), 403));
        cases.add(new Case("sign-up without CSRF", u -> post("/signup").param("username", "csrfless").param("password", "password-123")
                .param("confirm", "password-123"), 403));
        cases.add(new Case("sign-in without CSRF", u -> post("/login").param("username", u.getUsername()).param("password", PASSWORD), 403));
        cases.add(new Case("sign-up with a forged CSRF token", u -> post("/signup").param("_csrf", "forged").param("username", "forger")
                .param("password", "password-123").param("confirm", "password-123"), 403));
        // Sign-up abuse: the form comes back with its errors, no account made
        cases.add(new Case("sign-up as admin", u -> signup("admin", "password-123"), 200));
        cases.add(new Case("sign-up as ADMIN", u -> signup("ADMIN", "password-123"), 200));
        cases.add(new Case("sign-up as AdMiN", u -> signup("AdMiN", "password-123"), 200));
        cases.add(new Case("sign-up with a 73-byte password", u -> signup("longpass", "p".repeat(73)), 200));
        cases.add(new Case("sign-up with a 40-letter accented password over 72 bytes", u -> signup("accented", "é".repeat(40)), 200));
        cases.add(new Case("sign-up with a script name", u -> signup("<script>alert(1)</script>", "password-123"), 200));
        cases.add(new Case("sign-up with a SQL name", u -> signup("x'); DROP TABLE accounts; --", "password-123"), 200));
        cases.add(new Case("sign-up with a taken name", u -> signup(u.getUsername(), "password-123"), 200));
        cases.add(new Case("sign-up with a short password", u -> signup("shorty", "short"), 200));
        cases.add(new Case("setup with a forged token", u -> post("/setup").with(csrf()).param("token", "forged")
                .param("password", "password-123").param("confirm", "password-123"), 404));
        // Writing ratings: bad values and bad JSON
        cases.add(new Case("rating above the scale", u -> mine(json(put("/api/me/ratings/1"), "{\"rating\":7}"), u), 400));
        cases.add(new Case("negative rating", u -> mine(json(put("/api/me/ratings/1"), "{\"rating\":-1}"), u), 400));
        cases.add(new Case("rating off the step", u -> mine(json(put("/api/me/ratings/1"), "{\"rating\":3.00004}"), u), 400));
        cases.add(new Case("rating NaN as a string", u -> mine(json(put("/api/me/ratings/1"), "{\"rating\":\"NaN\"}"), u), 400));
        cases.add(new Case("rating 1e309", u -> mine(json(put("/api/me/ratings/1"), "{\"rating\":1e309}"), u), 400));
        cases.add(new Case("rating null", u -> mine(json(put("/api/me/ratings/1"), "{\"rating\":null}"), u), 400));
        cases.add(new Case("rating missing", u -> mine(json(put("/api/me/ratings/1"), "{}"), u), 400));
        cases.add(new Case("rating as an array", u -> mine(json(put("/api/me/ratings/1"), "[4]"), u), 400));
        cases.add(new Case("rating as an object", u -> mine(json(put("/api/me/ratings/1"), "{\"rating\":{\"$gt\":0}}"), u), 400));
        cases.add(new Case("rating body not JSON", u -> mine(json(put("/api/me/ratings/1"), "rating=4"), u), 400));
        cases.add(new Case("rating body truncated", u -> mine(json(put("/api/me/ratings/1"), "{\"rating\":"), u), 400));
        cases.add(new Case("rating body empty", u -> mine(json(put("/api/me/ratings/1"), ""), u), 400));
        cases.add(new Case("rating duplicate keys, the last off-scale", u -> mine(json(put("/api/me/ratings/1"), "{\"rating\":4,\"rating\":9}"), u), 400));
        cases.add(new Case("rating nested 1000 deep", u -> mine(json(put("/api/me/ratings/1"), "[".repeat(1000) + "]".repeat(1000)), u), 400));
        cases.add(new Case("rating with a 200-digit number", u -> mine(json(put("/api/me/ratings/1"), "{\"rating\":" + "9".repeat(200) + "}"), u), 400));
        cases.add(new Case("rating body of 100 kB", u -> mine(json(put("/api/me/ratings/1"), "{\"rating\":4,\"pad\":\"" + "x".repeat(100_000) + "\"}"), u), 413));
        cases.add(new Case("rating as text/plain", u -> mine(body(put("/api/me/ratings/1"), "text/plain", "4"), u), 415));
        cases.add(new Case("rating as XML", u -> mine(body(put("/api/me/ratings/1"), "application/xml", "<rating>4</rating>"), u), 415));
        cases.add(new Case("rating of an unknown movie", u -> mine(json(put("/api/me/ratings/99999999"), "{\"rating\":4}"), u), 404));
        cases.add(new Case("rating of movie -1", u -> mine(json(put("/api/me/ratings/-1"), "{\"rating\":4}"), u), 404));
        cases.add(new Case("rating of movie 'abc'", u -> mine(json(put("/api/me/ratings/abc"), "{\"rating\":4}"), u), 400));
        cases.add(new Case("rating of an overflowing id", u -> mine(json(put("/api/me/ratings/99999999999999"), "{\"rating\":4}"), u), 400));
        cases.add(new Case("rating of an injected id", u -> mine(json(put("/api/me/ratings/1;DROP TABLE ratings"), "{\"rating\":4}"), u), 400));
        cases.add(new Case("PATCH a rating", u -> mine(json(patch("/api/me/ratings/1"), "{\"rating\":4}"), u), 405));
        cases.add(new Case("DELETE a rating never made", u -> mine(delete("/api/me/ratings/2"), u), 404));
        cases.add(new Case("DELETE movie 'abc'", u -> mine(delete("/api/me/ratings/abc"), u), 400));
        cases.add(new Case("GET my rating of 'abc'", u -> mine(get("/api/me/ratings/abc"), u), 400));
        cases.add(new Case("hide an unknown movie", u -> mine(put("/api/me/hidden/99999999"), u), 404));
        cases.add(new Case("my recommendations with n=0", u -> mine(get("/api/me/recommendations").param("n", "0"), u), 400));
        cases.add(new Case("my recommendations with a 1 kB genre", u -> mine(get("/api/me/recommendations").param("genre", "g".repeat(1000)), u), 400));
        // CSV imports: malformed files are refused whole
        cases.add(new Case("import as JSON", u -> mine(body(post("/api/me/ratings/import"), "application/json", "{\"a\":1}"), u), 415));
        cases.add(new Case("import as form data", u -> mine(body(post("/api/me/ratings/import"), "application/x-www-form-urlencoded", "movieId=1&rating=4"), u), 415));
        cases.add(new Case("import an empty body", u -> mine(body(post("/api/me/ratings/import"), CSV, ""), u), 400));
        cases.add(new Case("import without a rating column", u -> mine(csv("movieId,score\n1,4\n"), u), 400));
        cases.add(new Case("import a row missing a field", u -> mine(csv("movieId,rating\n1,4\n2\n"), u), 400));
        cases.add(new Case("import NaN", u -> mine(csv("movieId,rating\n1,4\n2,NaN\n"), u), 400));
        cases.add(new Case("import Infinity", u -> mine(csv("movieId,rating\n1,Infinity\n"), u), 400));
        cases.add(new Case("import 3.00004", u -> mine(csv("movieId,rating\n1,3.00004\n"), u), 400));
        cases.add(new Case("import 0", u -> mine(csv("movieId,rating\n1,4\n2,0\n"), u), 400));
        cases.add(new Case("import 6", u -> mine(csv("movieId,rating\n1,4\n2,6\n"), u), 400));
        cases.add(new Case("import a word as rating", u -> mine(csv("movieId,rating\n1,four\n"), u), 400));
        cases.add(new Case("import an unclosed quote", u -> mine(csv("movieId,rating\n1,4\n\"2,5\n"), u), 400));
        cases.add(new Case("import an injected movie id", u -> mine(csv("movieId,rating\n1; DROP TABLE ratings,4\n"), u), 400));
        cases.add(new Case("import an IMDb id that is none", u -> mine(csv("Const,Your Rating\ntt12x,8\n"), u), 400));
        cases.add(new Case("import IMDb rating 11", u -> mine(csv("Const,Your Rating\ntt0114709,11\n"), u), 400));
        cases.add(new Case("import a year that is none", u -> mine(csv("title,year,rating\nToy Story,19x5,4\n"), u), 400));
        cases.add(new Case("import binary garbage", u -> mine(body(post("/api/me/ratings/import"), CSV, garbage()), u), 400));
        cases.add(new Case("import of 3 MB", u -> mine(csv("movieId,rating\n" + "1,4\n".repeat(800_000)), u), 413));
        // Anonymous recommendations for a posted profile
        cases.add(new Case("profile of 750 kB", u -> json(post("/api/recommendations"), profile(30_000)), 413));
        cases.add(new Case("profile of 10,001 ratings", u -> json(post("/api/recommendations"), profile(10_001)), 400));
        cases.add(new Case("profile not JSON", u -> json(post("/api/recommendations"), "ratings: 1=4"), 400));
        cases.add(new Case("profile as text/plain", u -> body(post("/api/recommendations"), "text/plain", "{\"ratings\":[]}"), 415));
        cases.add(new Case("profile ratings not a list", u -> json(post("/api/recommendations"), "{\"ratings\":5}"), 400));
        cases.add(new Case("profile null", u -> json(post("/api/recommendations"), "null"), 400));
        cases.add(new Case("profile ratings null", u -> json(post("/api/recommendations"), "{\"ratings\":null}"), 400));
        cases.add(new Case("profile rating null", u -> json(post("/api/recommendations"), "{\"ratings\":[null]}"), 400));
        cases.add(new Case("profile movie id a word", u -> json(post("/api/recommendations"), "{\"ratings\":[{\"movieId\":\"one\",\"rating\":4}]}"), 400));
        cases.add(new Case("profile movie id 1e400", u -> json(post("/api/recommendations"), "{\"ratings\":[{\"movieId\":1e400,\"rating\":4}]}"), 400));
        cases.add(new Case("profile rating NaN", u -> json(post("/api/recommendations"), "{\"ratings\":[{\"movieId\":1,\"rating\":\"NaN\"}]}"), 400));
        cases.add(new Case("profile of an unknown movie", u -> json(post("/api/recommendations"), "{\"ratings\":[{\"movieId\":424242,\"rating\":4}]}"), 400));
        cases.add(new Case("profile nested 100 deep", u -> json(post("/api/recommendations"), "{\"ratings\":" + "[".repeat(100) + "]".repeat(100) + "}"), 400));
        cases.add(new Case("recommendations n=100000", u -> json(post("/api/recommendations").param("n", "100000"), "{\"ratings\":[]}"), 400));
        cases.add(new Case("recommendations n=abc", u -> json(post("/api/recommendations").param("n", "abc"), "{\"ratings\":[]}"), 400));
        cases.add(new Case("recommendations of a 1 kB algorithm", u -> json(post("/api/recommendations").param("algorithm", "a".repeat(1000)), "{\"ratings\":[]}"), 400));
        // The catalogue API
        cases.add(new Case("movie 'notanumber'", u -> get("/api/movies/notanumber"), 400));
        cases.add(new Case("movie 99999999", u -> get("/api/movies/99999999"), 404));
        cases.add(new Case("movies page -1", u -> get("/api/movies").param("page", "-1"), 400));
        cases.add(new Case("movies size 100000", u -> get("/api/movies").param("size", "100000"), 400));
        cases.add(new Case("movies with a 10 kB query", u -> get("/api/movies").param("q", "q".repeat(10_000)), 400));
        cases.add(new Case("movies with a 10 kB genre", u -> get("/api/movies").param("genre", "g".repeat(10_000)), 400));
        cases.add(new Case("movies sorted by SQL", u -> get("/api/movies").param("sort", "title; DROP TABLE movies"), 400));
        cases.add(new Case("movies from year 'abc'", u -> get("/api/movies").param("yearFrom", "abc"), 400));
        cases.add(new Case("movies searched with SQL", u -> get("/api/movies").param("q", "' OR 1=1 --"), 200));
        cases.add(new Case("similar movies by 'sql'", u -> get("/api/movies/1/similar").param("by", "sql"), 400));
        cases.add(new Case("DELETE a movie", u -> mine(delete("/api/movies/1"), u), 405));
        cases.add(new Case("an unknown API address", u -> get("/api/does-not-exist"), 404));
        cases.add(new Case("a path traversal", u -> get("/api/movies/..%2F..%2Fetc%2Fpasswd"), 400));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedExactlyAndChangesNothing(Case hostile) throws Exception {
        if (victim == null) {
            victim = newUser();
            mvc.perform(json(put("/api/me/ratings/1"), "{\"rating\":4}").with(httpBasic(victim.getUsername(), PASSWORD)));
        }
        String before = snapshot();
        MockHttpServletRequestBuilder request = hostile.request().apply(victim);
        String address = "10.66." + ADDRESSES.get() / 250 + "." + ADDRESSES.getAndIncrement() % 250;
        MockHttpServletResponse response = mvc.perform(request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        })).andReturn().getResponse();
        assertThat(response.getStatus()).as(hostile.name()).isEqualTo(hostile.status());
        String body = response.getContentAsString();
        // random CSRF tokens in a page may spell "SQL" by chance: they are left out of the look for internals
        assertThat(body.replaceAll("(csrf-token\" content=|name=\"_csrf\" value=)\"[^\"]*\"", "$1\"\""))
                .as("no internals in the answer to " + hostile.name())
                .doesNotContainPattern("Exception|\\bat (org|java)\\.|SQL|sqlite|jdbc|SELECT ");
        // (MockMvc does not forward to /error, so refusals made there, e.g. 405 and 415, have no body here.)
        if (hostile.status() >= 400 && !body.isEmpty() && request.buildRequest(new org.springframework.mock.web.MockServletContext()).getRequestURI()
                .startsWith("/api/")) {
            assertThat(response.getContentType()).as(hostile.name()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }
        assertThat(snapshot()).as("the database after " + hostile.name()).isEqualTo(before);
    }

    /** Everything a hostile request could change: accounts, users, ratings, hidden movies, tokens, remembered sign-ins. */
    private String snapshot() {
        StringBuilder state = new StringBuilder();
        for (String sql : List.of(
                "SELECT COUNT(*) || ':' || COALESCE(SUM(LENGTH(username)), 0) || ':' || COALESCE(SUM(LENGTH(password_hash)), 0) FROM accounts",
                "SELECT COUNT(*) || ':' || COALESCE(MAX(id), 0) FROM users",
                "SELECT COUNT(*) || ':' || COALESCE(SUM(rating * movie_id), 0) || ':' || COALESCE(SUM(user_id), 0) FROM ratings",
                "SELECT COUNT(*) FROM hidden_movies", "SELECT COUNT(*) FROM api_tokens", "SELECT COUNT(*) FROM persistent_logins",
                "SELECT COUNT(*) FROM movies")) {
            state.append(jdbc.sql(sql).query(String.class).single()).append(' ');
        }
        return state.toString();
    }

    private static MockHttpServletRequestBuilder mine(MockHttpServletRequestBuilder request, AccountUser user) {
        return request.with(httpBasic(user.getUsername(), PASSWORD));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String content) {
        return body(request, MediaType.APPLICATION_JSON_VALUE, content);
    }

    private static MockHttpServletRequestBuilder csv(String content) {
        return body(post("/api/me/ratings/import"), CSV, content);
    }

    private static MockHttpServletRequestBuilder body(MockHttpServletRequestBuilder request, String type, String content) {
        return request.contentType(type).content(content.getBytes(StandardCharsets.UTF_8));
    }

    private static MockHttpServletRequestBuilder signup(String username, String password) {
        return post("/signup").with(csrf()).param("username", username).param("password", password).param("confirm", password);
    }

    private static String profile(int ratings) {
        StringBuilder json = new StringBuilder("{\"ratings\":[");
        for (int k = 0; k < ratings; k++) {
            json.append(k == 0 ? "" : ",").append("{\"movieId\":").append(1 + k % 15).append(",\"rating\":4}");
        }
        return json.append("]}").toString();
    }

    private static String garbage() {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
