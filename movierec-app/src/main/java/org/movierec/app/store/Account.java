package org.movierec.app.store;

/**
 * A sign-in account of the web application.
 *
 * @param userId the id of the rating user the account is tied to
 * @param role "USER" or "ADMIN"
 */
public record Account(long id, String username, String passwordHash, int userId, String role, long createdAt) {
    public boolean isAdmin() {
        return "ADMIN".equals(role);
    }
}
