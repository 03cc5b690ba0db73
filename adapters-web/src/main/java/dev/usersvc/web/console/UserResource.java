package dev.usersvc.web.console;

import dev.usersvc.application.UseCases;
import dev.usersvc.application.permit.BuiltInPermissions;
import dev.usersvc.application.token.RevokeTokens;
import dev.usersvc.application.user.CreateUser;
import dev.usersvc.application.user.NewContact;
import dev.usersvc.application.user.ReadUser;
import dev.usersvc.application.user.ResetPassword;
import dev.usersvc.application.user.SaveUser;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.role.Role;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.Password;
import dev.usersvc.domain.user.Slug;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.domain.user.UserType;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One account: its page, and the forms that create, edit, reset the password of, revoke the tokens of and delete
 * an account. Every rule lives in the use cases; this class turns form fields into commands and answers.
 */
@Path("/users")
@Produces(MediaType.TEXT_HTML)
public final class UserResource {
    private final UseCases useCases;
    private final ConsoleAccess access;

    UserResource(UseCases useCases, ConsoleAccess access) {
        this.useCases = useCases;
        this.access = access;
    }

    static String href(UserId id) {
        return "/admin/users/" + URLEncoder.encode(id.value(), StandardCharsets.UTF_8);
    }

    @GET
    @Path("{id}")
    public Response user(@CookieParam(SessionCookies.SESSION) String sessionId, @PathParam("id") String id) {
        return access.page(sessionId, BuiltInPermissions.USER_VIEW, session -> {
            ReadUser.Result result = useCases.readUser().handle(session.caller(), new UserId(id));
            return ConsoleAccess.html(200, userPage(session, result));
        });
    }

    // ---- create

    @GET
    @Path("new")
    public Response createForm(@CookieParam(SessionCookies.SESSION) String sessionId) {
        return access.page(sessionId, BuiltInPermissions.USER_CREATE, session ->
                ConsoleAccess.html(200, new CreateUserPage(ConsoleAccess.nav(session), CreateUserPage.Form.EMPTY)));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@CookieParam(SessionCookies.SESSION) String sessionId, @FormParam("csrf") String csrf,
                           @FormParam("slug") String slug, @FormParam("name") String name,
                           @FormParam("password") String password, @FormParam("contact") String contact,
                           @FormParam("app") String app, @FormParam("roles") String roles,
                           @Context HttpServletRequest http) {
        return access.post(sessionId, csrf, http, session -> {
            String typedSlug = strip(slug);
            String typedName = strip(name);
            String typedContact = strip(contact);
            String typedApp = strip(app).isEmpty() ? AppHost.UNNAMED.value() : strip(app);
            String typedRoles = strip(roles);
            String[] errors = {"", "", "", "", ""}; // slug, name, password, contact, roles
            Slug parsedSlug = parse(() -> new Slug(typedSlug), errors, 0);
            if (typedName.length() > User.MAX_NAME) {
                errors[1] = "name must be at most " + User.MAX_NAME + " characters";
            }
            Optional<Password> parsedPassword = password == null || password.isEmpty() ? Optional.empty()
                    : Optional.ofNullable(parse(() -> Password.newPassword(password), errors, 2));
            List<NewContact> contacts = new ArrayList<>();
            if (!typedContact.isEmpty()) {
                if (!typedContact.contains("@")) {
                    errors[3] = "enter an e-mail address, or leave it empty";
                } else {
                    ContactId contactId = parse(() -> ContactId.normalized(typedContact), errors, 3);
                    if (contactId != null) {
                        contacts.add(new NewContact(contactId, "email", contactId.value(), false, true));
                    }
                }
            }
            List<Role> parsedRoles = new ArrayList<>();
            for (String role : typedRoles.isEmpty() ? new String[0] : typedRoles.split("\\s+")) {
                Role parsed = parse(() -> new Role(role), errors, 4);
                if (parsed != null) {
                    parsedRoles.add(parsed);
                }
            }
            if (Arrays.stream(errors).anyMatch(e -> !e.isEmpty())) {
                return createForm(session, 400, typedSlug, typedName, typedContact, typedApp, typedRoles, errors, "");
            }
            try {
                User created = useCases.createUser().handle(session.caller(), new CreateUser.Command(
                        new AppHost(typedApp), Optional.empty(), parsedSlug, typedName, "", Map.of(), contacts,
                        parsedPassword, parsedRoles));
                session.flash("Created user " + created.slug().value() + ".");
                return Response.seeOther(URI.create(href(created.id()))).build();
            } catch (DomainException e) {
                if (e.kind() == ErrorKind.CONFLICT) {
                    errors[0] = e.getMessage();
                    return createForm(session, 409, typedSlug, typedName, typedContact, typedApp, typedRoles, errors,
                            "");
                }
                if (e.kind() == ErrorKind.INVALID_INPUT) {
                    return createForm(session, 400, typedSlug, typedName, typedContact, typedApp, typedRoles, errors,
                            e.getMessage());
                }
                throw e;
            }
        });
    }

