package dev.usersvc.web.console;

import static dev.usersvc.web.console.RenderedPages.EVIL;
import static dev.usersvc.web.console.RenderedPages.EVIL_ESCAPED;
import static dev.usersvc.web.console.RenderedPages.NAV;
import static dev.usersvc.web.console.RenderedPages.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The permits, enrolls, apps and audit log pages render, with every user-supplied value escaped. */
class PlatformPagesTest {

    @Test
    void permitsPageListsPermitsWithEditAndDeleteLinksButNoDeleteForBuiltIns() throws IOException {
        String html = render(new PermitsPage(NAV, "Permit saved.",
                new PermitsPage.Filters(EVIL, "", "", "*", ""),
                List.of(new PermitsPage.Row("prm_1", "shop.example.com", "shop:" + EVIL, "shop:pro", EVIL, false,
                                "/admin/permits/prm_1/edit", "/admin/permits/prm_1/delete"),
                        new PermitsPage.Row("prm_builtin_x", "*", "user-svc:user:view", "user-svc:admin", "", true,
                                "/admin/permits/prm_builtin_x/edit", "/admin/permits/prm_builtin_x/delete"))));

        assertThat(html).contains("<td class=\"slug\">shop:" + EVIL_ESCAPED + "</td>")
                .contains("<td class=\"slug\">" + EVIL_ESCAPED + "</td>")
                .contains("value=\"" + EVIL_ESCAPED + "\"")
                .contains("href=\"/admin/permits/prm_1/delete\"")
                .contains("href=\"/admin/permits/prm_builtin_x/edit\"")
                .doesNotContain("href=\"/admin/permits/prm_builtin_x/delete\"")
                .contains("<span class=\"badge\">built-in</span>")
                .contains("Permit saved.")
                .doesNotContain(EVIL);
    }

    @Test
    void permitsPageShowsAFilterErrorAndSaysWhenNothingMatches() throws IOException {
        String html = render(new PermitsPage(NAV, "", new PermitsPage.Filters("a b", "", "", "", "bad " + EVIL),
                List.of()));

        assertThat(html).contains("<p class=\"form-error\" role=\"alert\">bad " + EVIL_ESCAPED + "</p>")
                .contains("No permits match.").doesNotContain("<table");
    }

    @Test
    void permitFormShowsEachErrorNextToItsFieldWithTheCsrfToken() throws IOException {
        String html = render(new PermitFormPage(NAV, "prm_1", new PermitFormPage.Form(EVIL, "*", "bad role", "",
                "permission must be at most 300 characters without spaces", "", "role " + EVIL, "", "")));

        assertThat(html).contains("<h1>Edit permit</h1>")
                .contains("action=\"/admin/permits/prm_1\"")
                .contains("name=\"csrf\" value=\"csrf-token-1\"")
                .contains("<p class=\"field-error\" id=\"permission-error\">permission must be at most 300 "
                        + "characters without spaces</p>")
                .contains("<p class=\"field-error\" id=\"roles-error\">role " + EVIL_ESCAPED + "</p>")
                .contains("value=\"" + EVIL_ESCAPED + "\"")
                .doesNotContain(EVIL);
        assertThat(render(new PermitFormPage(NAV, "", PermitFormPage.Form.empty())))
                .contains("<h1>New permit</h1>").contains("action=\"/admin/permits\"");
    }

    @Test
    void enrollsPageListsEnrollsWithDeleteLinksAndTheNextPage() throws IOException {
        String html = render(new EnrollsPage(NAV, "", new EnrollsPage.Filters("*", EVIL, "", "", ""),
                List.of(new EnrollsPage.Row("enr_1", "*", "shop:" + EVIL, EVIL, "amy@example.com",
                        "2026-01-02 03:04 UTC", "/admin/enrolls/enr_1/delete")),
                "/admin/enrolls?app=*&after=2026-01-02T03%3A04%3A05Z&afterId=enr_1"));

        assertThat(html).contains("<td class=\"slug\">shop:" + EVIL_ESCAPED + "</td>")
                .contains("<td class=\"slug\">amy@example.com</td>")
                .contains("href=\"/admin/enrolls/enr_1/delete\"")
                .contains("href=\"/admin/enrolls?app=*&amp;after=2026-01-02T03%3A04%3A05Z&amp;afterId=enr_1\" "
                        + "rel=\"next\"")
                .doesNotContain(EVIL);
    }

