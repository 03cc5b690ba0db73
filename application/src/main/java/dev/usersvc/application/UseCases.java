package dev.usersvc.application;

import dev.usersvc.application.app.AppResolver;
import dev.usersvc.application.app.ListApps;
import dev.usersvc.application.app.ReadApp;
import dev.usersvc.application.app.UpdateApp;
import dev.usersvc.application.audit.Audit;
import dev.usersvc.application.audit.ListAuditEvents;
import dev.usersvc.application.enroll.BrowseEnrolls;
import dev.usersvc.application.dashboard.ReadDashboard;
import dev.usersvc.application.enroll.DeleteEnrolls;
import dev.usersvc.application.enroll.ListEnrolls;
import dev.usersvc.application.enroll.RoleAssignments;
import dev.usersvc.application.enroll.SaveEnrolls;
import dev.usersvc.application.login.LoginThrottle;
import dev.usersvc.application.otp.OtpCheck;
import dev.usersvc.application.otp.SendOtp;
import dev.usersvc.application.organization.AddMember;
import dev.usersvc.application.organization.DeleteMembership;
import dev.usersvc.application.organization.InviteMember;
import dev.usersvc.application.organization.ListAdministeredOrganizations;
import dev.usersvc.application.organization.ListOrganizations;
import dev.usersvc.application.organization.OrganizationAccess;
import dev.usersvc.application.organization.ReadOrganization;
import dev.usersvc.application.organization.SaveMembership;
import dev.usersvc.application.organization.SaveOrganization;
import dev.usersvc.application.permit.DeletePermits;
import dev.usersvc.application.organization.SaveOrganizationAdmin;
import dev.usersvc.application.organization.WithdrawInvitation;
import dev.usersvc.application.permit.HasPermission;
import dev.usersvc.application.permit.ListPermissions;
import dev.usersvc.application.permit.ListPermits;
import dev.usersvc.application.permit.Permissions;
import dev.usersvc.application.permit.SavePermits;
import dev.usersvc.application.token.Authenticate;
import dev.usersvc.application.token.ExchangeToken;
import dev.usersvc.application.token.PurgeTokens;
import dev.usersvc.application.token.RefreshToken;
import dev.usersvc.application.token.RevocationList;
import dev.usersvc.application.token.RevokeTokens;
import dev.usersvc.application.token.SigningKeys;
import dev.usersvc.application.token.TokenMint;
import dev.usersvc.application.user.ChangePassword;
import dev.usersvc.application.user.CreateUser;
import dev.usersvc.application.user.DeleteUser;
import dev.usersvc.application.user.ListUsers;
import dev.usersvc.application.user.Login;
import dev.usersvc.application.user.ReadSelf;
import dev.usersvc.application.user.ReadUser;
import dev.usersvc.application.user.Register;
import dev.usersvc.application.user.ResetPassword;
import dev.usersvc.application.user.SaveSelf;
import dev.usersvc.application.user.SaveUser;
import java.time.Clock;

