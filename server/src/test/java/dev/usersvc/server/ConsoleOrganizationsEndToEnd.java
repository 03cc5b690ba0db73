package dev.usersvc.server;

import static dev.usersvc.server.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.usersvc.server.Api.Reply;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The console's organization pages over HTTP, as platform admin, organization admin, member and bystander. Every
 * refusal is followed by a look at the state it must not have changed. The console signs in to the unnamed app,
 * so organizations made through the JSON API here are made in that app too.
 */
abstract class ConsoleOrganizationsEndToEnd extends EndToEnd {
    static final String CONSOLE_APP = "unnamed";

    ConsoleClient signedIn(String slug, String password) {
        ConsoleClient console = new ConsoleClient(app().getLocalPort());
        HttpResponse<String> signIn = console.signIn(slug, password);
        assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(303);
        return console;
    }

    ConsoleClient signedIn(Session user) {
        return signedIn(user.slug(), PASSWORD);
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /** Posts a form from {@code page} with the session's CSRF token, as the browser would. */
    static HttpResponse<String> submit(ConsoleClient console, String page, String action, String... fields) {
        HttpResponse<String> opened = console.get(page);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        Map<String, String> form = new HashMap<>();
        form.put("csrf", ConsoleClient.csrfField(opened.body()));
        for (int i = 0; i < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        return console.post(action, form);
    }

    /** Creates an organization through the JSON API, in the console's app; returns its id. */
    String createThroughApi(Session creator, String slug) {
        Session inConsoleApp = login(creator.slug(), PASSWORD, CONSOLE_APP);
        Reply reply = api().put("/user-svc/organization", inConsoleApp.token(), obj("slug", slug, "name",
                "Name of " + slug));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().path("organization").path("id").asText();
    }

    List<String> rolesInConsoleApp(Session user) {
        return roles(login(user.slug(), PASSWORD, CONSOLE_APP).token());
    }

    static String page(String organizationId) {
        return "/admin/organizations/" + organizationId;
    }

    /** The organization page as the platform admin sees it: the witness that a refusal changed nothing. */
    String asPlatformAdmin(String organizationId) {
        HttpResponse<String> page = signedIn(ADMIN_SLUG, ADMIN_PASSWORD).get(page(organizationId));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return page.body();
    }

    static String memberRow(Session user, String role) {
        return "<td class=\"slug\">" + user.slug() + "</td><td>Test " + user.slug() + "</td>\n      <td>" + role
                + "</td>";
    }

    static String organizationUser(String id) {
        return "user-svc:org:{" + id + "}:user";
    }

    static String organizationAdmin(String id) {
        return "user-svc:org:{" + id + "}:admin";
    }

    @Test
    void aPlatformAdminCreatesAnOrganizationAndAddsAndRemovesMembersAndAdmins() {
        ConsoleClient root = signedIn(ADMIN_SLUG, ADMIN_PASSWORD);
        Session bob = register("bob");
        String slug = unique("acme");

        HttpResponse<String> created = submit(root, "/admin/organizations", "/admin/organizations",
                "name", "Acme <b>Inc</b>", "slug", slug);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        assertThat(location(created)).matches(".*/admin/organizations/org_[A-Za-z0-9]+");
        String id = location(created).substring(location(created).lastIndexOf('/') + 1);
        HttpResponse<String> opened = root.get(page(id));
        assertThat(opened.body()).contains("Organization " + slug + " created.")
                .contains("Acme &lt;b&gt;Inc&lt;/b&gt;").contains(slug).contains("<td class=\"slug\">" + ADMIN_SLUG + "</td>");
        assertThat(root.get("/admin/organizations").body()).contains("href=\"/admin/organizations/" + id + "\"");

        HttpResponse<String> added = submit(root, page(id), page(id) + "/members", "user", bob.slug());
        assertThat(added.statusCode()).as(added.body()).isEqualTo(303);
        assertThat(root.get(page(id)).body()).contains(bob.slug() + " is a member now.")
                .contains(memberRow(bob, "member"));
        assertThat(rolesInConsoleApp(bob)).contains(organizationUser(id));

        HttpResponse<String> madeAdmin = submit(root, page(id), page(id) + "/members/" + bob.userId() + "/admin",
                "admin", "true");
        assertThat(madeAdmin.statusCode()).isEqualTo(303);
        assertThat(root.get(page(id)).body()).contains(memberRow(bob, "admin"));
        assertThat(rolesInConsoleApp(bob)).contains(organizationAdmin(id));

        submit(root, page(id), page(id) + "/members/" + bob.userId() + "/admin", "admin", "false");
        assertThat(root.get(page(id)).body()).contains(memberRow(bob, "member"));
        assertThat(rolesInConsoleApp(bob)).doesNotContain(organizationAdmin(id));

        HttpResponse<String> confirm = root.get(page(id) + "/members/" + bob.userId() + "/remove");
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("Remove " + bob.slug() + " from Acme &lt;b&gt;Inc&lt;/b&gt;?")
                .contains("action=\"" + page(id) + "/members/" + bob.userId() + "/remove\"");
        assertThat(root.get(page(id)).body()).contains(memberRow(bob, "member")); // asking changed nothing
        HttpResponse<String> removed = submit(root, page(id) + "/members/" + bob.userId() + "/remove",
                page(id) + "/members/" + bob.userId() + "/remove");
        assertThat(removed.statusCode()).isEqualTo(303);
        assertThat(root.get(page(id)).body()).contains("The member was removed.").doesNotContain(bob.slug());
        assertThat(rolesInConsoleApp(bob)).doesNotContain(organizationUser(id));
    }

    @Test
    void badInputIsShownNextToItsFieldAndChangesNothing() {
        ConsoleClient root = signedIn(ADMIN_SLUG, ADMIN_PASSWORD);
        Session ada = register("ada");
        String taken = unique("taken");
        String id = createThroughApi(ada, taken);

        HttpResponse<String> badSlug = submit(root, "/admin/organizations", "/admin/organizations",
                "name", "", "slug", "Not A Slug");
        assertThat(badSlug.statusCode()).isEqualTo(400);
        assertThat(badSlug.body()).contains("<p class=\"field-error\" id=\"name-error\">enter a name</p>")
                .contains("id=\"slug-error\">slug must be lowercase").contains("value=\"Not A Slug\"");
        HttpResponse<String> takenSlug = submit(root, "/admin/organizations", "/admin/organizations",
                "name", "Second", "slug", taken);
        assertThat(takenSlug.statusCode()).isEqualTo(409);
        assertThat(takenSlug.body()).contains("id=\"slug-error\">organization slug is already taken</p>");
        assertThat(asPlatformAdmin(id)).contains("Name of " + taken).doesNotContain("Second");

        HttpResponse<String> nobody = submit(root, page(id), page(id) + "/members", "user", "nobody-" + taken);
        assertThat(nobody.statusCode()).isEqualTo(404);
        assertThat(nobody.body()).contains("id=\"user-error\">no user with that slug or id</p>");
        HttpResponse<String> empty = submit(root, page(id), page(id) + "/members", "user", " ");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("id=\"user-error\">enter a user slug or id</p>");
        HttpResponse<String> badEmail = submit(root, page(id), page(id) + "/invitations", "email", "not-an-address");
        assertThat(badEmail.statusCode()).isEqualTo(400);
        assertThat(badEmail.body()).contains("id=\"email-error\">enter an e-mail address</p>");
        HttpResponse<String> lastAdmin = submit(root, page(id), page(id) + "/members/" + ada.userId() + "/admin",
                "admin", "false");
        assertThat(lastAdmin.statusCode()).isEqualTo(409);
        assertThat(lastAdmin.body()).contains("the last admin of an organization cannot be removed");
        assertThat(asPlatformAdmin(id)).contains(memberRow(ada, "admin")).contains("No invitations.");
    }

    @Test
    void anOrganizationAdminSeesOnlyTheirOrganizationsAndManagesTheirMembers() {
        Session ada = register("ada");
        Session bob = register("bob");
        Session zed = register("zed");
        String mine = unique("mine");
        String id = createThroughApi(ada, mine);
        String theirs = unique("theirs");
        createThroughApi(zed, theirs);

        ConsoleClient console = signedIn(ada);
        HttpResponse<String> landing = console.get("/admin");
        assertThat(landing.statusCode()).isEqualTo(303);
        assertThat(location(landing)).endsWith("/admin/organizations");
        HttpResponse<String> list = console.get("/admin/organizations");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(mine).doesNotContain(theirs).doesNotContain("href=\"/admin/users\"");

        submit(console, page(id), page(id) + "/members", "user", bob.userId());
        assertThat(console.get(page(id)).body()).contains(memberRow(bob, "member"));
        submit(console, page(id), page(id) + "/members/" + bob.userId() + "/admin", "admin", "true");
        assertThat(console.get(page(id)).body()).contains(memberRow(bob, "admin"));
        submit(console, page(id), page(id) + "/members/" + bob.userId() + "/admin", "admin", "false");
        HttpResponse<String> removed = submit(console, page(id) + "/members/" + bob.userId() + "/remove",
                page(id) + "/members/" + bob.userId() + "/remove");
        assertThat(removed.statusCode()).isEqualTo(303);
        assertThat(console.get(page(id)).body()).doesNotContain(bob.slug());
        assertThat(rolesInConsoleApp(bob)).noneMatch(role -> role.contains(id));
    }

    @Test
    void anInvitationByContactGivesTheMemberRoleOnceTheContactIsVerified() {
        Session ada = register("ada");
        String id = createThroughApi(ada, unique("acme"));
        ConsoleClient console = signedIn(ada);
        String email = unique("dora") + "@example.com";

        HttpResponse<String> invited = submit(console, page(id), page(id) + "/invitations", "email", email);
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(303);
        assertThat(console.get(page(id)).body()).contains("Invitation saved")
                .contains("<td class=\"slug\">" + email + "</td><td>pending</td>");

        JsonNode sent = api().post("/user-svc/otp/send", null, obj("appHost", CONSOLE_APP, "contactId", email,
                "contactPlatform", "email")).json();
        String dora = unique("dora");
        Reply registered = api().post("/user-svc/register", null, obj("appHost", CONSOLE_APP, "slug", dora,
                "name", "Test " + dora, "password", PASSWORD, "contact", obj("id", email, "platform", "email",
                        "otpId", sent.path("otpId").asText(), "otpCode", sent.path("code").asText())));
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);

        assertThat(roles(registered.json().path("token").path("token").asText())).contains(organizationUser(id));
        assertThat(console.get(page(id)).body())
                .contains("<td class=\"slug\">" + email + "</td><td>accepted by " + dora + "</td>");
    }

    @Test
    void anOrganizationAdminWithdrawsAnInvitationAfterConfirming() {
        Session ada = register("ada");
        String id = createThroughApi(ada, unique("acme"));
        ConsoleClient console = signedIn(ada);
        String email = unique("erin") + "@example.com";
        submit(console, page(id), page(id) + "/invitations", "email", email);
        String body = console.get(page(id)).body();
        String withdraw = body.substring(body.indexOf(page(id) + "/invitations/enr_"));
        withdraw = withdraw.substring(0, withdraw.indexOf('"'));

        HttpResponse<String> confirm = console.get(withdraw);
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("Withdraw the invitation of " + email);
        HttpResponse<String> withdrawn = submit(console, withdraw, withdraw);
        assertThat(withdrawn.statusCode()).isEqualTo(303);
        assertThat(console.get(page(id)).body()).contains("The invitation was withdrawn.").doesNotContain(email)
                .contains("No invitations.");
    }

    @Test
    void anOrganizationAdminIsRefusedAnotherOrganizationAndEveryPlatformPageAndNothingChanges() {
        Session ada = register("ada");
        Session zed = register("zed");
        Session bob = register("bob");
        String mine = createThroughApi(ada, unique("mine"));
        String theirs = createThroughApi(zed, unique("theirs"));
        ConsoleClient console = signedIn(ada);
        String csrf = ConsoleClient.csrfField(console.get(page(mine)).body());

        assertThat(console.get(page(theirs)).statusCode()).isEqualTo(403);
        assertThat(console.get(page(theirs) + "/members/" + zed.userId() + "/remove").statusCode()).isEqualTo(403);
        assertThat(console.post(page(theirs) + "/members", Map.of("csrf", csrf, "user", bob.slug())).statusCode())
                .isEqualTo(403);
        assertThat(console.post(page(theirs) + "/members/" + zed.userId() + "/admin",
                Map.of("csrf", csrf, "admin", "false")).statusCode()).isEqualTo(403);
        assertThat(console.post(page(theirs) + "/members/" + zed.userId() + "/remove", Map.of("csrf", csrf))
                .statusCode()).isEqualTo(403);
        assertThat(console.post(page(theirs) + "/invitations", Map.of("csrf", csrf, "email", "x@example.com"))
                .statusCode()).isEqualTo(403);
        HttpResponse<String> refused = console.get(page(theirs));
        assertThat(refused.body()).contains("Not allowed").contains("Not an admin of the organization.")
                .contains("href=\"/admin/organizations\"");
        assertThat(asPlatformAdmin(theirs)).contains(memberRow(zed, "admin")).doesNotContain(bob.slug())
                .contains("No invitations.");
        assertThat(rolesInConsoleApp(bob)).noneMatch(role -> role.contains(theirs));

        ConsoleClient root = signedIn(ADMIN_SLUG, ADMIN_PASSWORD);
        for (String platformPage : List.of("/admin/users", "/admin/service-accounts", "/admin/permits",
                "/admin/enrolls", "/admin/apps", "/admin/audit")) {
            assertThat(root.get(platformPage).statusCode()).as(platformPage).isEqualTo(200);
            HttpResponse<String> page = console.get(platformPage);
            assertThat(page.statusCode()).as(platformPage).isEqualTo(403);
            assertThat(page.body()).as(platformPage).contains("Not allowed");
        }
        HttpResponse<String> dashboard = console.get("/admin");
        assertThat(dashboard.statusCode()).isEqualTo(303);
        assertThat(dashboard.body()).doesNotContain("tile");
    }

    @Test
    void aMemberWhoIsNotAnAdminCannotRemoveMembersNorSeeTheOrganization() {
        Session ada = register("ada");
        Session bob = register("bob");
        String id = createThroughApi(ada, unique("acme"));
        ConsoleClient admin = signedIn(ada);
        submit(admin, page(id), page(id) + "/members", "user", bob.slug());

        ConsoleClient member = signedIn(bob);
        String csrf = ConsoleClient.csrfField(member.get("/admin/organizations").body());
        assertThat(member.get("/admin/organizations").body()).contains("You do not administer any organization.")
                .doesNotContain(page(id));
        assertThat(member.get(page(id)).statusCode()).isEqualTo(403);
        assertThat(member.post(page(id) + "/members/" + ada.userId() + "/remove", Map.of("csrf", csrf))
                .statusCode()).isEqualTo(403);
        assertThat(member.post(page(id) + "/members/" + bob.userId() + "/admin", Map.of("csrf", csrf, "admin",
                "true")).statusCode()).isEqualTo(403);

        assertThat(asPlatformAdmin(id)).contains(memberRow(ada, "admin")).contains(memberRow(bob, "member"));
    }

    @Test
    void aFormPostedWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        Session ada = register("ada");
        Session bob = register("bob");
        String id = createThroughApi(ada, unique("acme"));
        ConsoleClient console = signedIn(ada);

        HttpResponse<String> noToken = console.post(page(id) + "/members", Map.of("user", bob.slug()));
        HttpResponse<String> wrongToken = console.post("/admin/organizations", Map.of("csrf", "x".repeat(43),
                "name", "Sneaky", "slug", unique("sneaky")));

        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains("Form expired");
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(console.get(page(id)).body()).doesNotContain(bob.slug());
        assertThat(console.get("/admin/organizations").body()).doesNotContain("Sneaky");
    }

    @Test
    void someoneWhoAdministersNothingSeesAnEmptyStateAndMayCreateAnOrganization() {
        Session carol = register("carol");
        ConsoleClient console = signedIn(carol);

        HttpResponse<String> list = console.get("/admin/organizations");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("You do not administer any organization.").contains("Create an organization");
        assertThat(console.get("/admin/users").statusCode()).isEqualTo(403);

        String slug = unique("carols");
        HttpResponse<String> created = submit(console, "/admin/organizations", "/admin/organizations",
                "name", "Carol's", "slug", slug);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        String id = location(created).substring(location(created).lastIndexOf('/') + 1);
        assertThat(console.get("/admin/organizations").body()).contains(slug);
        // the session now acts with the new token, so the creator may invite at once (an owner of the role)
        assertThat(submit(console, page(id), page(id) + "/invitations", "email", unique("f") + "@example.com")
                .statusCode()).isEqualTo(303);
        assertThat(rolesInConsoleApp(carol)).contains(organizationAdmin(id));
    }
}
