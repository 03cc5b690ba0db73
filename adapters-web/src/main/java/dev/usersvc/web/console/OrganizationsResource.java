package dev.usersvc.web.console;

import dev.usersvc.application.UseCases;
import dev.usersvc.application.organization.AddMember;
import dev.usersvc.application.organization.DeleteMembership;
import dev.usersvc.application.organization.InviteMember;
import dev.usersvc.application.organization.ListAdministeredOrganizations;
import dev.usersvc.application.organization.ReadOrganization;
import dev.usersvc.application.organization.SaveOrganization;
import dev.usersvc.application.organization.SaveOrganizationAdmin;
import dev.usersvc.application.organization.WithdrawInvitation;
import dev.usersvc.application.permit.BuiltInPermissions;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.enroll.EnrollId;
import dev.usersvc.domain.organization.Organization;
import dev.usersvc.domain.organization.OrganizationId;
import dev.usersvc.domain.user.Slug;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.web.session.Session;
import dev.usersvc.web.session.SessionCookies;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Organizations: the list (every organization for a platform admin, the ones they administer for anyone else),
 * creating one, and one organization's members and invitations. Any signed-in caller may open these pages; the
 * use cases decide what each caller sees and may change, so another organization's page answers 403.
 */
@Path("/organizations")
@Produces(MediaType.TEXT_HTML)
public final class OrganizationsResource {
    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter CREATED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final UseCases useCases;
    private final ConsoleAccess access;

    OrganizationsResource(UseCases useCases, ConsoleAccess access) {
        this.useCases = useCases;
        this.access = access;
    }

    @GET
    public Response list(@CookieParam(SessionCookies.SESSION) String sessionId, @QueryParam("after") String after) {
        return access.signedIn(sessionId, session -> listPage(session, 200, cursor(after),
                session.takeFlash().orElse(""), OrganizationsPage.CreateForm.EMPTY));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@CookieParam(SessionCookies.SESSION) String sessionId, @FormParam("csrf") String csrf,
                           @FormParam("name") String name, @FormParam("slug") String slug,
                           @Context HttpServletRequest http) {
        return access.post(sessionId, csrf, http, session -> {
            String typedName = name == null ? "" : name.strip();
            String typedSlug = slug == null ? "" : slug.strip();
            String nameError = typedName.isEmpty() ? "enter a name" : "";
            String slugError = "";
            Slug parsed = null;
            try {
                parsed = new Slug(typedSlug);
            } catch (DomainException e) {
                slugError = e.getMessage();
            }
            if (!nameError.isEmpty() || !slugError.isEmpty()) {
                return listPage(session, 400, Optional.empty(), "",
                        new OrganizationsPage.CreateForm(typedName, typedSlug, nameError, slugError, ""));
            }
            try {
                // a fresh id: this form only creates, so a slug the caller already administers is taken, not renamed
                SaveOrganization.Result result = useCases.saveOrganization().handle(session.caller(),
                        new SaveOrganization.Command(Optional.of(OrganizationId.random()), parsed, typedName, ""));
                // the new token carries the organization's admin role: the session acts with it from now on
                String jwt = result.token().token().jwt();
                session.renew(useCases.authenticate().handle(jwt), jwt);
                session.flash("Organization " + result.organization().slug().value() + " created.");
                return Response.seeOther(URI.create(href(result.organization().id()))).build();
            } catch (DomainException e) {
                if (e.kind() != ErrorKind.INVALID_INPUT && e.kind() != ErrorKind.CONFLICT) {
                    throw e;
                }
                boolean aboutSlug = e.kind() == ErrorKind.CONFLICT;
                return listPage(session, e.kind() == ErrorKind.CONFLICT ? 409 : 400, Optional.empty(), "",
                        new OrganizationsPage.CreateForm(typedName, typedSlug, "", aboutSlug ? e.getMessage() : "",
                                aboutSlug ? "" : e.getMessage()));
            }
        });
    }

    @GET
    @Path("{id}")
    public Response organization(@CookieParam(SessionCookies.SESSION) String sessionId, @PathParam("id") String id) {
        return access.signedIn(sessionId, session -> refusable(session, () -> detailPage(session, 200,
                organizationId(id), session.takeFlash().orElse(""), OrganizationPage.Forms.EMPTY)));
    }

    @POST
    @Path("{id}/members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addMember(@CookieParam(SessionCookies.SESSION) String sessionId, @FormParam("csrf") String csrf,
                              @PathParam("id") String id, @FormParam("user") String user,
                              @Context HttpServletRequest http) {
        return access.post(sessionId, csrf, http, session -> refusable(session, () -> {
            OrganizationId organizationId = organizationId(id);
            read(session, organizationId); // who may: a refusal is a 403 page, not a field error
            try {
                User added = useCases.addMember().handle(session.caller(), new AddMember.Command(organizationId, user));
                session.flash(added.slug().value() + " is a member now.");
                return Response.seeOther(URI.create(href(organizationId))).build();
            } catch (DomainException e) {
                if (e.kind() == ErrorKind.FORBIDDEN) {
                    throw e;
                }
                return detailPage(session, ConsoleErrorMapper.statusOf(e.kind()), organizationId, "",
                        new OrganizationPage.Forms(user == null ? "" : user, e.getMessage(), "", "", ""));
            }
        }));
    }

