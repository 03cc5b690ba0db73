package dev.usersvc.web.console;

import static dev.usersvc.web.console.RenderedPages.EVIL;
import static dev.usersvc.web.console.RenderedPages.EVIL_ESCAPED;
import static dev.usersvc.web.console.RenderedPages.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationPagesTest {
    private static final Nav PLATFORM = new Nav("root", "csrf-token-1", true);
    private static final Nav ORG_ADMIN = new Nav("ada", "csrf-token-2", false);

    @Test
    void organizationsPageListsRowsAsTextWithTheNextPageLinkAndTheCreateForm() throws IOException {
        String html = render(new OrganizationsPage(PLATFORM, "Organization acme created.",
                List.of(new OrganizationsPage.Row("/admin/organizations/org_1", EVIL, "acme", "2026-01-02 03:04 UTC")),
                "/admin/organizations?after=x", true,
                new OrganizationsPage.CreateForm(EVIL, "Bad Slug", "", "slug must be lowercase", "")));

        assertThat(html).contains("<a href=\"/admin/organizations/org_1\">" + EVIL_ESCAPED + "</a>")
                .contains("<td class=\"slug\">acme</td>")
                .contains("<a href=\"/admin/organizations?after=x\" rel=\"next\">Next page</a>")
                .contains("<form class=\"card narrow\" method=\"post\" action=\"/admin/organizations\">")
                .contains("name=\"csrf\" value=\"csrf-token-1\"")
                .contains("<input id=\"name\" name=\"name\" type=\"text\" value=\"" + EVIL_ESCAPED + "\"")
                .contains("<p class=\"field-error\" id=\"slug-error\">slug must be lowercase</p>")
                .contains("Organization acme created.")
                .doesNotContain(EVIL);
    }

    @Test
    void organizationsPageExplainsAnEmptyListToSomeoneWhoAdministersNothing() throws IOException {
        String html = render(new OrganizationsPage(ORG_ADMIN, "", List.of(), "", false,
                OrganizationsPage.CreateForm.EMPTY));

        assertThat(html).contains("You do not administer any organization.")
                .doesNotContain("<table")
                .doesNotContain("Create an organization")
                .doesNotContain("rel=\"next\"")
                .doesNotContain("href=\"/admin/users\"");
    }

    @Test
    void organizationPageShowsMembersWithTheirRoleAndActionsAndInvitations() throws IOException {
        String html = render(new OrganizationPage(ORG_ADMIN, "", "org_1", EVIL, "acme",
                List.of(new OrganizationPage.Member("usr_1", "ada", EVIL, true,
                                "/admin/organizations/org_1/members/usr_1/admin",
                                "/admin/organizations/org_1/members/usr_1/remove"),
                        new OrganizationPage.Member("usr_2", "bob", "Bob", false,
                                "/admin/organizations/org_1/members/usr_2/admin",
                                "/admin/organizations/org_1/members/usr_2/remove")),
                List.of(new OrganizationPage.Invitation(EVIL + "@example.com", "pending", true,
                        "/admin/organizations/org_1/invitations/enr_1/withdraw")),
                new OrganizationPage.Forms("nobody", "no user with that slug or id", "", "", "")));

        assertThat(html).contains("<title>Organization " + EVIL_ESCAPED + " · user-svc admin</title>")
                .contains("<td class=\"slug\">ada</td><td>" + EVIL_ESCAPED + "</td>")
                .contains("<td>admin</td>").contains("<td>member</td>")
                .contains("action=\"/admin/organizations/org_1/members/usr_1/admin\"")
                .contains("<input type=\"hidden\" name=\"admin\" value=\"false\"><button type=\"submit\">Remove admin")
                .contains("<input type=\"hidden\" name=\"admin\" value=\"true\"><button type=\"submit\">Make admin")
                .contains("<a href=\"/admin/organizations/org_1/members/usr_2/remove\">Remove</a>")
                .contains("action=\"/admin/organizations/org_1/members\"")
                .contains("action=\"/admin/organizations/org_1/invitations\"")
                .contains("<p class=\"field-error\" id=\"user-error\">no user with that slug or id</p>")
                .contains("<td class=\"slug\">" + EVIL_ESCAPED + "@example.com</td><td>pending</td>")
                .contains("href=\"/admin/organizations/org_1/invitations/enr_1/withdraw\"")
                .doesNotContain(EVIL);
        // every form carries the session's token: make/remove admin twice, add member, invite, sign out
        assertThat(html.split("name=\"csrf\" value=\"csrf-token-2\"", -1)).hasSize(6);
    }

    @Test
    void nextPageLinkCarriesTheCursorOfTheLastRow() {
        assertThat(OrganizationsResource.nextPageHref(Instant.parse("2026-01-02T03:04:05.123456Z")))
                .isEqualTo("/admin/organizations?after=2026-01-02T03%3A04%3A05.123456Z");
    }
}
