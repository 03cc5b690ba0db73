package dev.usersvc.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.usersvc.application.Bootstrap;
import dev.usersvc.application.InMemoryTransactions;
import dev.usersvc.application.MutableClock;
import dev.usersvc.application.Ports;
import dev.usersvc.application.Settings;
import dev.usersvc.application.TestUseCases;
import dev.usersvc.application.UseCases;
import dev.usersvc.domain.Fixtures;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.domain.app.InMemoryAppRepository;
import dev.usersvc.domain.audit.InMemoryAuditLog;
import dev.usersvc.domain.enroll.InMemoryEnrollRepository;
import dev.usersvc.domain.login.InMemoryFailureCounterRepository;
import dev.usersvc.domain.organization.InMemoryMembershipRepository;
import dev.usersvc.domain.organization.InMemoryOrganizationRepository;
import dev.usersvc.domain.otp.InMemoryOtpRepository;
import dev.usersvc.domain.otp.RecordingMailSender;
import dev.usersvc.domain.permit.InMemoryPermitRepository;
import dev.usersvc.domain.permit.Permission;
import dev.usersvc.domain.permit.Permit;
import dev.usersvc.domain.permit.PermitId;
import dev.usersvc.domain.token.InMemoryTokenRepository;
import dev.usersvc.domain.token.SigningKey;
import dev.usersvc.domain.user.FixedPasswordHasher;
import dev.usersvc.domain.user.InMemoryContactRepository;
import dev.usersvc.domain.user.InMemoryUserRepository;
import dev.usersvc.domain.user.Password;
import dev.usersvc.domain.user.Slug;
import dev.usersvc.domain.user.UserRepository;
import dev.usersvc.rest.app.AppResource;
import dev.usersvc.rest.audit.AuditResource;
import dev.usersvc.rest.auth.BearerAuth;
import dev.usersvc.rest.error.DomainExceptionMapper;
import dev.usersvc.rest.error.JsonErrorMapper;
import dev.usersvc.rest.error.UnexpectedErrorMapper;
import dev.usersvc.rest.error.WebApplicationExceptionMapper;
import dev.usersvc.rest.http.CorsFilter;
import dev.usersvc.rest.http.RequestBodyFilter;
import dev.usersvc.rest.permit.PermitResource;
import dev.usersvc.rest.token.JwksResource;
import dev.usersvc.rest.token.JwtTokens;
import dev.usersvc.rest.token.ListSigningKeyRepository;
import dev.usersvc.rest.token.TokenResource;
import dev.usersvc.rest.user.UserResource;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.glassfish.jersey.internal.inject.AbstractBinder;

/**
 * The /user-svc API as {@link RestApi#register} wires it (same resources, filters, mappers and bearer auth), served
 * by a {@link ResourceExtension} over the real use cases, in-memory fakes, a {@link MutableClock} and real RS256
 * {@link JwtTokens}. Bootstrap has run with admin {@code admin} / {@value #ADMIN_PASSWORD}.
 */
public final class RestWorld {
    public static final String ADMIN_PASSWORD = "admin-password-1";
    public static final String PASSWORD = "password-1";
    public static final String APP_HOST = "shop.example.com";
    public static final long MAX_BODY_BYTES = 1024;
    public static final String CLIENT_ADDRESS = "203.0.113.7";
    public static final ObjectMapper JSON = Jackson.newObjectMapper();

    private static final String ISSUER = "user-svc";
    // RSA key generation is slow; one key pair serves every test, so bootstrap finds a key and makes none.
    private static final SigningKey KEY =
            new JwtTokens(new ListSigningKeyRepository(), Clock.systemUTC(), ISSUER, Duration.ofDays(30))
                    .generate(Fixtures.T0.minus(Duration.ofDays(1)));

    public final MutableClock clock = new MutableClock(Fixtures.T0);
    public final InMemoryTokenRepository tokens = new InMemoryTokenRepository();
    public final InMemoryContactRepository contacts = new InMemoryContactRepository();
    public final InMemoryEnrollRepository enrolls = new InMemoryEnrollRepository();
    public final InMemoryUserRepository users = new InMemoryUserRepository(contacts, enrolls, tokens);
    public final InMemoryAppRepository apps = new InMemoryAppRepository();
    public final InMemoryPermitRepository permits = new InMemoryPermitRepository();
    public final ListSigningKeyRepository signingKeys = new ListSigningKeyRepository();
    public final InMemoryFailureCounterRepository failureCounters = new InMemoryFailureCounterRepository();
    public final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    public final JwtTokens jwtTokens = new JwtTokens(signingKeys, clock, ISSUER, Duration.ofDays(30));
    public final UseCases useCases;
    public final ResourceExtension resources;

