package dev.usersvc.web.console;

import java.util.List;

/** One organization: its members with their admin flag, its invitations, and the forms that change them. */
public final class OrganizationPage extends ConsoleView {
    private final String id;
    private final String name;
    private final String slug;
    private final List<Member> members;
    private final List<Invitation> invitations;
    private final Forms forms;

    /** One member; the hrefs are where its actions post or lead. */
    public record Member(String userId, String slug, String name, boolean admin, String adminAction,
                         String removeHref) {
    }

    /** One invitation by contact; {@code status} is "pending" or who claimed it. */
    public record Invitation(String contact, String status, boolean pending, String withdrawHref) {
    }

    /** What was typed into the add and invite forms and their errors ("" for none); {@code error} is page-wide. */
    public record Forms(String user, String userError, String email, String emailError, String error) {
        public static final Forms EMPTY = new Forms("", "", "", "", "");
    }

    public OrganizationPage(Nav nav, String flash, String id, String name, String slug, List<Member> members,
                            List<Invitation> invitations, Forms forms) {
        super("organization.ftlh", nav, flash);
        this.id = id;
        this.name = name;
        this.slug = slug;
        this.members = List.copyOf(members);
        this.invitations = List.copyOf(invitations);
        this.forms = forms;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    public String getBase() {
        return "/admin/organizations/" + id;
    }

    public List<Member> getMembers() {
        return members;
    }

    public List<Invitation> getInvitations() {
        return invitations;
    }

    public Forms getForms() {
        return forms;
    }
}
