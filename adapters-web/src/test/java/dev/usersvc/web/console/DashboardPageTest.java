package dev.usersvc.web.console;

import static dev.usersvc.web.console.RenderedPages.EVIL;
import static dev.usersvc.web.console.RenderedPages.EVIL_ESCAPED;
import static dev.usersvc.web.console.RenderedPages.NAV;
import static dev.usersvc.web.console.RenderedPages.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.application.dashboard.ReadDashboard;
import dev.usersvc.domain.audit.AuditAction;
import dev.usersvc.domain.audit.AuditEvent;
import dev.usersvc.domain.audit.AuditEventId;
import dev.usersvc.domain.user.UserId;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DashboardPageTest {
    private static final Instant AT = Instant.parse("2026-03-01T10:15:30.123456Z");

    private static AuditEvent event(Optional<UserId> actorId, String actorSlug, String target) {
        return new AuditEvent(AuditEventId.random(), AT, actorId, actorSlug, AuditAction.USER_DELETE, target,
                Optional.empty(), "", "");
    }

    @Test
    void showsEveryFigureWithThousandsSeparatorsAndLinksToItsPage() throws IOException {
        String html = render(DashboardPage.of(NAV, "", "root",
                new ReadDashboard.Figures(1_234_567, 12, 3, 45, 6_789, Optional.of(List.of()))));

        assertThat(html).contains("<span class=\"tile-number\">1,234,567</span>")
                .contains("href=\"/admin/users\"").contains("<span class=\"tile-label\">users</span>")
                .contains("href=\"/admin/service-accounts\"").contains(">12</span>")
                .contains("href=\"/admin/organizations\"").contains(">3</span>")
                .contains("href=\"/admin/permits\"").contains(">45</span>")
                .contains("<div class=\"tile\">").contains(">6,789</span>")
                .contains("<span class=\"tile-label\">active tokens</span>");
        assertThat(html.split("class=\"tile-number\"", -1)).hasSize(6);
    }

    @Test
    void listsTheLatestEventsAsTextWithTheActorsSlugOrElseItsId() throws IOException {
        UserId deleted = UserId.random();
        String html = render(DashboardPage.of(NAV, "", "root", new ReadDashboard.Figures(1, 0, 0, 0, 1,
                Optional.of(List.of(event(Optional.of(UserId.random()), EVIL, "usr_target"),
                        event(Optional.of(deleted), "", "usr_other"),
                        event(Optional.empty(), "", "usr_third"))))));

        assertThat(html).contains("Latest audit events")
                .contains("<td>2026-03-01 10:15:30 UTC</td><td class=\"slug\">" + EVIL_ESCAPED + "</td>"
                        + "<td>user.delete</td><td class=\"slug\">usr_target</td>")
                .contains("<td class=\"slug\">" + deleted.value() + "</td>")
                .contains("<td class=\"slug\">(system)</td>")
                .contains("<a href=\"/admin/audit\">Full audit log</a>")
                .doesNotContain(EVIL);
    }

    @Test
    void saysSoWhenNothingIsRecordedYet() throws IOException {
        String html = render(DashboardPage.of(NAV, "", "root",
                new ReadDashboard.Figures(1, 0, 0, 0, 1, Optional.of(List.of()))));

        assertThat(html).contains("Nothing recorded yet.").contains("href=\"/admin/audit\"");
    }

    @Test
    void leavesTheEventsOutForACallerWhoMayNotReadTheAuditLog() throws IOException {
        String html = render(DashboardPage.of(NAV, "", "root",
                new ReadDashboard.Figures(1, 0, 0, 0, 1, Optional.empty())));

        assertThat(html).doesNotContain("Latest audit events").doesNotContain("/admin/audit\">Full");
    }
}