    @POST
    @Path("{id}/members/{userId}/admin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setAdmin(@CookieParam(SessionCookies.SESSION) String sessionId, @FormParam("csrf") String csrf,
                             @PathParam("id") String id, @PathParam("userId") String userId,
                             @FormParam("admin") String admin, @Context HttpServletRequest http) {
        return access.post(sessionId, csrf, http, session -> refusable(session, () -> {
            OrganizationId organizationId = organizationId(id);
            boolean makeAdmin = "true".equals(admin);
            SaveOrganizationAdmin.Command command =
                    new SaveOrganizationAdmin.Command(organizationId, userId(userId), makeAdmin);
            return changeMembers(session, organizationId,
                    () -> useCases.saveOrganizationAdmin().handle(session.caller(), command),
                    makeAdmin ? "The member is an admin now." : "The member is no longer an admin.");
        }));
    }

    @GET
    @Path("{id}/members/{userId}/remove")
    public Response confirmRemove(@CookieParam(SessionCookies.SESSION) String sessionId, @PathParam("id") String id,
                                  @PathParam("userId") String userId) {
        return access.signedIn(sessionId, session -> refusable(session, () -> {
            OrganizationId organizationId = organizationId(id);
            ReadOrganization.Result result = read(session, organizationId);
            ReadOrganization.Member member = result.members().stream()
                    .filter(candidate -> candidate.user().id().value().equals(userId)).findFirst()
                    .orElseThrow(() -> DomainException.notFound("membership not found"));
            return ConsoleAccess.html(200, new ConfirmPage(ConsoleAccess.nav(session), "Remove member",
                    "Remove " + member.user().slug().value() + " from " + result.organization().name()
                            + "? They lose the organization's roles and their tokens in the app.", List.of(),
                    href(organizationId) + "/members/" + enc(member.user().id().value()) + "/remove", "Remove member",
                    href(organizationId), ""));
        }));
    }

    @POST
    @Path("{id}/members/{userId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@CookieParam(SessionCookies.SESSION) String sessionId, @FormParam("csrf") String csrf,
                           @PathParam("id") String id, @PathParam("userId") String userId,
                           @Context HttpServletRequest http) {
        return access.post(sessionId, csrf, http, session -> refusable(session, () -> {
            OrganizationId organizationId = organizationId(id);
            DeleteMembership.Command command = new DeleteMembership.Command(organizationId, userId(userId));
            return changeMembers(session, organizationId,
                    () -> useCases.deleteMembership().handle(session.caller(), command), "The member was removed.");
        }));
    }

    @POST
    @Path("{id}/invitations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(@CookieParam(SessionCookies.SESSION) String sessionId, @FormParam("csrf") String csrf,
                           @PathParam("id") String id, @FormParam("email") String email,
                           @Context HttpServletRequest http) {
        return access.post(sessionId, csrf, http, session -> refusable(session, () -> {
            OrganizationId organizationId = organizationId(id);
            read(session, organizationId);
            try {
                boolean pending = useCases.inviteMember().handle(session.caller(),
                        new InviteMember.Command(organizationId, email)).isPresent();
                session.flash(pending ? "Invitation saved: it applies once someone registers and verifies "
                        + email.strip() + "." : "The verified owner of " + email.strip() + " got the member role.");
                return Response.seeOther(URI.create(href(organizationId))).build();
            } catch (DomainException e) {
                if (e.kind() != ErrorKind.INVALID_INPUT && e.kind() != ErrorKind.CONFLICT) {
                    throw e;
                }
                return detailPage(session, ConsoleErrorMapper.statusOf(e.kind()), organizationId, "",
                        new OrganizationPage.Forms("", "", email == null ? "" : email, e.getMessage(), ""));
            }
        }));
    }

    @GET
    @Path("{id}/invitations/{enrollId}/withdraw")
    public Response confirmWithdraw(@CookieParam(SessionCookies.SESSION) String sessionId,
                                    @PathParam("id") String id, @PathParam("enrollId") String enrollId) {
        return access.signedIn(sessionId, session -> refusable(session, () -> {
            OrganizationId organizationId = organizationId(id);
            ReadOrganization.Result result = read(session, organizationId);
            ReadOrganization.Invitation invitation = result.invitations().stream()
                    .filter(candidate -> candidate.enroll().id().value().equals(enrollId)).findFirst()
                    .orElseThrow(() -> DomainException.notFound("invitation not found"));
            String contact = invitation.enroll().contactId().map(Object::toString).orElse("");
            return ConsoleAccess.html(200, new ConfirmPage(ConsoleAccess.nav(session),
                    "Withdraw invitation", "Withdraw the invitation of " + contact + " to "
                            + result.organization().name() + "?", List.of(),
                    href(organizationId) + "/invitations/" + enc(enrollId) + "/withdraw", "Withdraw invitation",
                    href(organizationId), ""));
        }));
    }

