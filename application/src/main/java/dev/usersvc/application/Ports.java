package dev.usersvc.application;

import dev.usersvc.domain.app.AppRepository;
import dev.usersvc.domain.audit.AuditLog;
import dev.usersvc.domain.enroll.EnrollRepository;
import dev.usersvc.domain.login.FailureCounterRepository;
import dev.usersvc.domain.organization.MembershipRepository;
import dev.usersvc.domain.organization.OrganizationRepository;
import dev.usersvc.domain.otp.MailSender;
import dev.usersvc.domain.otp.OtpRepository;
import dev.usersvc.domain.permit.PermitRepository;
import dev.usersvc.domain.token.SigningKeyGenerator;
import dev.usersvc.domain.token.SigningKeyRepository;
import dev.usersvc.domain.token.TokenIssuer;
import dev.usersvc.domain.token.TokenRepository;
import dev.usersvc.domain.token.TokenVerifier;
import dev.usersvc.domain.user.ContactRepository;
import dev.usersvc.domain.user.PasswordHasher;
import dev.usersvc.domain.user.UserRepository;

/**
 * Every outbound port the use cases need, handed in by the server (or by tests, as fakes). {@code userLookups}
 * and {@code appLookups} serve the hot read paths and may lag the store by the cache bound; writes never go
 * through them.
 */
public record Ports(UserRepository users, ContactRepository contacts, AppRepository apps, TokenRepository tokens,
                   SigningKeyRepository signingKeys, PermitRepository permits, EnrollRepository enrolls,
                   FailureCounterRepository failureCounters, Transactions transactions,
                   PasswordHasher passwordHasher, TokenIssuer tokenIssuer, TokenVerifier tokenVerifier,
                   SigningKeyGenerator signingKeyGenerator, UserRepository userLookups,
                   AppRepository appLookups, OtpRepository otps, MailSender mailSender,
                   OrganizationRepository organizations, MembershipRepository memberships, AuditLog auditLog) {
}
