package org.movierec.app.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.movierec.app.store.ApiTokenRepository;
import org.movierec.app.store.WebAccountRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.RememberMeServices;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what (the security model is described in docs/WEB.md). Pages: form sign-in with BCrypt passwords and
 * optional "remember me", CSRF tokens on every form, a new session id at sign-in (session fixation protection) and
 * throttled sign-in attempts. API ({@code /api/**}): the browser session, a personal API token (Bearer) or HTTP Basic;
 * {@code /api/me/**} needs a signed-in user, answers 401 as problem details otherwise; CSRF applies to
 * session-authenticated writes. Session policy: an anonymous visitor has no server-side session (the CSRF token and the
 * page to return to after sign-in live in cookies); a signed-in session ends after {@code server.servlet.session.timeout}
 * of inactivity unless "remember me" signs the browser in again.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfiguration {
    /** How long "remember me" keeps a browser signed in. */
    static final Duration REMEMBER_ME = Duration.ofDays(30);
    private static final String SIGN_IN_FIRST = "Sign in first: this needs an account.";
    /**
     * Scripts and styles only from this site (inline style attributes allowed: posters set theirs), posters from any
     * HTTPS host, no plug-ins, no framing, forms only to this site.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: https:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(WebAccountRepository accounts) {
        return username -> accounts.findByUsername(username).map(AccountUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("no account " + username));
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(dao, throttle));
    }

    /** CSRF tokens in a cookie, so that an anonymous page view needs no session to hold one. */
    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return repository;
    }

    /** The page to return to after sign-in, in a cookie (no session for an anonymous visitor). */
    @Bean
    RequestCache requestCache() {
        return new CookieRequestCache();
    }

    /** "Remember me": one database row per remembered browser ({@code persistent_logins}), revoked at sign-out. */
    @Bean
    RememberMeServices rememberMeServices(UserDetailsService users, DataSource dataSource) {
        JdbcTokenRepositoryImpl tokens = new JdbcTokenRepositoryImpl();
        tokens.setDataSource(dataSource);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        PersistentTokenBasedRememberMeServices services =
                new PersistentTokenBasedRememberMeServices(HexFormat.of().formatHex(key), users, tokens);
        services.setTokenValiditySeconds((int) REMEMBER_ME.toSeconds());
        services.setParameter("remember-me");
        return services;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager manager, CsrfTokenRepository csrfTokens,
            ApiTokenRepository apiTokens, UserDetailsService users) throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        RequestMatcher withAuthorizationHeader = request -> request.getHeader("Authorization") != null;
        AuthenticationEntryPoint entryPoint = SecurityConfiguration::unauthorized;
        http.securityMatcher(path.matcher("/api/**"))
                .authenticationManager(manager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path.matcher("/api/me/**")).authenticated()
                        .requestMatchers(path.matcher(HttpMethod.POST, "/api/models/**")).hasRole("ADMIN")
                        .anyRequest().permitAll())
                .addFilterBefore(new ApiTokenAuthenticationFilter(apiTokens, users), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).ignoringRequestMatchers(withAuthorizationHeader,
                        path.matcher(HttpMethod.POST, "/api/recommendations")))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler((request, response, e) ->
                                Problems.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                                        "Not allowed (a write from a browser session needs its CSRF token).")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, AuthenticationManager manager, CsrfTokenRepository csrfTokens,
            RequestCache requestCache, RememberMeServices rememberMe) throws Exception {
        http.authenticationManager(manager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/admin/**", "/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/ratings/**", "/onboarding/**", "/recommendations/**", "/account/**", "/movies/*/rating",
                                "/movies/*/hide")
                        .authenticated()
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (e instanceof SignInThrottledException ? "/login?throttled" : "/login?error"))))
                .rememberMe(remember -> remember.rememberMeServices(rememberMe))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                .requestCache(cache -> cache.requestCache(requestCache))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    /** 401 for a request that needs an account, 429 with Retry-After when sign-in attempts are being throttled. */
    private static void unauthorized(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
            AuthenticationException e) throws java.io.IOException {
        if (e instanceof SignInThrottledException throttled) {
            response.setHeader("Retry-After", String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())));
            Problems.write(response, 429, "Too many requests", throttled.getMessage());
        } else {
            Problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", SIGN_IN_FIRST);
        }
    }
}