    @POST
    @Path("{id}/invitations/{enrollId}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@CookieParam(SessionCookies.SESSION) String sessionId, @FormParam("csrf") String csrf,
                             @PathParam("id") String id, @PathParam("enrollId") String enrollId,
                             @Context HttpServletRequest http) {
        return access.post(sessionId, csrf, http, session -> refusable(session, () -> {
            OrganizationId organizationId = organizationId(id);
            useCases.withdrawInvitation().handle(session.caller(),
                    new WithdrawInvitation.Command(organizationId, new EnrollId(enrollId)));
            session.flash("The invitation was withdrawn.");
            return Response.seeOther(URI.create(href(organizationId))).build();
        }));
    }

    /**
     * A change to the members that the use case may refuse with a conflict (such as taking away the last admin):
     * the conflict shows on the organization page, any other refusal is an error page.
     */
    private Response changeMembers(Session session, OrganizationId organizationId, Runnable change, String done) {
        try {
            change.run();
        } catch (DomainException e) {
            if (e.kind() != ErrorKind.CONFLICT) {
                throw e;
            }
            return detailPage(session, 409, organizationId, "",
                    new OrganizationPage.Forms("", "", "", "", e.getMessage()));
        }
        session.flash(done);
        return Response.seeOther(URI.create(href(organizationId))).build();
    }

    private Response listPage(Session session, int status, Optional<Instant> after, String flash,
                              OrganizationsPage.CreateForm form) {
        List<Organization> organizations = useCases.listAdministeredOrganizations().handle(session.caller(),
                new ListAdministeredOrganizations.Command(after, PAGE_SIZE));
        List<OrganizationsPage.Row> rows = organizations.stream()
                .map(organization -> new OrganizationsPage.Row(href(organization.id()), organization.name(),
                        organization.slug().value(), CREATED.format(organization.createdAt())))
                .toList();
        String next = organizations.size() < PAGE_SIZE ? ""
                : nextPageHref(organizations.get(organizations.size() - 1).createdAt());
        boolean canCreate = access.allowed(session.caller(), BuiltInPermissions.ORGANIZATION_CREATE);
        return ConsoleAccess.html(status, new OrganizationsPage(ConsoleAccess.nav(session), flash, rows, next,
                canCreate, form));
    }

    private ReadOrganization.Result read(Session session, OrganizationId id) {
        return useCases.readOrganization().handle(session.caller(), new ReadOrganization.Command(id));
    }

    private Response detailPage(Session session, int status, OrganizationId id, String flash,
                                OrganizationPage.Forms forms) {
        ReadOrganization.Result result = read(session, id);
        String base = href(id);
        List<OrganizationPage.Member> members = result.members().stream()
                .map(member -> new OrganizationPage.Member(member.user().id().value(), member.user().slug().value(),
                        member.user().name(), member.admin(),
                        base + "/members/" + enc(member.user().id().value()) + "/admin",
                        base + "/members/" + enc(member.user().id().value()) + "/remove"))
                .toList();
        List<OrganizationPage.Invitation> invitations = result.invitations().stream()
                .map(invitation -> new OrganizationPage.Invitation(
                        invitation.enroll().contactId().map(Object::toString).orElse(""),
                        invitation.claimedBy().map(user -> "accepted by " + user.slug().value())
                                .orElse("pending"),
                        invitation.pending(), base + "/invitations/" + enc(invitation.enroll().id().value())
                                + "/withdraw"))
                .toList();
        return ConsoleAccess.html(status, new OrganizationPage(ConsoleAccess.nav(session), flash,
                result.organization().id().value(), result.organization().name(),
                result.organization().slug().value(), members, invitations, forms));
    }

    /** A refusal by the use case shown as a page that keeps the navigation (the error mapper has no session). */
    private static Response refusable(Session session, Supplier<Response> page) {
        try {
            return page.get();
        } catch (DomainException e) {
            if (e.kind() != ErrorKind.FORBIDDEN && e.kind() != ErrorKind.NOT_FOUND) {
                throw e;
            }
            int status = ConsoleErrorMapper.statusOf(e.kind());
            return ConsoleAccess.html(status, new ErrorPage(ConsoleAccess.nav(session),
                    status == 403 ? "Not allowed" : "Not found", e.getMessage(), ""));
        }
    }

    private static OrganizationId organizationId(String id) {
        return new OrganizationId(id);
    }

    private static UserId userId(String id) {
        return new UserId(id);
    }

    static String href(OrganizationId id) {
        return "/admin/organizations/" + enc(id.value());
    }

    private static String enc(String pathSegment) {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Optional<Instant> cursor(String after) {
        if (after == null || after.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(after));
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("the page cursor is not one this console made; start from the first page");
        }
    }

    static String nextPageHref(Instant lastCreatedAt) {
        return "/admin/organizations?after=" + URLEncoder.encode(lastCreatedAt.toString(), StandardCharsets.UTF_8);
    }
}
