package org.movierec.app.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.movierec.app.store.WebAccountRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what. Pages: form sign-in with BCrypt passwords, CSRF tokens on every form, a new
 * session id at sign-in (session fixation protection) and throttled sign-in attempts. API
 * ({@code /api/**}): the browser session or HTTP Basic; {@code /api/me/**} needs a signed-in user,
 * answers 401 as problem details otherwise; CSRF applies to session-authenticated writes.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfiguration {

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
        return new ProviderManager(new ThrottledProvider(dao, throttle));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager manager) throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        RequestMatcher withAuthorizationHeader = request -> request.getHeader("Authorization") != null;
        http.securityMatcher(path.matcher("/api/**"))
                .authenticationManager(manager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path.matcher("/api/me/**")).authenticated()
                        .requestMatchers(path.matcher("/api/admin/**")).hasRole("ADMIN")
                        .requestMatchers(path.matcher(HttpMethod.POST, "/api/models/**")).hasRole("ADMIN")
                        .anyRequest().permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, ex) ->
                        problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "Sign in first: this needs an account.")))
                .csrf(csrf -> csrf.ignoringRequestMatchers(withAuthorizationHeader,
                        path.matcher(HttpMethod.POST, "/api/recommendations")))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) ->
                                problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "Sign in first: this needs an account."))
                        .accessDeniedHandler((request, response, e) ->
                                problem(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                                        "Not allowed (a write from a browser session needs its CSRF token).")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, AuthenticationManager manager) throws Exception {
        http.authenticationManager(manager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/admin/**", "/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/ratings/**", "/onboarding/**", "/recommendations/**", "/movies/*/rating", "/movies/*/hide",
                                "/movies/*/watchlist", "/watchlist/**", "/history/**")
                        .authenticated()
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").permitAll())
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        return http.build();
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail) throws java.io.IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }

    /** Refuses sign-in while the {@link LoginThrottle} says so, and tells it of every outcome. */
    private record ThrottledProvider(AuthenticationProvider delegate, LoginThrottle throttle) implements AuthenticationProvider {
        @Override
        public Authentication authenticate(Authentication authentication) throws AuthenticationException {
            String name = authentication.getName();
            String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "unknown";
            Duration wait = throttle.blockedFor(name, address);
            if (!wait.isZero()) {
                throw new LockedException("Too many failed sign-ins; try again in " + Math.max(1, wait.toMinutes()) + " minutes.");
            }
            try {
                Authentication result = delegate.authenticate(authentication);
                throttle.succeeded(name);
                return result;
            } catch (BadCredentialsException e) {
                throttle.failed(name, address);
                throw e;
            }
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return delegate.supports(authentication);
        }
    }
}
