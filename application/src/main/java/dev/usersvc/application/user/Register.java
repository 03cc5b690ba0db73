package dev.usersvc.application.user;

import dev.usersvc.application.Transactions;
import dev.usersvc.application.app.AppResolver;
import dev.usersvc.application.audit.Audit;
import dev.usersvc.application.otp.OtpCheck;
import dev.usersvc.application.otp.OtpProof;
import dev.usersvc.application.token.IssuedToken;
import dev.usersvc.application.token.TokenMint;
import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.app.App;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.audit.AuditAction;
import dev.usersvc.domain.user.Contact;
import dev.usersvc.domain.user.ContactRepository;
import dev.usersvc.domain.user.Password;
import dev.usersvc.domain.user.PasswordHasher;
import dev.usersvc.domain.user.ReservedSlugs;
import dev.usersvc.domain.user.Slug;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.domain.user.UserRepository;
import dev.usersvc.domain.user.UserType;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Registers an account (human, or a service by its {@code -svc} slug) and logs it in to the app. Fails with
 * INVALID_INPUT for a reserved slug, CONFLICT when the slug or contact is taken. A contact registered here is
 * verified only with a one-time code sent to it (UNAUTHENTICATED when the code fails); until then, enrolls by
 * contact do not reach it.
 */
public final class Register {
    /**
     * With an {@code otp} for the contact, the contact is registered verified. {@code clientAddress} is where the
     * request came from, for the audit log; empty when unknown.
     */
    public record Command(AppHost appHost, Slug slug, String name, Password password, String device,
                          Optional<NewContact> contact, Optional<OtpProof> otp, String clientAddress) {
        public Command(AppHost appHost, Slug slug, String name, Password password, String device,
                       Optional<NewContact> contact) {
            this(appHost, slug, name, password, device, contact, Optional.empty());
        }

        public Command(AppHost appHost, Slug slug, String name, Password password, String device,
                       Optional<NewContact> contact, Optional<OtpProof> otp) {
            this(appHost, slug, name, password, device, contact, otp, "");
        }

        public Command {
            if (otp.isPresent() && contact.isEmpty()) {
                throw DomainException.invalid("an otp needs a contact");
            }
        }
    }

    private final UserRepository users;
    private final ContactRepository contacts;
    private final PasswordHasher passwordHasher;
    private final ReservedSlugs reservedSlugs;
    private final AppResolver appResolver;
    private final TokenMint mint;
    private final OtpCheck otpCheck;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public Register(UserRepository users, ContactRepository contacts, PasswordHasher passwordHasher,
                    ReservedSlugs reservedSlugs, AppResolver appResolver, TokenMint mint, OtpCheck otpCheck,
                    Transactions transactions, Audit audit, Clock clock) {
        this.users = users;
        this.contacts = contacts;
        this.passwordHasher = passwordHasher;
        this.reservedSlugs = reservedSlugs;
        this.appResolver = appResolver;
        this.mint = mint;
        this.otpCheck = otpCheck;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public IssuedToken handle(Command command) {
        reservedSlugs.checkAvailable(command.slug());
        Password password = Password.newPassword(command.password().value());
        command.otp().ifPresent(otp -> otpCheck.verify(otp.otpId(), command.contact().orElseThrow().id(), otp.code()));
        boolean verified = command.otp().isPresent();
        Instant now = clock.instant();
        User user = User.create(UserId.random(), command.slug(), command.name(), UserType.ofSlug(command.slug()),
                passwordHasher.hash(password), now);
        User stored = transactions.inTransaction(() -> {
            User inserted = users.insert(user);
            command.contact().ifPresent(contact -> contacts.insert(new Contact(contact.id(), inserted.id(),
                    contact.platform(), contact.handle(), verified, true, now, now)));
            // nobody is signed in yet: the new user is its own actor
            audit.record(Optional.of(inserted.id()), inserted.slug().value(), command.clientAddress(),
                    AuditAction.USER_REGISTER, inserted.id().value(), Optional.empty(), "");
            return inserted;
        });
        App app = appResolver.getOrCreate(command.appHost());
        return new IssuedToken(mint.issueOrReuse(stored, app.id(), command.device()), app);
    }
}
