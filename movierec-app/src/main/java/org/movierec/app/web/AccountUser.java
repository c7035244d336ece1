package org.movierec.app.web;

import java.util.List;
import org.movierec.app.store.Account;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in person: a Spring Security user that knows its rating user id. */
public final class AccountUser extends User {
    private static final long serialVersionUID = 1L;
    private final long accountId;
    private final int userId;

    public AccountUser(Account account) {
        super(account.username(), account.passwordHash(), List.of(new SimpleGrantedAuthority("ROLE_" + account.role())));
        this.accountId = account.id();
        this.userId = account.userId();
    }

    public long accountId() {
        return accountId;
    }

    public int userId() {
        return userId;
    }

    public boolean isAdmin() {
        return getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
