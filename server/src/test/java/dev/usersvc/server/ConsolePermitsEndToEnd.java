package dev.usersvc.server;

import static dev.usersvc.server.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The console's permits, enrolls, apps and audit log pages over plain HTTP: every action, and every refusal
 * (a non-admin, a missing CSRF token, bad input) changes nothing.
 */
abstract class ConsolePermitsEndToEnd extends EndToEnd {
    private static final Pattern PERMIT_EDIT = Pattern.compile("href=\"/admin/permits/([^\"/]+)/edit\"");
    private static final Pattern ENROLL_DELETE = Pattern.compile("href=\"/admin/enrolls/([^\"/]+)/delete\"");

    ConsoleClient console() {
        return new ConsoleClient(app().getLocalPort());
    }

    ConsoleClient signedInAdmin() {
        ConsoleClient console = console();
        assertThat(console.signIn(ADMIN_SLUG, ADMIN_PASSWORD).statusCode()).isEqualTo(303);
        return console;
    }

    /** POSTs the form with the CSRF token of the page the form is on. */
    static HttpResponse<String> submit(ConsoleClient console, String pagePath, String action,
                                       Map<String, String> fields) {
        HttpResponse<String> page = console.get(pagePath);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        Map<String, String> form = new HashMap<>(fields);
        form.put("csrf", ConsoleClient.csrfField(page.body()));
        return console.post(action, form);
    }