/** Every use case, built once from the ports. The HTTP adapters take what they need from here. */
public record UseCases(Bootstrap bootstrap, Authenticate authenticate, Register register, Login login,
                       ReadSelf readSelf, SaveSelf saveSelf, ChangePassword changePassword,
                       ResetPassword resetPassword, CreateUser createUser, SaveUser saveUser, DeleteUser deleteUser,
                       ListUsers listUsers, RefreshToken refreshToken, RevokeTokens revokeTokens,
                       ExchangeToken exchangeToken, HasPermission hasPermission, ReadApp readApp,
                       ListApps listApps, UpdateApp updateApp,
                       SavePermits savePermits, ListPermits listPermits, ListPermissions listPermissions,
                       DeletePermits deletePermits, BrowseEnrolls browseEnrolls,
                       SaveEnrolls saveEnrolls, ListEnrolls listEnrolls, DeleteEnrolls deleteEnrolls,
                       Permissions permissions,
                       RevocationList revocations, SigningKeys signingKeys, PurgeTokens purgeTokens,
                       SendOtp sendOtp, SaveOrganization saveOrganization,
                       ListOrganizations listOrganizations, SaveMembership saveMembership,
                       DeleteMembership deleteMembership, ListAuditEvents listAuditEvents,
                       ReadUser readUser,
                       ListAdministeredOrganizations listAdministeredOrganizations,
                       ReadOrganization readOrganization, AddMember addMember,
                       SaveOrganizationAdmin saveOrganizationAdmin, InviteMember inviteMember,
                       WithdrawInvitation withdrawInvitation,

                       ReadDashboard readDashboard) {

    public static UseCases create(Ports ports, Settings settings, Clock clock) {
        AppResolver appResolver = new AppResolver(ports.apps());
        Permissions permissions = new Permissions(ports.permits());
        RevocationList revocations = new RevocationList(ports.tokens(), clock);
        SigningKeys signingKeys = new SigningKeys(ports.signingKeys(), ports.signingKeyGenerator(), clock);
        TokenMint mint = new TokenMint(ports.tokens(), ports.enrolls(), ports.contacts(), ports.memberships(),
                ports.tokenIssuer(), settings.tokenPolicy(), clock);
        LoginThrottle throttle = new LoginThrottle(ports.failureCounters(), settings.accountThrottle(),
                settings.addressThrottle(), clock);
        RoleAssignments roleAssignments = new RoleAssignments(ports.enrolls(), ports.tokens());
        OtpCheck otpCheck = new OtpCheck(ports.otps(), ports.passwordHasher(), settings.otpPolicy(), clock);
        OrganizationAccess organizationAccess = new OrganizationAccess(ports.organizations(), ports.enrolls());
        Audit audit = new Audit(ports.auditLog(), clock);
        SaveEnrolls saveEnrolls = new SaveEnrolls(ports.enrolls(), ports.users(), ports.contacts(), appResolver,
                roleAssignments, ports.transactions(), audit, clock);
        DeleteEnrolls deleteEnrolls = new DeleteEnrolls(ports.enrolls(), ports.contacts(), ports.tokens(),
                ports.transactions(), audit);
        SaveMembership saveMembership = new SaveMembership(organizationAccess, ports.memberships(), ports.users(),
                ports.tokens(), roleAssignments, permissions, ports.transactions(), audit, clock);
        return new UseCases(
                new Bootstrap(signingKeys, appResolver, ports.permits(), permissions, ports.users(), ports.enrolls(),
                        roleAssignments, ports.passwordHasher(), ports.transactions(), clock),
                new Authenticate(ports.tokenVerifier(), revocations),
                new Register(ports.users(), ports.contacts(), ports.passwordHasher(), settings.reservedSlugs(),
                        appResolver, mint, otpCheck, ports.transactions(), audit, clock),
                new Login(ports.users(), ports.contacts(), ports.passwordHasher(), throttle, appResolver, mint,
                        otpCheck, clock),
                new ReadSelf(ports.users(), ports.contacts(), ports.tokens(), ports.organizations(),
                        ports.memberships()),
                new SaveSelf(ports.users(), clock),
                new ChangePassword(ports.users(), ports.passwordHasher(), permissions, throttle, ports.transactions(),
                        audit, clock),
                new ResetPassword(ports.users(), ports.passwordHasher(), permissions, ports.transactions(), audit,
                        clock),
                new CreateUser(ports.users(), ports.contacts(), ports.apps(), ports.passwordHasher(),
                        settings.reservedSlugs(), permissions, roleAssignments, ports.transactions(), audit, clock),
                new SaveUser(ports.users(), permissions, ports.transactions(), audit, clock),
                new DeleteUser(ports.users(), ports.enrolls(), ports.tokens(), permissions, revocations,
                        ports.transactions(), audit, clock),
                new ListUsers(ports.users(), ports.contacts(), permissions),
                new RefreshToken(ports.tokenVerifier(), ports.tokens(), ports.users(), ports.apps(), mint,
                        revocations, ports.transactions(), clock),
                new RevokeTokens(ports.tokens(), permissions, revocations, ports.transactions(), audit, clock),
                new ExchangeToken(ports.users(), ports.apps(), appResolver, mint),
                new HasPermission(permissions, ports.userLookups(), ports.appLookups(), clock),
                new ReadApp(appResolver),
                new ListApps(ports.apps(), permissions),
                new UpdateApp(ports.apps(), permissions, ports.transactions(), audit),
                new SavePermits(ports.permits(), ports.apps(), permissions, ports.transactions(), audit, clock),
                new ListPermits(ports.permits(), ports.apps(), permissions),
                new ListPermissions(ports.permits()),
                new DeletePermits(ports.permits(), permissions, ports.transactions(), audit),
                new BrowseEnrolls(ports.enrolls(), permissions),
                saveEnrolls,
                new ListEnrolls(ports.enrolls(), permissions),
                deleteEnrolls,
                permissions, revocations, signingKeys, new PurgeTokens(ports.tokens(), settings.tokenPolicy()),
                new SendOtp(ports.otps(), ports.failureCounters(), ports.passwordHasher(), ports.mailSender(),
                        appResolver, settings.otpPolicy(), clock),
                new SaveOrganization(ports.organizations(), ports.memberships(), ports.users(), ports.apps(),
                        roleAssignments, mint, permissions, ports.transactions(), audit, clock),
                new ListOrganizations(ports.organizations(), permissions),
                saveMembership,
                new DeleteMembership(organizationAccess, ports.memberships(), ports.users(), ports.enrolls(),
                        ports.tokens(), permissions, ports.transactions(), audit),
                new ListAuditEvents(ports.auditLog(), permissions),
                new ReadUser(ports.users(), ports.contacts(), ports.enrolls(), ports.memberships(),
                        ports.organizations(), ports.apps(), ports.tokens(), ports.auditLog(), permissions, clock),
                new ListAdministeredOrganizations(organizationAccess, ports.organizations(), permissions),
                new ReadOrganization(organizationAccess, ports.memberships(), ports.enrolls(), ports.users(),
                        ports.contacts()),
                new AddMember(organizationAccess, ports.users(), saveMembership),
                new SaveOrganizationAdmin(organizationAccess, ports.memberships(), ports.users(), ports.enrolls(),
                        ports.tokens(), roleAssignments, permissions, ports.transactions(), audit, clock),
                new InviteMember(organizationAccess, saveEnrolls),
                new WithdrawInvitation(organizationAccess, ports.enrolls(), deleteEnrolls),

                new ReadDashboard(ports.users(), ports.organizations(), ports.permits(), ports.tokens(),
                        ports.auditLog(), permissions, clock));
    }
}
