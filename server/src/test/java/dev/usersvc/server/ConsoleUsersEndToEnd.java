package dev.usersvc.server;

import static dev.usersvc.server.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.server.Api.Reply;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The users area of the console over HTTP, on a real server: one user's page, create, edit, reset password,
 * revoke tokens, delete, service accounts and the own-password form, with every refusal changing nothing.
 */
abstract class ConsoleUsersEndToEnd extends EndToEnd {
    private static final String HTML_NAME = "<b>bold</b><script>alert(1)</script>";
    private static final String HTML_NAME_ESCAPED = "&lt;b&gt;bold&lt;/b&gt;&lt;script&gt;alert(1)&lt;/script&gt;";

    private ConsoleClient console() {
        return new ConsoleClient(app().getLocalPort());
    }

    private ConsoleClient adminConsole() {
        ConsoleClient console = console();
        assertThat(console.signIn(ADMIN_SLUG, ADMIN_PASSWORD).statusCode()).isEqualTo(303);
        return console;
    }

    private static String location(HttpResponse<String> response) {
        return URI.create(response.headers().firstValue("Location").orElseThrow()).getPath();
    }

    /** Opens the form at {@code formPath} and posts it with its CSRF field and {@code fields}. */
    private static HttpResponse<String> submit(ConsoleClient console, String formPath, String action,
                                               Map<String, String> fields) {
        HttpResponse<String> form = console.get(formPath);
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        Map<String, String> body = new HashMap<>(fields);
        body.put("csrf", ConsoleClient.csrfField(form.body()));
        return console.post(action, body);
    }

    private int selfStatus(String token) {
        return api().post("/user-svc/self", token, "{}").status();
    }

    private Reply loginReply(String slug, String password) {
        return api().post("/user-svc/login", null, obj("appHost", APP_HOST, "slug", slug, "password", password));
    }

    @Test
    void theUserPageShowsTheAccountItsRolesTokensAndTrailWithHtmlAsText() {
        String slug = unique("paged");
        Reply registered = api().post("/user-svc/register", null, obj("appHost", APP_HOST, "slug", slug,
                "name", HTML_NAME, "password", PASSWORD));
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
        String userId = registered.json().path("token").path("userId").asText();
        ConsoleClient console = adminConsole();

        HttpResponse<String> list = console.get("/admin/users?search=" + slug);
        HttpResponse<String> page = console.get("/admin/users/" + userId);

        assertThat(list.body()).contains("<a href=\"/admin/users/" + userId + "\">" + slug + "</a>");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>User " + slug + "</h1>")
                .contains("<dd class=\"user-name\">" + HTML_NAME_ESCAPED + "</dd>")
                .doesNotContain(HTML_NAME).doesNotContain("<script")
                .contains("<dt>Type</dt><dd>User</dd>")
                .contains("<td>user.register</td>")
                .contains("href=\"/admin/audit?target=" + userId + "\"");
        assertThat(page.body()).contains("<tr><td>unknown</td><td>1</td><td>1</td>");
    }

