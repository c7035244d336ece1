package org.movierec.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.movierec.app.store.WebAccountRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign in, sign up and the first admin's setup. Sign-out is Spring Security's POST /logout. */
@Controller
public class AccountController implements PageController {
    static final int MIN_PASSWORD = 8;
    /** BCrypt reads at most this many bytes of a password. */
    static final int MAX_PASSWORD_BYTES = 72;
    private static final String USERNAME = "[A-Za-z0-9_.@-]{3,40}";

    private final WebAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuthenticationManager authentication;
    private final AdminSetup adminSetup;
    private final SignUpThrottle signUps;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    public AccountController(WebAccountRepository accounts, PasswordEncoder encoder, AuthenticationManager authentication,
            AdminSetup adminSetup, SignUpThrottle signUps) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.authentication = authentication;
        this.adminSetup = adminSetup;
        this.signUps = signUps;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String throttled, Model model) {
        if (throttled != null) {
            model.addAttribute("error", "Too many sign-in attempts for this account from here; try again in "
                    + LoginThrottle.WINDOW.toMinutes() + " minutes.");
        } else if (error != null) {
            model.addAttribute("error", "That username and password do not match an account.");
        }
        return "login";
    }

    @GetMapping("/signup")
    String signupForm() {
        return "signup";
    }

    @PostMapping("/signup")
    String signup(@RequestParam String username, @RequestParam String password, @RequestParam String confirm,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        List<String> errors = passwordProblems(password, confirm);
        if (!username.matches(USERNAME)) {
            errors.add(0, "A username has 3 to 40 letters, digits or the characters _ . @ -");
        } else if (AdminSetup.reserved(username)) {
            errors.add(0, "That username is reserved; choose another.");
        }
        Duration wait = errors.isEmpty() ? signUps.attempt(request.getRemoteAddr()) : Duration.ZERO;
        if (!wait.isZero()) {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(wait.toSeconds()));
            errors.add("Too many new accounts from here; try again in " + Math.max(1, (wait.toSeconds() + 59) / 60) + " minutes.");
        } else if (errors.isEmpty()) {
            try {
                accounts.create(username, encoder.encode(password), "USER");
                signIn(username, password, request, response);
                return "redirect:/onboarding";
            } catch (DuplicateKeyException e) {
                signUps.noAccountMade(request.getRemoteAddr());
                errors.add("That username is taken; choose another.");
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("username", username);
        return "signup";
    }

    static List<String> passwordProblems(String password, String confirm) {
        List<String> errors = new ArrayList<>();
        if (password.length() < MIN_PASSWORD) {
            errors.add("A password has at least " + MIN_PASSWORD + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            errors.add("A password has at most " + MAX_PASSWORD_BYTES + " bytes (" + MAX_PASSWORD_BYTES
                    + " letters without accents); choose a shorter one.");
        }
        if (!password.equals(confirm)) {
            errors.add("The two passwords differ.");
        }
        return errors;
    }

    /** Signs the new account in, in a new session id (so no session fixation). */
    private void signIn(String username, String password, HttpServletRequest request, HttpServletResponse response) {
        Authentication auth = authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    @GetMapping("/setup")
    String setupForm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        if (!adminSetup.valid(token)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("status", 404);
            model.addAttribute("title", "Not found");
            model.addAttribute("message", "This setup link is not valid (it works once, for "
                    + AdminSetup.LINK_LIFETIME.toMinutes() + " minutes after the start that printed it, until an admin exists).");
            return "problem";
        }
        model.addAttribute("token", token);
        return "setup";
    }

    @PostMapping("/setup")
    String setup(@RequestParam String token, @RequestParam String password, @RequestParam String confirm,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!adminSetup.valid(token)) {
            return setupForm(token, model, response);
        }
        List<String> errors = passwordProblems(password, confirm);
        if (!errors.isEmpty()) {
            model.addAttribute("token", token);
            model.addAttribute("errors", errors);
            return "setup";
        }
        adminSetup.complete(token, password);
        signIn(AdminSetup.ADMIN, password, request, response);
        return "redirect:/";
    }
}
