package dev.usersvc.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.template.Configuration;
import io.dropwizard.views.common.View;
import io.dropwizard.views.freemarker.FreemarkerViewRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagesTest {
    private static final String EVIL = "<script>alert(1)</script>";
    private static final String EVIL_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";
    private static final Nav NAV = new Nav("root", "csrf-token-1", true);

    private static String render(View page) throws IOException {
        FreemarkerViewRenderer renderer = new FreemarkerViewRenderer(Configuration.VERSION_2_3_33);
        renderer.configure(Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(page, Locale.ENGLISH, out);
        return out.toString(StandardCharsets.UTF_8);
    }

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
                List.of(new UsersPage.Row(EVIL, "Ada \"Countess\" Lovelace", "2026-01-02 03:04 UTC"),
                        new UsersPage.Row("grace", "Grace", "2026-01-01 00:00 UTC")),
                "/admin/users?search=a%26b&after=2026-01-01T00:00:00Z"));

        assertThat(html).contains("<td class=\"slug\">" + EVIL_ESCAPED + "</td>")
                .contains("<td>Ada &quot;Countess&quot; Lovelace</td>")
                .contains("<td class=\"slug\">grace</td>")
                .contains("<td>2026-01-02 03:04 UTC</td>")
                .contains("value=\"" + EVIL_ESCAPED + "\"")
                .contains("href=\"/admin/users?search=a%26b&amp;after=2026-01-01T00:00:00Z\" rel=\"next\"")
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
                new ErrorPage(NAV, "Not allowed", "no", ""))) {
            String html = render(page);
            assertThat(html).startsWith("<!DOCTYPE html>")
                    .contains("<link rel=\"stylesheet\" href=\"/admin/assets/console.css\">")
                    .doesNotContain("<script").doesNotContain("<style").doesNotContain("style=");
        }
    }
}