    @Test
    void aNonAdminIsRefusedEveryUsersPageAndAction() {
        Session plain = register("plain");
        Session target = register("target");
        ConsoleClient console = console();
        assertThat(console.signIn(plain.slug(), PASSWORD).statusCode()).isEqualTo(303);
        String csrf = ConsoleClient.csrfField(console.get("/admin/account/password").body());

        for (String path : new String[] {"/admin/users/" + target.userId(), "/admin/users/new",
                "/admin/users/" + target.userId() + "/edit", "/admin/users/" + target.userId() + "/delete",
                "/admin/service-accounts"}) {
            HttpResponse<String> page = console.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(403);
            assertThat(page.body()).as(path).contains("Not allowed");
        }
        HttpResponse<String> delete = console.post("/admin/users/" + target.userId() + "/delete", Map.of("csrf", csrf));
        HttpResponse<String> reset = console.post("/admin/users/" + target.userId() + "/password",
                Map.of("csrf", csrf, "password", "taken-over-1", "confirmation", "taken-over-1"));

        assertThat(delete.statusCode()).isEqualTo(403);
        assertThat(reset.statusCode()).isEqualTo(403);
        assertThat(selfStatus(target.token())).isEqualTo(200);
        assertThat(loginReply(target.slug(), PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void createsAUserAndOpensItsPage() {
        register("creator"); // the roles go to the app of APP_HOST, which a registration makes sure exists
        String slug = unique("created");
        ConsoleClient console = adminConsole();

        HttpResponse<String> created = submit(console, "/admin/users/new", "/admin/users/new", Map.of("slug", slug,
                "name", "Created One", "password", "created-password-1", "contact", "Created@Example.com",
                "app", APP_HOST, "roles", "test-role"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        assertThat(location(created)).startsWith("/admin/users/usr_");
        HttpResponse<String> page = console.get(location(created));
        assertThat(page.body()).contains("Created user " + slug + ".").contains("<dd class=\"user-name\">Created One</dd>")
                .contains("<td>created@example.com</td><td>not verified</td>")
                .contains("<td class=\"slug\">test-role</td>");
        Reply login = loginReply(slug, "created-password-1");
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        assertThat(roles(login.json().path("token").path("token").asText())).contains("test-role");
    }

    @Test
    void aBadOrTakenSlugOrAMissingCsrfCreatesNothing() {
        Session existing = register("taken");
        String slug = unique("never");
        ConsoleClient console = adminConsole();

        HttpResponse<String> badSlug = submit(console, "/admin/users/new", "/admin/users/new",
                Map.of("slug", "Not A Slug", "name", "x", "password", "short"));
        HttpResponse<String> taken = submit(console, "/admin/users/new", "/admin/users/new",
                Map.of("slug", existing.slug(), "name", "Other", "password", "another-password-1"));
        HttpResponse<String> noCsrf = console.post("/admin/users/new",
                Map.of("slug", slug, "name", "x", "password", "another-password-1"));

        assertThat(badSlug.statusCode()).isEqualTo(400);
        assertThat(badSlug.body()).contains("id=\"slug-error\"").contains("id=\"password-error\"")
                .contains("value=\"Not A Slug\"");
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(taken.body()).contains("id=\"slug-error\"");
        assertThat(noCsrf.statusCode()).isEqualTo(403);
        assertThat(console.get("/admin/users?search=" + slug).body()).contains("No users match.");
        assertThat(loginReply(existing.slug(), PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void editsTheNameAndLabelsAndRefusesBadLabels() {
        Session user = register("edited");
        String base = "/admin/users/" + user.userId();
        ConsoleClient console = adminConsole();

        HttpResponse<String> saved = submit(console, base + "/edit", base + "/edit",
                Map.of("name", "New Name", "labels", "team=core\r\ntier = gold\r\n"));
        HttpResponse<String> bad = submit(console, base + "/edit", base + "/edit",
                Map.of("name", "Bad Name", "labels", "no equals sign"));
        HttpResponse<String> noCsrf = console.post(base + "/edit", Map.of("name", "Forged", "labels", ""));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        assertThat(location(saved)).isEqualTo(base);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("<p class=\"field-error\" id=\"labels-error\">line 1 is not key=value</p>");
        assertThat(noCsrf.statusCode()).isEqualTo(403);
        String page = console.get(base).body();
        assertThat(page).contains("<dd class=\"user-name\">New Name</dd>").contains("<code>team</code> = core")
                .contains("<code>tier</code> = gold").doesNotContain("Bad Name").doesNotContain("Forged");
        assertThat(console.get(base + "/edit").body()).contains(">team=core\ntier=gold</textarea>");
    }

    @Test
    void resetsAPasswordAndRefusesAMismatchOrATooShortOne() {
        Session user = register("reset");
        String base = "/admin/users/" + user.userId();
        ConsoleClient console = adminConsole();

        HttpResponse<String> mismatch = submit(console, base + "/password", base + "/password",
                Map.of("password", "brand-new-pass-1", "confirmation", "brand-new-pass-2"));
        HttpResponse<String> tooShort = submit(console, base + "/password", base + "/password",
                Map.of("password", "short", "confirmation", "short"));
        HttpResponse<String> noCsrf = console.post(base + "/password",
                Map.of("password", "forged-pass-1", "confirmation", "forged-pass-1"));
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(mismatch.body()).contains("id=\"confirmation-error\">the two passwords differ");
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("id=\"password-error\">password must be 8 to 256 characters");
        assertThat(noCsrf.statusCode()).isEqualTo(403);
        assertThat(loginReply(user.slug(), PASSWORD).status()).isEqualTo(200);

        HttpResponse<String> reset = submit(console, base + "/password", base + "/password",
                Map.of("password", "brand-new-pass-1", "confirmation", "brand-new-pass-1"));

        assertThat(reset.statusCode()).isEqualTo(303);
        assertThat(console.get(base).body()).contains("Password reset.").contains("<td>user.password-reset</td>");
        assertThat(loginReply(user.slug(), "brand-new-pass-1").status()).isEqualTo(200);
        assertThat(loginReply(user.slug(), PASSWORD).status()).isEqualTo(401);
    }

    @Test
    void revokesEveryTokenAfterAConfirmation() {
        Session user = register("revoked");
        String base = "/admin/users/" + user.userId();
        ConsoleClient console = adminConsole();
        HttpResponse<String> confirmation = console.get(base + "/revoke-tokens");
        assertThat(confirmation.body()).contains("Revoke every token of " + user.slug() + "?")
                .contains("action=\"" + base + "/revoke-tokens\"");

        HttpResponse<String> noCsrf = console.post(base + "/revoke-tokens", Map.of());
        assertThat(noCsrf.statusCode()).isEqualTo(403);
        assertThat(selfStatus(user.token())).isEqualTo(200);

        HttpResponse<String> revoked = console.post(base + "/revoke-tokens",
                Map.of("csrf", ConsoleClient.csrfField(confirmation.body())));

        assertThat(revoked.statusCode()).isEqualTo(303);
        assertThat(location(revoked)).isEqualTo(base);
        assertThat(console.get(base).body()).contains("Revoked 1 token.").contains("<td>tokens.revoke</td>");
        assertThat(selfStatus(user.token())).isEqualTo(401);
    }

    @Test
    void deletesAUserAfterAConfirmationAndItsTokenStopsWorking() {
        Session user = register("deleted");
        String base = "/admin/users/" + user.userId();
        ConsoleClient console = adminConsole();
        HttpResponse<String> confirmation = console.get(base + "/delete");
        assertThat(confirmation.body()).contains("Delete user " + user.slug() + "?");

        assertThat(console.post(base + "/delete", Map.of("csrf", "forged")).statusCode()).isEqualTo(403);
        assertThat(console.get(base).statusCode()).isEqualTo(200);
        assertThat(selfStatus(user.token())).isEqualTo(200);

        HttpResponse<String> deleted = console.post(base + "/delete",
                Map.of("csrf", ConsoleClient.csrfField(confirmation.body())));

        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(location(deleted)).isEqualTo("/admin/users");
        assertThat(console.get("/admin/users").body()).contains("Deleted user " + user.slug() + ".");
        assertThat(console.get(base).statusCode()).isEqualTo(404);
        assertThat(selfStatus(user.token())).isEqualTo(401);
        assertThat(loginReply(user.slug(), PASSWORD).status()).isEqualTo(401);
    }

    @Test
    void serviceAccountsListsOnlyServices() {
        String name = "Billing " + unique("team"); // search matches a slug, name or contact exactly
        String serviceSlug = unique("billing") + "-svc";
        String humanSlug = unique("billing");
        String serviceId = registerNamed(serviceSlug, name);
        registerNamed(humanSlug, name);
        ConsoleClient console = adminConsole();

        HttpResponse<String> services = console.get("/admin/service-accounts?search=" + name.replace(' ', '+'));
        HttpResponse<String> everyone = console.get("/admin/users?search=" + name.replace(' ', '+'));

        assertThat(services.statusCode()).isEqualTo(200);
        assertThat(services.body()).contains("<h1>Service accounts</h1>")
                .contains("<a href=\"/admin/users/" + serviceId + "\">" + serviceSlug + "</a>")
                .doesNotContain(humanSlug + "<");
        assertThat(everyone.body()).contains(serviceSlug + "<").contains(humanSlug + "<");
        assertThat(console.get("/admin/users/" + serviceId).body()).contains("<dt>Type</dt><dd>Service</dd>");
    }

    private String registerNamed(String slug, String name) {
        Reply reply = api().post("/user-svc/register", null, obj("appHost", APP_HOST, "slug", slug, "name", name,
                "password", PASSWORD));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().path("token").path("userId").asText();
    }

    @Test
    void anyoneSignedInChangesTheirOwnPassword() {
        Session plain = register("own");
        ConsoleClient console = console();
        assertThat(console.signIn(plain.slug(), PASSWORD).statusCode()).isEqualTo(303);
        String form = "/admin/account/password";

        HttpResponse<String> wrongCurrent = submit(console, form, form,
                Map.of("current", "not-the-password", "password", "my-new-pass-1", "confirmation", "my-new-pass-1"));
        HttpResponse<String> mismatch = submit(console, form, form,
                Map.of("current", PASSWORD, "password", "my-new-pass-1", "confirmation", "my-new-pass-2"));
        HttpResponse<String> noCsrf = console.post(form,
                Map.of("current", PASSWORD, "password", "my-new-pass-1", "confirmation", "my-new-pass-1"));
        assertThat(wrongCurrent.statusCode()).isEqualTo(400);
        assertThat(wrongCurrent.body()).contains("id=\"current-error\">current password is wrong");
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(noCsrf.statusCode()).isEqualTo(403);
        assertThat(loginReply(plain.slug(), PASSWORD).status()).isEqualTo(200);

        HttpResponse<String> changed = submit(console, form, form,
                Map.of("current", PASSWORD, "password", "my-new-pass-1", "confirmation", "my-new-pass-1"));

        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(location(changed)).isEqualTo(form);
        assertThat(console.get(form).body()).contains("Your password has been changed.");
        assertThat(loginReply(plain.slug(), "my-new-pass-1").status()).isEqualTo(200);
        assertThat(loginReply(plain.slug(), PASSWORD).status()).isEqualTo(401);
    }
}
