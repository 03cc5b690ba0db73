package dev.usersvc.web.session;

/**
 * Set-Cookie values for the console. Written by hand because the SameSite attribute must be there: Strict, so
 * no other site can make the browser send the cookie; HttpOnly, so no script can read it; Path=/admin, so the
 * JSON API never sees it; Secure whenever the request came over HTTPS. No Max-Age: it dies with the browser.
 */
public final class SessionCookies {
    public static final String SESSION = "usersvc_session";
    /** The pre-session CSRF cookie of the sign-in form (double submit). */
    public static final String SIGN_IN_CSRF = "usersvc_csrf";

    private SessionCookies() {
    }

    public static String session(String id, boolean secure) {
        return cookie(SESSION, id, "/admin", secure, false);
    }

    public static String clearSession(boolean secure) {
        return cookie(SESSION, "", "/admin", secure, true);
    }

    public static String signInCsrf(String token, boolean secure) {
        return cookie(SIGN_IN_CSRF, token, "/admin/sign-in", secure, false);
    }

    private static String cookie(String name, String value, String path, boolean secure, boolean expire) {
        StringBuilder cookie = new StringBuilder(name).append('=').append(value)
                .append("; Path=").append(path).append("; HttpOnly; SameSite=Strict");
        if (expire) {
            cookie.append("; Max-Age=0");
        }
        if (secure) {
            cookie.append("; Secure");
        }
        return cookie.toString();
    }
}
