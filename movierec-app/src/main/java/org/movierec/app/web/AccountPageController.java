package org.movierec.app.web;

import org.movierec.app.store.ApiTokenRepository;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's account page: personal API tokens, created (shown once) and revoked here. */
@Controller
public class AccountPageController implements PageController {
    /** The most tokens one account may hold. */
    static final int MAX_TOKENS = 20;
    private final ApiTokenRepository tokens;

    public AccountPageController(ApiTokenRepository tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("tokens", tokens.list(user.accountId()));
        return "account";
    }

    @PostMapping("/account/tokens")
    String create(@AuthenticationPrincipal AccountUser user, @RequestParam String name, RedirectAttributes redirect) {
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new IllegalArgumentException("a token's name has 1 to 100 characters");
        }
        if (tokens.list(user.accountId()).size() >= MAX_TOKENS) {
            throw new IllegalArgumentException("an account holds at most " + MAX_TOKENS + " tokens; revoke one first");
        }
        redirect.addFlashAttribute("newToken", tokens.create(user.accountId(), trimmed));
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal AccountUser user, @PathVariable int id) {
        if (!tokens.revoke(user.accountId(), id)) {
            throw new java.util.NoSuchElementException("you have no token " + id);
        }
        return "redirect:/account";
    }
}
