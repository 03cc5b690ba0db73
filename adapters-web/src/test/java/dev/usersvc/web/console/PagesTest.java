package dev.usersvc.web.console;

import static dev.usersvc.web.console.RenderedPages.EVIL;
import static dev.usersvc.web.console.RenderedPages.EVIL_ESCAPED;
import static dev.usersvc.web.console.RenderedPages.NAV;
import static dev.usersvc.web.console.RenderedPages.render;
import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.views.common.View;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagesTest {

    @Test
    void signInPageShowsTheFormWithItsCsrfTokenAndFieldErrors() throws IOException {
        String html = render(new SignInPage("tok-123",
                new SignInPage.Form(EVIL, "enter your slug", "enter your password", "invalid credentials"), ""));

        assertThat(html).contains("<form class=\"card narrow\" method=\"post\" action=\"/admin/sign-in\">")
                .contains("name=\"csrf\" value=\"tok-123\"")
                .contains("<input id=\"slug\" name=\"slug\" type=\"text\" value=\"" + EVIL_ESCAPED
                        + "\" autocomplete=\"username\" aria-invalid=\"true\" aria-describedby=\"slug-error\">")
                .contains("<input id=\"password\" name=\"password\" type=\"password\" value=\"\"")
                .contains("<p class=\"field-error\" id=\"slug-error\">enter your slug</p>")
                .contains("<p class=\"field-error\" id=\"password-error\">enter your password</p>")
                .contains("invalid credentials")
                .doesNotContain(EVIL)
                .doesNotContain("Sign out");
    }

    @Test
    void dashboardShowsTheCountAndTheSignedInSlugEscaped() throws IOException {
        String html = render(new DashboardPage(new Nav(EVIL, "csrf-token-1", true), "Signed in as " + EVIL + ".", EVIL,
                List.of(new DashboardPage.Tile("1,234", "users", "/admin/users")), false, List.of()));

        assertThat(html).contains("<span class=\"tile-number\">1,234</span>")
                .contains("<strong>" + EVIL_ESCAPED + "</strong>")
                .contains("Signed in as " + EVIL_ESCAPED + ".")
                .contains("action=\"/admin/sign-out\"")
                .contains("name=\"csrf\" value=\"csrf-token-1\"")
                .doesNotContain(EVIL);
    }

    @Test
    void usersPageListsRowsAsTextWithTheNextPageLink() throws IOException {
        String html = render(new UsersPage(NAV, "", EVIL,
                List.of(new UsersPage.Row("/admin/users/usr_1", EVIL, "Ada \"Countess\" Lovelace",
                                "2026-01-02 03:04 UTC"),
                        new UsersPage.Row("/admin/users/usr_2", "grace", "Grace", "2026-01-01 00:00 UTC")),
                "/admin/users?search=a%26b&after=2026-01-01T00:00:00Z"));

        assertThat(html).contains("<td class=\"slug\"><a href=\"/admin/users/usr_1\">" + EVIL_ESCAPED + "</a></td>")
                .contains("<td>Ada &quot;Countess&quot; Lovelace</td>")
                .contains("<td class=\"slug\"><a href=\"/admin/users/usr_2\">grace</a></td>")
                .contains("<form class=\"search\" method=\"get\" action=\"/admin/users\">")
                .contains("href=\"/admin/users/new\"")
                .contains("<td>2026-01-02 03:04 UTC</td>")
                .contains("value=\"" + EVIL_ESCAPED + "\"")
                .contains("href=\"/admin/users?search=a%26b&amp;after=2026-01-01T00:00:00Z\" rel=\"next\"")
                .doesNotContain(EVIL);
    }

    @Test
    void serviceAccountsReuseTheUsersPageWithTheirOwnTitleAndPath() throws IOException {
        String html = render(new UsersPage(NAV, "", "Service accounts", "/admin/service-accounts", "x",
                List.of(new UsersPage.Row("/admin/users/usr_3", "billing-svc", "Billing", "2026-01-01 00:00 UTC")),
                "/admin/service-accounts?after=2026-01-01T00%3A00%3A00Z"));

        assertThat(html).contains("<h1>Service accounts</h1>")
                .contains("action=\"/admin/service-accounts\"")
                .contains("<a href=\"/admin/service-accounts\">Clear</a>")
                .contains("<a href=\"/admin/users/usr_3\">billing-svc</a>")
                .doesNotContain("/admin/users/new");
    }

    private static UserPage aUserPage(boolean trailShown) {
        return new UserPage(NAV, "Saved.",
                new UserPage.Details("usr_abc", "ada", EVIL, "User",
                        List.of(new UserPage.Label("team", EVIL)), "2026-01-01 00:00 UTC", "2026-01-02 00:00 UTC"),
                List.of(new UserPage.RoleRow("shop.example.com", "shop:" + EVIL, "user id")),
                List.of(new UserPage.OrganizationRow("acme", "Acme " + EVIL, "shop.example.com", true)),
                List.of(new UserPage.ContactRow("email", EVIL + "@example.com", true, true),
                        new UserPage.ContactRow("phone", "+100", false, false)),
                List.of(new UserPage.DeviceRow("web", "2", "3", "2026-01-03 00:00 UTC")),
                trailShown, List.of(new UserPage.EventRow("2026-01-04 00:00 UTC", "root", "user.edit", "usr_abc",
                        EVIL)), "/admin/audit?target=usr_abc");
    }

    @Test
    void userPageShowsEverySectionWithUserDataEscaped() throws IOException {
        String html = render(aUserPage(true));

        assertThat(html).contains("<h1>User ada</h1>")
                .contains("<p class=\"flash\" role=\"status\">Saved.</p>")
                .contains("<dd class=\"user-name\">" + EVIL_ESCAPED + "</dd>")
                .contains("<code>team</code> = " + EVIL_ESCAPED)
                .contains("<td class=\"slug\">shop:" + EVIL_ESCAPED + "</td>")
                .contains("<td>Acme " + EVIL_ESCAPED + "</td>")
                .contains("<td>" + EVIL_ESCAPED + "@example.com</td><td>verified</td><td>yes</td>")
                .contains("<td>+100</td><td>not verified</td><td>no</td>")
                .contains("<td>web</td><td>2</td><td>3</td><td>2026-01-03 00:00 UTC</td>")
                .contains("<td>user.edit</td>")
                .contains("href=\"/admin/audit?target=usr_abc\"")
                .contains("href=\"/admin/users/usr_abc/edit\"")
                .contains("href=\"/admin/users/usr_abc/password\"")
                .contains("href=\"/admin/users/usr_abc/revoke-tokens\"")
                .contains("href=\"/admin/users/usr_abc/delete\"")
                .doesNotContain(EVIL);
    }

    @Test
    void userPageLeavesOutTheTrailForACallerWhoMayNotReadTheAuditLog() throws IOException {
        String html = render(aUserPage(false));

        assertThat(html).doesNotContain("Audit trail").doesNotContain("/admin/audit?target=");
    }

    @Test
    void createUserFormKeepsWhatWasTypedWithErrorsNextToFields() throws IOException {
        String html = render(new CreateUserPage(NAV, new CreateUserPage.Form(EVIL, "Ada", "ada@example.com",
                "unnamed", "shop:pro", "slug must be lowercase", "", "password must be 8 to 256 characters", "",
                "", "")));

        assertThat(html).contains("action=\"/admin/users/new\"")
                .contains("name=\"csrf\" value=\"csrf-token-1\"")
                .contains("value=\"" + EVIL_ESCAPED + "\"")
                .contains("<p class=\"field-error\" id=\"slug-error\">slug must be lowercase</p>")
                .contains("<p class=\"field-error\" id=\"password-error\">password must be 8 to 256 characters</p>")
                .contains("<input id=\"password\" name=\"password\" type=\"password\" value=\"\"")
                .contains("value=\"shop:pro\"")
                .doesNotContain(EVIL);
    }

    @Test
    void editFormPutsTheLabelsInATextareaEscaped() throws IOException {
        String html = render(new EditUserPage(NAV, "/admin/users/usr_abc", "ada", EVIL, "team=" + EVIL, "",
                "line 2 is not key=value"));

        assertThat(html).contains("action=\"/admin/users/usr_abc/edit\"")
                .contains("name=\"csrf\" value=\"csrf-token-1\"")
                .contains(">team=" + EVIL_ESCAPED + "</textarea>")
                .contains("<p class=\"field-error\" id=\"labels-error\">line 2 is not key=value</p>")
                .doesNotContain(EVIL);
    }

    @Test
    void passwordFormAsksForTheCurrentPasswordOnlyForTheOwnAccount() throws IOException {
        String own = render(new PasswordPage(NAV, "Your password has been changed.", true, "/admin/account/password",
                "root", "", new PasswordPage.Errors("current password is wrong", "", "", "")));
        String reset = render(new PasswordPage(NAV, "", false, "/admin/users/usr_abc/password", EVIL,
                "/admin/users/usr_abc", new PasswordPage.Errors("", "", "the two passwords differ", "")));

        assertThat(own).contains("<h1>Change your password</h1>").contains("name=\"current\"")
                .contains("current password is wrong").contains("Your password has been changed.")
                .contains("action=\"/admin/account/password\"").contains("name=\"csrf\" value=\"csrf-token-1\"");
        assertThat(reset).contains("<h1>Reset the password of " + EVIL_ESCAPED + "</h1>")
                .doesNotContain("name=\"current\"")
                .contains("<p class=\"field-error\" id=\"confirmation-error\">the two passwords differ</p>")
                .contains("action=\"/admin/users/usr_abc/password\"").contains("name=\"csrf\" value=\"csrf-token-1\"")
                .doesNotContain(EVIL);
    }

    @Test
    void confirmationPagePostsTheActionWithItsCsrfToken() throws IOException {
        String html = render(new ConfirmPage(NAV, "Delete user", "Delete user " + EVIL + "?",
                List.of(new ConfirmPage.Detail("Slug", EVIL)), "/admin/users/usr_abc/delete", "Delete user",
                "/admin/users/usr_abc", "the last admin cannot be deleted"));

        assertThat(html).contains("<form class=\"card narrow confirm\" method=\"post\" action=\"/admin/users/usr_abc/delete\">")
                .contains("name=\"csrf\" value=\"csrf-token-1\"")
                .contains("<p class=\"question\">Delete user " + EVIL_ESCAPED + "?</p>")
                .contains("<dt>Slug</dt><dd class=\"slug\">" + EVIL_ESCAPED + "</dd>")
                .contains("<button type=\"submit\" class=\"danger\">Delete user</button>")
                .contains("the last admin cannot be deleted")
                .contains("<a href=\"/admin/users/usr_abc\">Cancel</a>")
                .doesNotContain(EVIL);
    }

    @Test
    void usersPageWithoutRowsSaysSoAndHasNoNextLink() throws IOException {
        String html = render(new UsersPage(NAV, "", "", List.of(), ""));

        assertThat(html).contains("No users match.").doesNotContain("rel=\"next\"").doesNotContain("<table");
    }

    @Test
    void errorPageShowsTheReferenceWithoutNavigationWhenSignedOut() throws IOException {
        String html = render(new ErrorPage(null, "Something went wrong", "an unexpected " + EVIL, "AbC123xyz789"));

        assertThat(html).contains("<h1>Something went wrong</h1>")
                .contains("<code class=\"reference\">AbC123xyz789</code>")
                .contains("An unexpected " + EVIL_ESCAPED + ".")
                .doesNotContain("Sign out")
                .doesNotContain(EVIL);
    }

    @Test
    void everyPageLinksOnlyTheConsoleStylesheetAndHasNoInlineScriptOrStyle() throws IOException {
        for (View page : List.of(new SignInPage("t", SignInPage.Form.EMPTY, "You have signed out."),
                new DashboardPage(NAV, "", "root", List.of(), false, List.of()), new UsersPage(NAV, "", "", List.of(), ""),
                new ErrorPage(NAV, "Not allowed", "no", ""), aUserPage(true),
                new CreateUserPage(NAV, CreateUserPage.Form.EMPTY),
                new EditUserPage(NAV, "/admin/users/u", "a", "", "", "", ""),
                new PasswordPage(NAV, "", true, "/admin/account/password", "a", "", PasswordPage.Errors.NONE),
                new ConfirmPage(NAV, "t", "q", List.of(), "/admin/x", "b", "/admin", ""))) {
            String html = render(page);
            assertThat(html).startsWith("<!DOCTYPE html>")
                    .contains("<link rel=\"stylesheet\" href=\"/admin/assets/console.css\">")
                    .doesNotContain("<script").doesNotContain("<style").doesNotContain("style=");
        }
    }
}
