package dev.usersvc.web.console;

import java.util.List;

/** One account: its details, roles, organizations, contacts, tokens by device and audit trail. */
public final class UserPage extends ConsoleView {
    /** The account itself; {@code type} is "User" or "Service". */
    public record Details(String id, String slug, String name, String type, List<Label> labels, String created,
                          String updated) {
        public Details {
            labels = List.copyOf(labels);
        }
    }

    public record Label(String key, String value) {
    }

    /** {@code via} is "user id" or the contact the role came through. */
    public record RoleRow(String app, String role, String via) {
    }

    public record OrganizationRow(String slug, String name, String app, boolean active) {
    }

    public record ContactRow(String platform, String handle, boolean verified, boolean primary) {
    }

    public record DeviceRow(String device, String live, String unrevoked, String lastIssued) {
    }

    public record EventRow(String at, String actor, String action, String target, String detail) {
    }

    private final Details user;
    private final List<RoleRow> roles;
    private final List<OrganizationRow> organizations;
    private final List<ContactRow> contacts;
    private final List<DeviceRow> devices;
    private final boolean trailShown;
    private final List<EventRow> trail;
    private final String auditHref;

    /** {@code trailShown} is false when the caller may not read the audit log. */
    public UserPage(Nav nav, String flash, Details user, List<RoleRow> roles, List<OrganizationRow> organizations,
                    List<ContactRow> contacts, List<DeviceRow> devices, boolean trailShown, List<EventRow> trail,
                    String auditHref) {
        super("user.ftlh", nav, flash);
        this.user = user;
        this.roles = List.copyOf(roles);
        this.organizations = List.copyOf(organizations);
        this.contacts = List.copyOf(contacts);
        this.devices = List.copyOf(devices);
        this.trailShown = trailShown;
        this.trail = List.copyOf(trail);
        this.auditHref = auditHref;
    }

    public Details getUser() {
        return user;
    }

    public List<RoleRow> getRoles() {
        return roles;
    }

    public List<OrganizationRow> getOrganizations() {
        return organizations;
    }

    public List<ContactRow> getContacts() {
        return contacts;
    }

    public List<DeviceRow> getDevices() {
        return devices;
    }

    public boolean isTrailShown() {
        return trailShown;
    }

    public List<EventRow> getTrail() {
        return trail;
    }

    public String getAuditHref() {
        return auditHref;
    }
}
