package dev.usersvc.web.console;

/** The signed-in part of the page shell: who is signed in, and the token the sign-out form posts. */
public record Nav(String slug, String csrfToken) {
}