    private RestWorld(UnaryOperator<UserRepository> userStore) {
        signingKeys.insert(KEY);
        jwtTokens.reload();
        Settings settings = TestUseCases.SETTINGS;
        UserRepository userRepository = userStore.apply(users);
        Ports ports = new Ports(userRepository, contacts, apps, tokens, signingKeys, permits, enrolls,
                failureCounters, new InMemoryTransactions(), new FixedPasswordHasher(), jwtTokens, jwtTokens,
                jwtTokens, userRepository, apps, new InMemoryOtpRepository(), new RecordingMailSender(),
                new InMemoryOrganizationRepository(), new InMemoryMembershipRepository(), auditLog);
        useCases = UseCases.create(ports, settings, clock);
        useCases.bootstrap().handle(new Bootstrap.Command(new Slug("admin"),
                Optional.of(new Password(ADMIN_PASSWORD))));
        ResourceExtension.Builder builder = ResourceExtension.builder()
                .setRegisterDefaultExceptionMappers(false)
                .setMapper(Jackson.newObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
                .addProvider(new RequestBodyFilter(MAX_BODY_BYTES))
                .addProvider(new CorsFilter())
                .addProvider(new DomainExceptionMapper())
                .addProvider(new JsonErrorMapper())
                .addProvider(new WebApplicationExceptionMapper())
                .addProvider(new UnexpectedErrorMapper());
        BearerAuth.features(useCases.authenticate()).forEach(builder::addProvider);
        builder.addProvider(new ServletRequestBinder());
        resources = builder
                .addResource(new UserResource(useCases))
                .addResource(new TokenResource(useCases, jwtTokens))
                .addResource(new JwksResource(jwtTokens))
                .addResource(new AppResource(useCases))
                .addResource(new PermitResource(useCases))
                .addResource(new AuditResource(useCases))
                .build();
    }

    /** A bootstrapped world over the in-memory fakes. */
    public static RestWorld create() {
        return new RestWorld(UnaryOperator.identity());
    }

    /** As {@link #create()}, but the use cases see the user store through {@code decorate} (after bootstrap too). */
    public static RestWorld withUserStore(UnaryOperator<UserRepository> decorate) {
        return new RestWorld(decorate);
    }

    public Invocation.Builder request(String path) {
        return resources.target(path).request();
    }

    public Invocation.Builder request(String path, String jwt) {
        return request(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + jwt);
    }

    public static Entity<String> json(String body) {
        return Entity.entity(body, MediaType.APPLICATION_JSON_TYPE);
    }

    /** Registers {@code slug} over HTTP and returns the JWT. */
    public String register(String slug) {
        try (Response response = request("/user-svc/register").post(json(
                "{\"appHost\":\"" + APP_HOST + "\",\"slug\":\"" + slug + "\",\"password\":\"" + PASSWORD + "\"}"))) {
            return jwtOf(response);
        }
    }

    /** Logs in over HTTP and returns the JWT. */
    public String login(String slug, String password) {
        try (Response response = request("/user-svc/login").post(json(
                "{\"appHost\":\"" + APP_HOST + "\",\"slug\":\"" + slug + "\",\"password\":\"" + password + "\"}"))) {
            return jwtOf(response);
        }
    }

    public String loginAdmin() {
        return login("admin", ADMIN_PASSWORD);
    }

    /** Grants {@code permission} to the slug in every app, as a saved permit would, and reloads the index. */
    public void grantToSlug(String permission, String slug) {
        permits.save(new Permit(PermitId.random(), AppId.ALL, new Permission(permission), List.of(), List.of(slug),
                clock.instant(), clock.instant()));
        useCases.permissions().refreshIfChanged();
    }

    public static JsonNode body(Response response) {
        try {
            return JSON.readTree(response.readEntity(String.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The object's field names in the order the JSON has them. */
    public static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** {@code {"error": message}} as a tree, for exact comparison with a response body. */
    public static JsonNode error(String message) {
        return JSON.createObjectNode().put("error", message);
    }

    /**
     * The in-memory container has no servlet request, which the real server always has; login reads the client
     * address from it. This stands in with a fixed address, so the per-address throttle sees one client.
     */
    private static final class ServletRequestBinder extends AbstractBinder {
        @Override
        protected void configure() {
            bind((HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                    new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getRemoteAddr" -> CLIENT_ADDRESS;
                        case "toString" -> "HttpServletRequest from " + CLIENT_ADDRESS;
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> throw new UnsupportedOperationException(method.getName());
                    })).to(HttpServletRequest.class);
        }
    }

    private static String jwtOf(Response response) {
        if (response.getStatus() != 200) {
            throw new AssertionError("expected 200, got " + response.getStatus() + " "
                    + response.readEntity(String.class));
        }
        return body(response).path("token").path("token").asText();
    }
}
