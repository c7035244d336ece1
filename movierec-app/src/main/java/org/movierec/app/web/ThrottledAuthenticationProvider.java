package org.movierec.app.web;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Asks the {@link LoginThrottle} before checking a password, refusing with {@link SignInThrottledException}, and tells it of success. */
record ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) implements AuthenticationProvider {

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String name = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "unknown";
        Duration wait = throttle.attempt(name, address);
        if (!wait.isZero()) {
            throw new SignInThrottledException(wait);
        }
        Authentication result = delegate.authenticate(authentication);
        throttle.succeeded(name, address);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