    private static Response createForm(Session session, int status, String slug, String name, String contact,
                                       String app, String roles, String[] errors, String formError) {
        return ConsoleAccess.html(status, new CreateUserPage(ConsoleAccess.nav(session), new CreateUserPage.Form(
                slug, name, contact, app, roles, errors[0], errors[1], errors[2], errors[3], errors[4], formError)));
    }

    // ---- edit name and labels

    @GET
    @Path("{id}/edit")
    public Response editForm(@CookieParam(SessionCookies.SESSION) String sessionId, @PathParam("id") String id) {
        return access.page(sessionId, BuiltInPermissions.USER_EDIT, session -> {
            User user = useCases.readUser().handle(session.caller(), new UserId(id)).user();
            String labels = new TreeMap<>(user.labels()).entrySet().stream()
                    .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining("\n"));
            return ConsoleAccess.html(200, new EditUserPage(ConsoleAccess.nav(session), href(user.id()),
                    user.slug().value(), user.name(), labels, "", ""));
        });
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@CookieParam(SessionCookies.SESSION) String sessionId, @FormParam("csrf") String csrf,
                         @PathParam("id") String id, @FormParam("name") String name,
                         @FormParam("labels") String labels, @Context HttpServletRequest http) {
        return access.post(sessionId, csrf, http, session -> {
            UserId userId = new UserId(id);
            String typedName = strip(name);
            String typedLabels = labels == null ? "" : labels;
            Map<String, String> parsed = new LinkedHashMap<>();
            String labelsError = parseLabels(typedLabels, parsed);
            String nameError = typedName.isEmpty() ? "enter a name" : "";
            if (labelsError.isEmpty() && nameError.isEmpty()) {
                try {
                    useCases.saveUser().handle(session.caller(),
                            new SaveUser.Command(userId, typedName, "", Optional.of(parsed)));
                    session.flash("Saved.");
                    return Response.seeOther(URI.create(href(userId))).build();
                } catch (DomainException e) {
                    if (e.kind() != ErrorKind.INVALID_INPUT) {
                        throw e;
                    }
                    if (e.getMessage().contains("name")) {
                        nameError = e.getMessage();
                    } else {
                        labelsError = e.getMessage();
                    }
                }
            }
            User user = useCases.readUser().handle(session.caller(), userId).user();
            return ConsoleAccess.html(400, new EditUserPage(ConsoleAccess.nav(session), href(userId),
                    user.slug().value(), typedName, typedLabels, nameError, labelsError));
        });
    }

    /** Fills {@code into} from {@code key=value} lines (blank lines skipped); returns the error, "" for none. */
    static String parseLabels(String text, Map<String, String> into) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                return "line " + (i + 1) + " is not key=value";
            }
            String key = line.substring(0, equals).strip();
            if (into.containsKey(key)) {
                return "line " + (i + 1) + " repeats the key " + key;
            }
            into.put(key, line.substring(equals + 1).strip());
        }
        return "";
    }

    // ---- reset password

    @GET
    @Path("{id}/password")
    public Response resetForm(@CookieParam(SessionCookies.SESSION) String sessionId, @PathParam("id") String id) {
        return access.page(sessionId, BuiltInPermissions.PASSWORD_RESET, session -> {
            User user = useCases.readUser().handle(session.caller(), new UserId(id)).user();
            return ConsoleAccess.html(200, resetPage(session, user, PasswordPage.Errors.NONE));
        });
    }

    @POST
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reset(@CookieParam(SessionCookies.SESSION) String sessionId, @FormParam("csrf") String csrf,
                          @PathParam("id") String id, @FormParam("password") String password,
                          @FormParam("confirmation") String confirmation, @Context HttpServletRequest http) {
        return access.post(sessionId, csrf, http, session -> {
            UserId userId = new UserId(id);
            String passwordError = password == null || password.isEmpty() ? "enter the new password" : "";
            String confirmationError = passwordError.isEmpty() && !password.equals(confirmation)
                    ? "the two passwords differ" : "";
            if (passwordError.isEmpty() && confirmationError.isEmpty()) {
                try {
                    useCases.resetPassword().handle(session.caller(),
                            new ResetPassword.Command(userId, new Password(password)));
                    session.flash("Password reset.");
                    return Response.seeOther(URI.create(href(userId))).build();
                } catch (DomainException e) {
                    if (e.kind() != ErrorKind.INVALID_INPUT) {
                        throw e;
                    }
                    passwordError = e.getMessage();
                }
            }
            User user = useCases.readUser().handle(session.caller(), userId).user();
            return ConsoleAccess.html(400, resetPage(session, user,
                    new PasswordPage.Errors("", passwordError, confirmationError, "")));
        });
    }

    private static PasswordPage resetPage(Session session, User user, PasswordPage.Errors errors) {
        return new PasswordPage(ConsoleAccess.nav(session), "", false, href(user.id()) + "/password",
                user.slug().value(), href(user.id()), errors);
    }

    // ---- revoke tokens

    @GET
    @Path("{id}/revoke-tokens")
    public Response revokeConfirmation(@CookieParam(SessionCookies.SESSION) String sessionId,
                                       @PathParam("id") String id) {
        return access.page(sessionId, BuiltInPermissions.TOKEN_REVOKE, session -> {
            User user = useCases.readUser().handle(session.caller(), new UserId(id)).user();
            return ConsoleAccess.html(200, revokePage(session, user));
        });
    }

    @POST
    @Path("{id}/revoke-tokens")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@CookieParam(SessionCookies.SESSION) String sessionId, @FormParam("csrf") String csrf,
                           @PathParam("id") String id, @Context HttpServletRequest http) {
        return access.post(sessionId, csrf, http, session -> {
            UserId userId = new UserId(id);
            int revoked = useCases.revokeTokens().handle(session.caller(),
                    new RevokeTokens.Command(Optional.empty(), Optional.of(userId), false));
            session.flash("Revoked " + revoked + (revoked == 1 ? " token." : " tokens."));
            return Response.seeOther(URI.create(href(userId))).build();
        });
    }

    private static ConfirmPage revokePage(Session session, User user) {
        return new ConfirmPage(ConsoleAccess.nav(session), "Revoke tokens",
                "Revoke every token of " + user.slug().value() + "? They stop working at once, on every device.",
                List.of(),
                href(user.id()) + "/revoke-tokens", "Revoke tokens", href(user.id()), "");
    }

    // ---- delete

    @GET
    @Path("{id}/delete")
    public Response deleteConfirmation(@CookieParam(SessionCookies.SESSION) String sessionId,
                                       @PathParam("id") String id) {
        return access.page(sessionId, BuiltInPermissions.USER_DELETE, session -> {
            User user = useCases.readUser().handle(session.caller(), new UserId(id)).user();
            return ConsoleAccess.html(200, deletePage(session, user, ""));
        });
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@CookieParam(SessionCookies.SESSION) String sessionId, @FormParam("csrf") String csrf,
                           @PathParam("id") String id, @Context HttpServletRequest http) {
        return access.post(sessionId, csrf, http, session -> {
            UserId userId = new UserId(id);
            User user = useCases.readUser().handle(session.caller(), userId).user();
            try {
                useCases.deleteUser().handle(session.caller(), userId);
            } catch (DomainException e) {
                if (e.kind() != ErrorKind.CONFLICT) {
                    throw e;
                }
                return ConsoleAccess.html(409, deletePage(session, user, e.getMessage()));
            }
            session.flash("Deleted user " + user.slug().value() + ".");
            return Response.seeOther(URI.create("/admin/users")).build();
        });
    }

    private static ConfirmPage deletePage(Session session, User user, String error) {
        return new ConfirmPage(ConsoleAccess.nav(session), "Delete user",
                "Delete user " + user.slug().value() + "? Its contacts, roles, memberships and tokens go with it;"
                        + " this cannot be undone.", List.of(),
                href(user.id()) + "/delete", "Delete user", href(user.id()), error);
    }

    // ---- helpers

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    /** The parsed value, or null with the message in {@code errors[index]}. */
    private static <T> T parse(java.util.function.Supplier<T> parser, String[] errors, int index) {
        try {
            return parser.get();
        } catch (DomainException e) {
            errors[index] = e.getMessage();
            return null;
        }
    }

    private static UserPage userPage(Session session, ReadUser.Result result) {
        User user = result.user();
        UserPage.Details details = new UserPage.Details(user.id().value(), user.slug().value(), user.name(),
                user.type() == UserType.SERVICE ? "Service" : "User",
                new TreeMap<>(user.labels()).entrySet().stream()
                        .map(entry -> new UserPage.Label(entry.getKey(), entry.getValue())).toList(),
                UsersResource.CREATED.format(user.createdAt()), UsersResource.CREATED.format(user.updatedAt()));
        List<UserPage.RoleRow> roles = result.roles().stream()
                .map(role -> new UserPage.RoleRow(role.appHost(), role.role(),
                        role.byContact().map(contact -> "contact " + contact.value()).orElse("user id")))
                .toList();
        List<UserPage.OrganizationRow> organizations = result.organizations().stream()
                .map(org -> new UserPage.OrganizationRow(org.slug().isEmpty() ? org.organizationId().value()
                        : org.slug(), org.name(), org.appHost(), org.active()))
                .toList();
        List<UserPage.ContactRow> contacts = result.contacts().stream()
                .map(contact -> new UserPage.ContactRow(contact.platform(), contact.handle().isEmpty()
                        ? contact.id().value() : contact.handle(), contact.verified(), contact.primary()))
                .toList();
        List<UserPage.DeviceRow> devices = result.devices().stream()
                .map(device -> new UserPage.DeviceRow(device.device(), count(device.live()),
                        count(device.unrevoked()), UsersResource.CREATED.format(device.lastIssuedAt())))
                .toList();
        List<UserPage.EventRow> trail = result.auditTrail().orElse(List.of()).stream()
                .map(event -> new UserPage.EventRow(UsersResource.CREATED.format(event.at()),
                        event.actorSlug().isEmpty() ? "system" : event.actorSlug(),
                        event.action().value(), event.target(),
                        event.detail()))
                .toList();
        return new UserPage(ConsoleAccess.nav(session), session.takeFlash().orElse(""), details, roles,
                organizations, contacts, devices, result.auditTrail().isPresent(), trail,
                "/admin/audit?target=" + URLEncoder.encode(user.id().value(), StandardCharsets.UTF_8));
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
