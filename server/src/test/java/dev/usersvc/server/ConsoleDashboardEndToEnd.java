package dev.usersvc.server;

import static dev.usersvc.server.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.server.Api.Reply;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The console dashboard over HTTP: its figures follow the store (users, service accounts, organizations, permits,
 * active tokens), it lists the latest audit events, and only platform admins see it.
 */
abstract class ConsoleDashboardEndToEnd extends EndToEnd {

    ConsoleClient signedInAdmin() {
        ConsoleClient console = new ConsoleClient(app().getLocalPort());
        HttpResponse<String> signIn = console.signIn(ADMIN_SLUG, ADMIN_PASSWORD);
        assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(303);
        return console;
    }

    static long figure(String html, String label) {
        Matcher matcher = Pattern.compile("<span class=\"tile-number\">([0-9,]+)</span>\\s*"
                + "<span class=\"tile-label\">" + Pattern.quote(label) + "</span>").matcher(html);
        assertThat(matcher.find()).as("a " + label + " figure in " + html).isTrue();
        return Long.parseLong(matcher.group(1).replace(",", ""));
    }

    record Figures(long users, long serviceAccounts, long organizations, long permits, long activeTokens) {
        static Figures of(String html) {
            return new Figures(figure(html, "users"), figure(html, "service accounts"),
                    figure(html, "organizations"), figure(html, "permits"), figure(html, "active tokens"));
        }
    }

    Figures figures(ConsoleClient console) {
        HttpResponse<String> dashboard = console.get("/admin");
        assertThat(dashboard.statusCode()).as(dashboard.body()).isEqualTo(200);
        return Figures.of(dashboard.body());
    }

    @Test
    void theFiguresFollowNewUsersServiceAccountsOrganizationsPermitsAndTokens() {
        ConsoleClient console = signedInAdmin();
        Figures before = figures(console);

        Session ada = register("ada"); // a user, with a live token
        registerExactly(unique("billing") + "-svc", null); // a service account, with a live token
        Reply organization = api().put("/user-svc/organization", ada.token(),
                obj("slug", unique("acme"), "name", "Acme"));
        assertThat(organization.status()).as(organization.body()).isEqualTo(200);
        Reply permit = api().put("/user-svc/permits", admin().token(), obj("permits", List.of(obj("appHost", "*",
                "permission", unique("dashboard-svc") + ":thing:read", "roles", List.of("user-svc:user")))));
        assertThat(permit.status()).as(permit.body()).isEqualTo(200);
        Figures after = figures(console);

        assertThat(after.users()).isEqualTo(before.users() + 1);
        assertThat(after.serviceAccounts()).isEqualTo(before.serviceAccounts() + 1);
        assertThat(after.organizations()).isEqualTo(before.organizations() + 1);
        assertThat(after.permits()).isEqualTo(before.permits() + 1);
        // at least ada's and the service's new tokens (a login may reuse a live token, so no exact figure)
        assertThat(after.activeTokens()).isGreaterThanOrEqualTo(before.activeTokens() + 2);
    }

    @Test
    void revokedTokensAreNoLongerActive() {
        ConsoleClient console = signedInAdmin();
        String adminToken = admin().token();
        Session ada = register("ada");
        long withAda = figures(console).activeTokens();

        Reply revoked = api().delete("/user-svc/tokens", adminToken, obj("userId", ada.userId()));
        long afterRevoking = figures(console).activeTokens();

        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(afterRevoking).isEqualTo(withAda - 1);
    }

    @Test
    void listsTheLatestAuditEventsWithALinkToTheWholeLog() {
        ConsoleClient console = signedInAdmin();
        Session ada = register("ada");

        HttpResponse<String> dashboard = console.get("/admin");

        assertThat(dashboard.body()).contains("Latest audit events")
                .contains("<td class=\"slug\">" + ada.slug() + "</td><td>user.register</td>"
                        + "<td class=\"slug\">" + ada.userId() + "</td>")
                .contains("<a href=\"/admin/audit\">Full audit log</a>");
        assertThat(Pattern.compile("<tr><td>\\d{4}-").matcher(dashboard.body()).results().count())
                .isBetween(1L, 10L);
    }

    @Test
    void aUserWithoutThePlatformRoleIsSentToTheirOrganizationsAndSeesNoFigures() {
        Session mallory = register("mallory");
        ConsoleClient console = new ConsoleClient(app().getLocalPort());
        assertThat(console.signIn(mallory.slug(), PASSWORD).statusCode()).isEqualTo(303);

        HttpResponse<String> dashboard = console.get("/admin");

        assertThat(dashboard.statusCode()).isEqualTo(303);
        assertThat(dashboard.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v)
                .endsWith("/admin/organizations"));
        assertThat(dashboard.body()).doesNotContain("tile-number").doesNotContain("Latest audit events");
    }

    @Test
    void withoutASessionTheDashboardRedirectsToSignIn() {
        HttpResponse<String> dashboard = new ConsoleClient(app().getLocalPort()).get("/admin");

        assertThat(dashboard.statusCode()).isEqualTo(303);
        assertThat(dashboard.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v)
                .endsWith("/admin/sign-in"));
    }

    @Test
    void signingOutFromTheDashboardNeedsItsCsrfToken() {
        ConsoleClient console = signedInAdmin();
        String csrf = ConsoleClient.csrfField(console.get("/admin").body());

        assertThat(console.post("/admin/sign-out", Map.of("csrf", "forged")).statusCode()).isEqualTo(403);
        assertThat(console.get("/admin").statusCode()).isEqualTo(200);
        assertThat(console.post("/admin/sign-out", Map.of("csrf", csrf)).statusCode()).isEqualTo(303);
        assertThat(console.get("/admin").statusCode()).isEqualTo(303);
    }
}
