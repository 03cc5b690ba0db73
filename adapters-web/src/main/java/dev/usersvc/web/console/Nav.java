package dev.usersvc.web.console;

/**
 * The signed-in part of the page shell: who is signed in, the token the sign-out form posts, and whether the
 * caller is a platform admin (all sections) or not (organizations and their own account only).
 */
public record Nav(String slug, String csrfToken, boolean platform) {
}