    boolean hasPermission(Session session, String permission) {
        Api.Reply reply = api().post("/user-svc/self/has/" + permission, session.token(), null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().path("authorized").asBoolean();
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private String permitIdFor(ConsoleClient console, String permission) {
        HttpResponse<String> list = console.get("/admin/permits?permission=" + q(permission));
        Matcher matcher = PERMIT_EDIT.matcher(list.body());
        assertThat(matcher.find()).as(list.body()).isTrue();
        return matcher.group(1);
    }

    @Test
    void createsEditsAndDeletesAPermitAndHasPermissionFollows() {
        Session ada = register("ada");
        String permission = unique("shop") + ":order:view";
        ConsoleClient console = signedInAdmin();
        assertThat(hasPermission(ada, permission)).isFalse();

        HttpResponse<String> created = submit(console, "/admin/permits/new", "/admin/permits",
                Map.of("permission", permission, "app", "*", "roles", "user-svc:user", "slugs", ""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        assertThat(location(created)).endsWith("/admin/permits");
        assertThat(console.get("/admin/permits").body()).contains("Permit for " + permission + " saved.");
        assertThat(hasPermission(ada, permission)).isTrue();
        String id = permitIdFor(console, permission);

        HttpResponse<String> edited = submit(console, "/admin/permits/" + id + "/edit", "/admin/permits/" + id,
                Map.of("permission", permission, "app", "*", "roles", "", "slugs", "somebody-else"));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(303);
        assertThat(hasPermission(ada, permission)).isFalse();
        assertThat(console.get("/admin/permits?slug=somebody-else").body()).contains(permission);

        HttpResponse<String> confirm = console.get("/admin/permits/" + id + "/delete");
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("Delete this permit?").contains(permission);
        assertThat(console.post("/admin/permits/" + id + "/delete",
                Map.of("csrf", ConsoleClient.csrfField(confirm.body()))).statusCode()).isEqualTo(303);
        assertThat(console.get("/admin/permits?permission=" + q(permission)).body()).contains("No permits match.");
        assertThat(console.get("/admin/permits/" + id + "/edit").statusCode()).isEqualTo(404);
    }

    @Test
    void filtersPermitsByPermissionRoleSlugAndApp() {
        String prefix = unique("flt");
        ConsoleClient console = signedInAdmin();
        submit(console, "/admin/permits/new", "/admin/permits",
                Map.of("permission", prefix + ":a", "app", "*", "roles", prefix + ":role", "slugs", ""));
        submit(console, "/admin/permits/new", "/admin/permits",
                Map.of("permission", prefix + ":b", "app", APP_HOST, "roles", "", "slugs", prefix));

        assertThat(console.get("/admin/permits?role=" + q(prefix + ":role")).body())
                .contains("<td class=\"slug\">" + prefix + ":a</td>")
                .doesNotContain("<td class=\"slug\">" + prefix + ":b</td>");
        assertThat(console.get("/admin/permits?slug=" + prefix).body())
                .contains("<td class=\"slug\">" + prefix + ":b</td>")
                .doesNotContain("<td class=\"slug\">" + prefix + ":a</td>");
        assertThat(console.get("/admin/permits?app=" + APP_HOST + "&permission=" + q(prefix + ":b")).body())
                .contains("<td class=\"slug\">" + APP_HOST + "</td>");
        assertThat(console.get("/admin/permits?app=*&permission=" + q(prefix + ":b")).body())
                .contains("No permits match.");
    }

    @Test
    void aBadPermitIsA400WithTheFieldErrorAndSavesNothing() {
        ConsoleClient console = signedInAdmin();
        String role = unique("bad") + ":role";

        HttpResponse<String> empty = submit(console, "/admin/permits/new", "/admin/permits",
                Map.of("permission", "", "app", "*", "roles", role, "slugs", ""));
        HttpResponse<String> malformed = submit(console, "/admin/permits/new", "/admin/permits",
                Map.of("permission", "x:y", "app", "*", "roles", role + " has\u0001control", "slugs", ""));
        HttpResponse<String> unknownApp = submit(console, "/admin/permits/new", "/admin/permits",
                Map.of("permission", "x:y", "app", unique("nowhere") + ".example", "roles", role, "slugs", ""));

        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("<p class=\"field-error\" id=\"permission-error\">permission is required</p>");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("id=\"roles-error\">role must be at most 300 characters without spaces");
        assertThat(unknownApp.statusCode()).isEqualTo(400);
        assertThat(unknownApp.body()).contains("id=\"app-error\">unknown app host");
        assertThat(console.get("/admin/permits?role=" + q(role)).body()).contains("No permits match.");
    }

    @Test
    void aBuiltInPermitCannotBeDeleted() {
        ConsoleClient console = signedInAdmin();
        String id = "prm_builtin_user-svc:admin_user-svc:permit:create";

        HttpResponse<String> refused = submit(console, "/admin/permits/" + q(id) + "/delete",
                "/admin/permits/" + q(id) + "/delete", Map.of());

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("built-in permits cannot be deleted");
        assertThat(hasPermission(admin(), "user-svc:permit:create")).isTrue();
    }

    @Test
    void enrollsByUserSlugAndByContactThenDeletes() {
        Session bob = register("bob");
        String role = unique("club") + ":member";
        String contact = unique("invitee") + "@example.com";
        ConsoleClient console = signedInAdmin();

        HttpResponse<String> byUser = submit(console, "/admin/enrolls/new", "/admin/enrolls",
                Map.of("user", bob.slug(), "contact", "", "role", role, "app", APP_HOST));
        HttpResponse<String> byContact = submit(console, "/admin/enrolls/new", "/admin/enrolls",
                Map.of("user", "", "contact", contact, "role", role, "app", "*"));

        assertThat(byUser.statusCode()).as(byUser.body()).isEqualTo(303);
        assertThat(byContact.statusCode()).as(byContact.body()).isEqualTo(303);
        assertThat(roles(login(bob).token())).contains(role);
        String list = console.get("/admin/enrolls?role=" + q(role)).body();
        assertThat(list).contains("<td class=\"slug\">" + bob.slug() + "</td>")
                .contains("<td class=\"slug\">" + contact + "</td>");
        assertThat(console.get("/admin/enrolls?contact=" + q(contact)).body())
                .doesNotContain("<td class=\"slug\">" + bob.slug() + "</td>");
        String byIdList = console.get("/admin/enrolls?user=" + bob.userId() + "&app=" + APP_HOST).body();
        Matcher enroll = ENROLL_DELETE.matcher(byIdList);
        assertThat(enroll.find()).as(byIdList).isTrue();

        HttpResponse<String> confirm = console.get("/admin/enrolls/" + enroll.group(1) + "/delete");
        assertThat(confirm.body()).contains("Delete this enroll?");
        HttpResponse<String> deleted = console.post("/admin/enrolls/" + enroll.group(1) + "/delete",
                Map.of("csrf", ConsoleClient.csrfField(confirm.body())));

        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(roles(login(bob).token())).doesNotContain(role);
        assertThat(console.get("/admin/enrolls?role=" + q(role)).body())
                .doesNotContain("<td class=\"slug\">" + bob.slug() + "</td>").contains(contact);
    }

    @Test
    void aBadEnrollIsA400WithTheFieldError() {
        ConsoleClient console = signedInAdmin();
        String role = unique("nope") + ":role";

        HttpResponse<String> unknownUser = submit(console, "/admin/enrolls/new", "/admin/enrolls",
                Map.of("user", unique("ghost"), "contact", "", "role", role, "app", APP_HOST));
        HttpResponse<String> noRole = submit(console, "/admin/enrolls/new", "/admin/enrolls",
                Map.of("user", ADMIN_SLUG, "contact", "", "role", "", "app", APP_HOST));

        assertThat(unknownUser.statusCode()).isEqualTo(400);
        assertThat(unknownUser.body()).contains("id=\"user-error\">no user has this slug or id");
        assertThat(noRole.statusCode()).isEqualTo(400);
        assertThat(noRole.body()).contains("id=\"role-error\">role is required");
        assertThat(console.get("/admin/enrolls?role=" + q(role)).body()).contains("No enrolls match.");
    }

    @Test
    void renamesAnAppAndShowsATakenHostOrUnnamedNextToTheField() {
        String host = unique("shop") + ".example";
        registerIn(host);
        ConsoleClient console = signedInAdmin();
        String appId = appIdOf(console, host);
        String renamed = unique("renamed") + ".example";

        HttpResponse<String> taken = submit(console, "/admin/apps/" + appId + "/edit", "/admin/apps/" + appId,
                Map.of("host", APP_HOST));
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(taken.body()).contains("id=\"host-error\">");
        HttpResponse<String> unnamed = submit(console, "/admin/apps/" + appId + "/edit",
                "/admin/apps/" + appIdOf(console, "unnamed"), Map.of("host", unique("x") + ".example"));
        assertThat(unnamed.statusCode()).isEqualTo(409);
        assertThat(unnamed.body()).contains("id=\"host-error\">the unnamed app cannot be renamed</p>");
        assertThat(appIdOf(console, "unnamed")).isNotEmpty();

        HttpResponse<String> ok = submit(console, "/admin/apps/" + appId + "/edit", "/admin/apps/" + appId,
                Map.of("host", renamed));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(303);
        assertThat(console.get("/admin/apps").body()).contains("renamed to " + renamed + ".");
        assertThat(appIdOf(console, renamed)).isEqualTo(appId);
    }

    @Test
    void auditLogShowsTheseActionsAndFiltersNarrowThem() {
        String permission = unique("audited") + ":read";
        ConsoleClient console = signedInAdmin();
        submit(console, "/admin/permits/new", "/admin/permits",
                Map.of("permission", permission, "app", "*", "roles", "user-svc:user", "slugs", ""));
        String id = permitIdFor(console, permission);
        submit(console, "/admin/permits/" + id + "/delete", "/admin/permits/" + id + "/delete", Map.of());
        String rootId = admin().userId();

        String byTarget = console.get("/admin/audit?target=" + q(id)).body();
        assertThat(byTarget).contains("permit.save").contains("permit.delete").contains("permission " + permission);
        String saveOnly = console.get("/admin/audit?target=" + q(id) + "&action=permit.save").body();
        assertThat(saveOnly).contains("<td class=\"slug\">permit.save</td>")
                .doesNotContain("<td class=\"slug\">permit.delete</td>")
                .contains("<td class=\"slug\">127.0.0.1</td>"); // where the console change came from
        assertThat(console.get("/admin/audit?actor=" + rootId + "&target=" + q(id)).body()).contains("permit.delete");
        assertThat(console.get("/admin/audit?actor=" + ADMIN_SLUG + "&target=" + q(id)).body())
                .contains("permit.delete");
        assertThat(console.get("/admin/audit?target=" + q(id) + "&to=2000-01-01").body()).contains("No events match.");
        assertThat(console.get("/admin/audit?target=" + q(id) + "&from=2000-01-01T00:00").body())
                .contains("permit.delete");
        HttpResponse<String> badTime = console.get("/admin/audit?from=yesterday");
        assertThat(badTime.statusCode()).isEqualTo(400);
        assertThat(badTime.body()).contains("id=\"from-error\">use a UTC date");
    }

    @Test
    void aNonAdminGets403OnEveryPageAndPostAndNothingChanges() {
        Session eve = register("eve");
        String permission = eve.slug() + ":thing";
        ConsoleClient console = console();
        assertThat(console.signIn(eve.slug(), PASSWORD).statusCode()).isEqualTo(303);
        // the 403 page keeps the sign-out form, and with it the session's CSRF token
        String csrf = ConsoleClient.csrfField(console.get("/admin/permits").body());

        for (String page : List.of("/admin/permits", "/admin/permits/new", "/admin/enrolls", "/admin/enrolls/new",
                "/admin/apps", "/admin/audit", "/admin/audit?target=" + eve.userId())) {
            assertThat(console.get(page).statusCode()).as(page).isEqualTo(403);
        }
        // eve owns her own permission and role, so only the console's platform rule stops these
        assertThat(console.post("/admin/permits", Map.of("csrf", csrf, "permission", permission, "app", "*",
                "roles", "user-svc:user", "slugs", "")).statusCode()).isEqualTo(403);
        assertThat(console.post("/admin/enrolls", Map.of("csrf", csrf, "user", eve.slug(), "contact", "",
                "role", eve.slug() + ":pro", "app", APP_HOST)).statusCode()).isEqualTo(403);
        String testApp = appIdOf(signedInAdmin(), APP_HOST);
        assertThat(console.post("/admin/apps/" + testApp, Map.of("csrf", csrf, "host", unique("stolen")))
                .statusCode()).isEqualTo(403);
        assertThat(console.post("/admin/permits/prm_x/delete", Map.of("csrf", csrf)).statusCode()).isEqualTo(403);
        assertThat(console.post("/admin/enrolls/enr_x/delete", Map.of("csrf", csrf)).statusCode()).isEqualTo(403);

        assertThat(hasPermission(eve, permission)).isFalse();
        assertThat(roles(login(eve).token())).doesNotContain(eve.slug() + ":pro");
        assertThat(appIdOf(signedInAdmin(), APP_HOST)).isEqualTo(testApp);
    }

    @Test
    void aPostWithoutTheCsrfTokenIs403AndChangesNothing() {
        Session carol = register("carol");
        String permission = unique("csrf") + ":read";
        String role = unique("csrf") + ":pro";
        ConsoleClient console = signedInAdmin();

        assertThat(console.post("/admin/permits", Map.of("permission", permission, "app", "*",
                "roles", "user-svc:user", "slugs", "")).statusCode()).isEqualTo(403);
        assertThat(console.post("/admin/enrolls", Map.of("csrf", "forged", "user", carol.slug(), "contact", "",
                "role", role, "app", APP_HOST)).statusCode()).isEqualTo(403);
        String appId = appIdOf(console, APP_HOST);
        assertThat(console.post("/admin/apps/" + appId, Map.of("host", unique("csrf") + ".example")).statusCode())
                .isEqualTo(403);
        String builtIn = q("prm_builtin_user-svc:user_user-svc:enroll:view");
        assertThat(console.post("/admin/permits/" + builtIn + "/delete", Map.of()).statusCode()).isEqualTo(403);

        assertThat(hasPermission(carol, permission)).isFalse();
        assertThat(roles(login(carol).token())).doesNotContain(role);
        assertThat(appIdOf(console, APP_HOST)).isEqualTo(appId);
        assertThat(console.get("/admin/permits?permission=" + q(permission)).body()).contains("No permits match.");
    }

    private void registerIn(String host) {
        Api.Reply reply = api().post("/user-svc/register", null, obj("appHost", host, "slug", unique("member"),
                "name", "Member", "password", PASSWORD));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    static String appIdOf(ConsoleClient console, String host) {
        String apps = console.get("/admin/apps").body();
        Matcher matcher = Pattern.compile("<td class=\"slug\">" + Pattern.quote(host)
                + "</td>\\s*<td class=\"slug\">(app_[^<]+)</td>").matcher(apps);
        assertThat(matcher.find()).as(apps).isTrue();
        return matcher.group(1);
    }
}
