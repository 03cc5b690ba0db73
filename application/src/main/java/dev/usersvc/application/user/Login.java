package dev.usersvc.application.user;

import dev.usersvc.application.app.AppResolver;
import dev.usersvc.application.login.LoginThrottle;
import dev.usersvc.application.otp.OtpCheck;
import dev.usersvc.application.otp.OtpProof;
import dev.usersvc.application.token.IssuedToken;
import dev.usersvc.application.token.TokenMint;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.App;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.user.Contact;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.ContactRepository;
import dev.usersvc.domain.user.Password;
import dev.usersvc.domain.user.PasswordHash;
import dev.usersvc.domain.user.PasswordHasher;
import dev.usersvc.domain.user.Slug;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Logs in by slug or contact and password, or by contact and a one-time code sent to it, which also verifies the
 * contact (so enrolls waiting for it apply). An unknown account and a wrong password fail alike,
 * with UNAUTHENTICATED, the same message and the same hashing work. Failures are throttled per account and
 * per client address (TOO_MANY_ATTEMPTS). A hash made with outdated parameters is replaced on success.
 */
public final class Login {
    /** A password, a one-time code sent to the contact, or both (then both must hold). */
    public record Command(AppHost appHost, Optional<Slug> slug, Optional<ContactId> contactId,
                          Optional<Password> password, Optional<OtpProof> otp, String device, String clientAddress) {
        public Command(AppHost appHost, Optional<Slug> slug, Optional<ContactId> contactId, Password password,
                       String device, String clientAddress) {
            this(appHost, slug, contactId, Optional.of(password), Optional.empty(), device, clientAddress);
        }

        public Command {
            if (slug.isEmpty() && contactId.isEmpty()) {
                throw DomainException.invalid("slug or contact is required");
            }
            if (password.isEmpty() && otp.isEmpty()) {
                throw DomainException.invalid("password is required");
            }
            if (otp.isPresent() && contactId.isEmpty()) {
                throw DomainException.invalid("a one-time code needs the contact it was sent to");
            }
        }

        String account() {
            return slug.map(Slug::value).orElseGet(() -> contactId.orElseThrow().value());
        }
    }

    private final UserRepository users;
    private final ContactRepository contacts;
    private final PasswordHasher passwordHasher;
    private final LoginThrottle throttle;
    private final AppResolver appResolver;
    private final TokenMint mint;
    private final OtpCheck otpCheck;
    private final Clock clock;

    public Login(UserRepository users, ContactRepository contacts, PasswordHasher passwordHasher,
                 LoginThrottle throttle, AppResolver appResolver, TokenMint mint, OtpCheck otpCheck, Clock clock) {
        this.users = users;
        this.contacts = contacts;
        this.passwordHasher = passwordHasher;
        this.throttle = throttle;
        this.appResolver = appResolver;
        this.mint = mint;
        this.otpCheck = otpCheck;
        this.clock = clock;
    }

    public IssuedToken handle(Command command) {
        throttle.checkAllowed(command.account(), command.clientAddress());
        Optional<Contact> contact = command.contactId().flatMap(contacts::findById);
        Optional<User> found = command.slug().isPresent()
                ? users.findBySlug(command.slug().get())
                : contact.map(Contact::userId).flatMap(users::findById);
        Optional<PasswordHash> hash = found.flatMap(User::passwordHash);
        boolean passwordHolds = command.password().isEmpty() || (hash.isPresent()
                ? passwordHasher.matches(command.password().get(), hash.get())
                : burn(command.password().get()));
        boolean otpHolds = command.otp().isEmpty() || (found.isPresent() && otpHolds(command));
        if (!passwordHolds || !otpHolds) {
            throttle.recordFailure(command.account(), command.clientAddress());
            throw DomainException.unauthenticated("invalid credentials");
        }
        throttle.recordSuccess(command.account(), command.clientAddress());
        User user = found.get();
        Instant now = clock.instant();
        if (command.password().isPresent() && passwordHasher.needsRehash(hash.get())) {
            user = user.withPassword(passwordHasher.hash(command.password().get()), now);
            users.update(user);
        }
        if (command.otp().isPresent()) {
            contact.filter(unverified -> !unverified.verified())
                    .ifPresent(unverified -> contacts.update(unverified.verify(now)));
        }
        App app = appResolver.getOrCreate(command.appHost());
        return new IssuedToken(mint.issueOrReuse(user, app.id(), command.device()), app);
    }

    private boolean otpHolds(Command command) {
        try {
            otpCheck.verify(command.otp().get().otpId(), command.contactId().orElseThrow(), command.otp().get().code());
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    /**
     * The slug someone typed to log in. No account has a malformed slug, so one fails like an unknown account,
     * with the same UNAUTHENTICATED and message, rather than telling the two apart.
     */
    public static Slug typedSlug(String typed) {
        try {
            return new Slug(typed);
        } catch (DomainException e) {
            throw DomainException.unauthenticated("invalid credentials");
        }
    }

    private boolean burn(Password password) {
        passwordHasher.burnEquivalentWork(password);
        return false;
    }
}
