package dev.usersvc.server;

import static dev.usersvc.server.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The admin console over plain HTTP: headers, cookies, CSRF, who may see what, HTML errors. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ConsoleOnH2IT {
    static final DropwizardAppExtension<UserSvcConfiguration> APP = new DropwizardAppExtension<>(
            UserSvcApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"),
            ConfigOverride.config("database.url", E2eDatabase.h2InMemory()));
    private static final String ADMIN_SLUG = "root";
    private static final String ADMIN_PASSWORD = "root-password-1";

    private ConsoleClient console() {
        return new ConsoleClient(APP.getLocalPort());
    }

    private static String register(String prefix) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply reply = new Api(APP.getLocalPort()).post("/user-svc/register", null,
                obj("appHost", "test.app", "slug", slug, "name", "Test " + slug, "password", "a-password-123"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return slug;
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    @Test
    void signInPageCarriesTheSecurityHeadersAndAStrictCsrfCookie() {
        HttpResponse<String> page = console().get("/admin/sign-in");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Content-Type")).startsWith("text/html");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'none'").contains("style-src 'self'").doesNotContain("unsafe-inline"));
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(page.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith("usersvc_csrf=").contains("HttpOnly").contains("SameSite=Strict"));
        assertThat(page.body()).contains("name=\"csrf\"").contains("name=\"password\"");
    }

    @Test
    void stylesheetIsServedByUserSvcWithTheSameHeaders() {
        HttpResponse<String> css = console().get("/admin/assets/console.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(header(css, "Content-Type")).startsWith("text/css");
        assertThat(css.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(css.body()).contains(".list th");
    }

    @Test
    void adminSignsInWithASessionCookieAndSeesTheUsers() {
        ConsoleClient console = console();

        HttpResponse<String> signIn = console.signIn(ADMIN_SLUG, ADMIN_PASSWORD);

        assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(303);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/admin"));
        assertThat(signIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("usersvc_session=").contains("HttpOnly").contains("SameSite=Strict")
                .contains("Path=/admin").doesNotContain("Secure"));
        HttpResponse<String> dashboard = console.get("/admin");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Welcome, root.").contains("Signed in as <strong>root</strong>.").contains("class=\"tile-number\"");
        HttpResponse<String> users = console.get("/admin/users");
        assertThat(users.statusCode()).isEqualTo(200);
        assertThat(users.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(users.body()).contains(">root</a></td>");
    }

    @Test
    void searchFindsOneUserBySlug() {
        String slug = register("searched");
        ConsoleClient console = console();
        console.signIn(ADMIN_SLUG, ADMIN_PASSWORD);

        HttpResponse<String> users = console.get("/admin/users?search=" + slug);

        assertThat(users.statusCode()).isEqualTo(200);
        assertThat(users.body()).contains(">" + slug + "</a></td>")
                .doesNotContain(">root</a></td>");
    }

    @Test
    void pagesThroughUsersFiftyAtATimeWithTheCursor() {
        String name = "Pager " + UUID.randomUUID().toString().substring(0, 8);
        Api api = new Api(APP.getLocalPort());
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            String slug = "pager-" + i + "-" + UUID.randomUUID().toString().substring(0, 6);
            assertThat(api.post("/user-svc/register", null, obj("appHost", "test.app", "slug", slug, "name", name,
                    "password", "a-password-123")).status()).isEqualTo(200);
            slugs.add(slug);
        }
        ConsoleClient console = console();
        console.signIn(ADMIN_SLUG, ADMIN_PASSWORD);

        HttpResponse<String> first = console.get("/admin/users?search=" + name.replace(' ', '+'));
        Matcher next = Pattern.compile("href=\"(/admin/users\\?[^\"]+)\" rel=\"next\"").matcher(first.body());
        assertThat(next.find()).as("a next-page link").isTrue();
        HttpResponse<String> second = console.get(next.group(1).replace("&amp;", "&"));

        assertThat(first.body()).contains(">" + slugs.get(50) + "<").contains(">" + slugs.get(1) + "<")
                .doesNotContain(">" + slugs.get(0) + "<");
        assertThat(rows(first.body())).isEqualTo(50);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains(">" + slugs.get(0) + "<").doesNotContain("rel=\"next\"");
        assertThat(rows(second.body())).isEqualTo(1);
    }

    private static int rows(String html) {
        return html.split("<td class=\"slug\">", -1).length - 1;
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() {
        ConsoleClient console = console();
        console.signIn(ADMIN_SLUG, ADMIN_PASSWORD);

        HttpResponse<String> signOut = console.post("/admin/sign-out", Map.of());
        HttpResponse<String> forged = console.post("/admin/sign-out", Map.of("csrf", "forged"));

        assertThat(signOut.statusCode()).isEqualTo(403);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(signOut.body()).contains("Form expired");
        assertThat(console.get("/admin/users").statusCode()).isEqualTo(200); // still signed in
    }

    @Test
    void aSignInWithoutTheCsrfCookieIsRefused() {
        HttpResponse<String> signIn = console().post("/admin/sign-in",
                Map.of("csrf", "made-up", "slug", ADMIN_SLUG, "password", ADMIN_PASSWORD));

        assertThat(signIn.statusCode()).isEqualTo(403);
        assertThat(signIn.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("usersvc_session"));
    }

    @Test
    void anOversizedFormIsRefusedBeforeItIsRead() {
        ConsoleClient console = console();
        String csrf = ConsoleClient.csrfField(console.get("/admin/sign-in").body());

        HttpResponse<String> signIn = console.post("/admin/sign-in",
                Map.of("csrf", csrf, "slug", "a".repeat(20_000), "password", ADMIN_PASSWORD));

        assertThat(signIn.statusCode()).isEqualTo(413);
        assertThat(header(signIn, "Content-Type")).startsWith("text/html");
        assertThat(signIn.body()).contains("<h1>Too large</h1>");
    }

    @Test
    void signOutEndsTheSession() {
        ConsoleClient console = console();
        console.signIn(ADMIN_SLUG, ADMIN_PASSWORD);
        String csrf = ConsoleClient.csrfField(console.get("/admin").body());

        HttpResponse<String> signOut = console.post("/admin/sign-out", Map.of("csrf", csrf));

        assertThat(signOut.statusCode()).isEqualTo(303);
        assertThat(signOut.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("usersvc_session=;").contains("Max-Age=0"));
        assertThat(console.hasCookie("usersvc_session")).isFalse();
        assertThat(signOut.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v)
                .endsWith("/admin/sign-in?signed-out"));
        assertThat(console.get("/admin/sign-in?signed-out").body()).contains("You have signed out.");
        assertThat(console.get("/admin/users").statusCode()).isEqualTo(303);
    }

    @Test
    void aNormalUserMaySignInButNotSeeTheUsers() {
        String slug = register("plain");
        ConsoleClient console = console();

        assertThat(console.signIn(slug, "a-password-123").statusCode()).isEqualTo(303);
        HttpResponse<String> users = console.get("/admin/users");

        assertThat(users.statusCode()).isEqualTo(403);
        assertThat(header(users, "Content-Type")).startsWith("text/html");
        assertThat(users.body()).contains("Not allowed").contains("Sign out");
    }

    @Test
    void aWrongPasswordShowsTheFormAgainWith401() {
        String slug = register("wrong");
        HttpResponse<String> signIn = console().signIn(slug, "not-the-password");

        assertThat(signIn.statusCode()).isEqualTo(401);
        assertThat(signIn.body()).contains("invalid credentials").contains("value=\"" + slug + "\"")
                .doesNotContain("not-the-password");
        assertThat(signIn.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("usersvc_session"));
    }

    @Test
    void aMalformedSlugFailsLikeAnUnknownAccountAsInTheApi() {
        HttpResponse<String> signIn = console().signIn("Not A Slug", "not-the-password");

        assertThat(signIn.statusCode()).isEqualTo(401);
        assertThat(signIn.body()).contains("invalid credentials");
    }

    @Test
    void repeatedWrongPasswordsAreThrottledLikeTheApi() {
        String slug = register("throttled");
        ConsoleClient console = console();
        for (int i = 0; i < 5; i++) {
            assertThat(console.signIn(slug, "not-the-password").statusCode()).isEqualTo(401);
        }

        HttpResponse<String> blocked = console.signIn(slug, "a-password-123");

        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.body()).contains("form-error");
    }

    @Test
    void withoutACookieEveryPageRedirectsToSignIn() {
        for (String path : new String[] {"/admin", "/admin/users"}) {
            HttpResponse<String> page = console().get(path);

            assertThat(page.statusCode()).as(path).isEqualTo(303);
            assertThat(page.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v)
                    .endsWith("/admin/sign-in"));
        }
    }

    @Test
    void errorsUnderAdminAreHtmlPagesWhileTheApiKeepsJson() {
        ConsoleClient console = console();
        console.signIn(ADMIN_SLUG, ADMIN_PASSWORD);

        HttpResponse<String> missing = console.get("/admin/no-such-page");
        HttpResponse<String> badCursor = console.get("/admin/users?after=yesterday");
        Api.Reply api = new Api(APP.getLocalPort()).get("/user-svc/no-such-endpoint");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(header(missing, "Content-Type")).startsWith("text/html");
        assertThat(missing.body()).contains("<h1>Not found</h1>").doesNotContain("\"error\"");
        assertThat(badCursor.statusCode()).isEqualTo(400);
        assertThat(badCursor.body()).contains("cursor");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.header("Content-Type")).startsWith("application/json");
        assertThat(api.json().has("error")).isTrue();
        assertThat(api.header("Content-Security-Policy")).isNull();
    }
}