    @Test
    void enrollFormShowsErrorsNextToTheirFields() throws IOException {
        String html = render(new EnrollFormPage(NAV, new EnrollFormPage.Form(EVIL, "", "", "", "no user has this "
                + "slug or id", "", "role is required", "", "")));

        assertThat(html).contains("<p class=\"field-error\" id=\"user-error\">no user has this slug or id</p>")
                .contains("<p class=\"field-error\" id=\"role-error\">role is required</p>")
                .contains("name=\"csrf\" value=\"csrf-token-1\"")
                .doesNotContain(EVIL);
    }

    @Test
    void appsPageOffersRenameButNotForUnnamed() throws IOException {
        String html = render(new AppsPage(NAV, "", List.of(new AppsPage.Row("app_1", EVIL, "/admin/apps/app_1/edit"),
                new AppsPage.Row("app_2", "unnamed", ""))));

        assertThat(html).contains("<td class=\"slug\">" + EVIL_ESCAPED + "</td>")
                .contains("href=\"/admin/apps/app_1/edit\"")
                .contains("service accounts sign in here")
                .doesNotContain(EVIL);
    }

    @Test
    void appFormShowsTheRefusalNextToTheHost() throws IOException {
        String html = render(new AppFormPage(NAV, "app_1", "old.example.com", EVIL, "app host is already taken"));

        assertThat(html).contains("action=\"/admin/apps/app_1\"")
                .contains("<p class=\"field-error\" id=\"host-error\">app host is already taken</p>")
                .contains("value=\"" + EVIL_ESCAPED + "\"")
                .contains("name=\"csrf\" value=\"csrf-token-1\"")
                .doesNotContain(EVIL);
    }

    @Test
    void auditPageListsEventsWithActorAndTargetLinksAndKeepsTheChosenAction() throws IOException {
        String html = render(new AuditPage(NAV, "",
                new AuditPage.Filters("", "", "permit.save", "2026-01-01", "", "", "", "", "bad time " + EVIL),
                List.of(new AuditPage.Option("permit.save", true), new AuditPage.Option("app.update", false)),
                List.of(new AuditPage.Row("2026-01-02 03:04:05 UTC", EVIL, "/admin/audit?actor=usr_1",
                        "permit.save", "prm_1", "/admin/audit?target=prm_1", "*", "203.0.113.7", "detail " + EVIL)),
                "/admin/audit?action=permit.save&after=x&afterId=y"));

        assertThat(html).contains("<a href=\"/admin/audit?actor=usr_1\">" + EVIL_ESCAPED + "</a>")
                .contains("<a href=\"/admin/audit?target=prm_1\">prm_1</a>")
                .contains("<option value=\"permit.save\" selected>permit.save</option>")
                .contains("<option value=\"app.update\">app.update</option>")
                .contains("<td>detail " + EVIL_ESCAPED + "</td>")
                .contains("<p class=\"field-error\" id=\"to-error\">bad time " + EVIL_ESCAPED + "</p>")
                .contains("rel=\"next\"")
                .doesNotContain(EVIL);
    }

    @Test
    void auditTimesAreUtcDatesOrDateTimesAndADateEndingARangeIncludesTheDay() {
        assertThat(AuditResource.time("2026-01-31", false)).hasValue(java.time.Instant.parse("2026-01-31T00:00:00Z"));
        assertThat(AuditResource.time("2026-01-31", true)).hasValue(java.time.Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(AuditResource.time("2026-01-31T14:05", true))
                .hasValue(java.time.Instant.parse("2026-01-31T14:05:00Z"));
        assertThat(AuditResource.time("2026-01-31 14:05:06Z", false))
                .hasValue(java.time.Instant.parse("2026-01-31T14:05:06Z"));
        assertThat(AuditResource.time(" ", false)).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AuditResource.time("yesterday", false))
                .isInstanceOf(dev.usersvc.domain.DomainException.class);
    }

    @Test
    void enrollsNextPageLinkKeepsTheFiltersAndCarriesTheCursor() {
        assertThat(EnrollsResource.nextPageHref(new EnrollsPage.Filters("*", "a&b", "", "shop:pro", ""),
                new dev.usersvc.domain.enroll.EnrollCursor(java.time.Instant.parse("2026-01-02T03:04:05.123456Z"),
                        new dev.usersvc.domain.enroll.EnrollId("enr_1"))))
                .isEqualTo("/admin/enrolls?app=*&user=a%26b&role=shop%3Apro&after=2026-01-02T03%3A04%3A05.123456Z"
                        + "&afterId=enr_1");
    }
}
