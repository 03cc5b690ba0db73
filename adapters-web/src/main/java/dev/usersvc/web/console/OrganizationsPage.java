package dev.usersvc.web.console;

import java.util.List;

/**
 * The organizations the caller manages (all of them for a platform admin), oldest first, with a link to the next
 * page when there is one, and the form that creates an organization when the caller may.
 */
public final class OrganizationsPage extends ConsoleView {
    private final List<Row> organizations;
    private final String nextPageHref;
    private final boolean canCreate;
    private final CreateForm form;

    /** One organization as shown: every value already formatted. */
    public record Row(String href, String name, String slug, String created) {
    }

    /** The create form's values and errors ("" for none); {@code error} is about the whole form. */
    public record CreateForm(String name, String slug, String nameError, String slugError, String error) {
        public static final CreateForm EMPTY = new CreateForm("", "", "", "", "");
    }

    /** {@code nextPageHref} is "" on the last page. */
    public OrganizationsPage(Nav nav, String flash, List<Row> organizations, String nextPageHref, boolean canCreate,
                             CreateForm form) {
        super("organizations.ftlh", nav, flash);
        this.organizations = List.copyOf(organizations);
        this.nextPageHref = nextPageHref;
        this.canCreate = canCreate;
        this.form = form;
    }

    public List<Row> getOrganizations() {
        return organizations;
    }

    public String getNextPageHref() {
        return nextPageHref;
    }

    public boolean isCanCreate() {
        return canCreate;
    }

    public CreateForm getForm() {
        return form;
    }
}
