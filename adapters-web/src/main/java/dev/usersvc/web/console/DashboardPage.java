package dev.usersvc.web.console;

import dev.usersvc.application.dashboard.ReadDashboard;
import dev.usersvc.domain.audit.AuditEvent;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The landing page after sign-in: the platform's figures and its latest audit events. */
public final class DashboardPage extends ConsoleView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** One figure: the number as shown ("1,234"), what it counts, and the page that lists them ("" for none). */
    public record Tile(String number, String label, String href) {
    }

    /** One audit event as shown: time, who (slug, else id), what, and on what. */
    public record Event(String at, String actor, String action, String target) {
        static Event of(AuditEvent event) {
            String actor = !event.actorSlug().isEmpty() ? event.actorSlug()
                    : event.actorId().map(id -> id.value()).orElse("(system)");
            return new Event(TIME.format(event.at()), actor, event.action().value(), event.target());
        }
    }

    private final String signedInSlug;
    private final List<Tile> tiles;
    private final boolean showEvents;
    private final List<Event> events;

    public DashboardPage(Nav nav, String flash, String signedInSlug, List<Tile> tiles, boolean showEvents,
                         List<Event> events) {
        super("dashboard.ftlh", nav, flash);
        this.signedInSlug = signedInSlug;
        this.tiles = List.copyOf(tiles);
        this.showEvents = showEvents;
        this.events = List.copyOf(events);
    }

    /** The page for these figures; numbers get thousands separators. */
    static DashboardPage of(Nav nav, String flash, String signedInSlug, ReadDashboard.Figures figures) {
        List<Tile> tiles = List.of(
                new Tile(number(figures.users()), "users", "/admin/users"),
                new Tile(number(figures.serviceAccounts()), "service accounts", "/admin/service-accounts"),
                new Tile(number(figures.organizations()), "organizations", "/admin/organizations"),
                new Tile(number(figures.permits()), "permits", "/admin/permits"),
                new Tile(number(figures.activeTokens()), "active tokens", ""));
        return new DashboardPage(nav, flash, signedInSlug, tiles, figures.latestEvents().isPresent(),
                figures.latestEvents().orElse(List.of()).stream().map(Event::of).toList());
    }

    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    public String getSignedInSlug() {
        return signedInSlug;
    }

    public List<Tile> getTiles() {
        return tiles;
    }

    public boolean isShowEvents() {
        return showEvents;
    }

    public List<Event> getEvents() {
        return events;
    }
}
