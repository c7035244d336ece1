package org.movierec.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.movierec.app.store.ApiTokenRepository;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API request in by its personal API token ({@code Authorization: Bearer mrt_…}): one indexed lookup of the
 * token's SHA-256, no password hashing, nothing kept after the request. A token that is not (or no longer) valid is
 * answered 401 at once.
 */
final class ApiTokenAuthenticationFilter extends OncePerRequestFilter {
    private static final String BEARER = "Bearer ";
    private final ApiTokenRepository tokens;
    private final UserDetailsService users;

    ApiTokenAuthenticationFilter(ApiTokenRepository tokens, UserDetailsService users) {
        this.tokens = tokens;
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<UserDetails> user = tokens.username(header.substring(BEARER.length()).trim()).flatMap(this::user);
        if (user.isEmpty()) {
            Problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    "That API token is not valid (revoked, or never issued); create one on your account page.");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Optional<UserDetails> user(String username) {
        try {
            return Optional.of(users.loadUserByUsername(username));
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }
}
