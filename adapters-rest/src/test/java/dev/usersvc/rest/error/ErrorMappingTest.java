package dev.usersvc.rest.error;

import static dev.usersvc.rest.RestWorld.APP_HOST;
import static dev.usersvc.rest.RestWorld.PASSWORD;
import static dev.usersvc.rest.RestWorld.body;
import static dev.usersvc.rest.RestWorld.error;
import static dev.usersvc.rest.RestWorld.fieldNames;
import static dev.usersvc.rest.RestWorld.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.usersvc.domain.Page;
import dev.usersvc.domain.user.Slug;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.domain.user.UserQuery;
import dev.usersvc.domain.user.UserRepository;
import dev.usersvc.domain.user.UserType;
import dev.usersvc.rest.RestWorld;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The four mappers and the two HTTP filters, as a client sees them: status, headers and exact JSON. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ErrorMappingTest {
    private static final String SECRET_DETAIL = "connection to db-7.internal refused: SELECT password_hash FROM users";

    private final BreakableUserRepository users = new BreakableUserRepository();
    private final RestWorld world = RestWorld.withUserStore(inMemory -> users.over(inMemory));
    private final ResourceExtension resources = world.resources;

    @Test
    void malformedJsonIsABadRequest() {
        Response response = world.request("/user-svc/register").post(json("{\"slug\": \"ada\","));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response)).isEqualTo(error("request body is not valid JSON"));
    }

    @Test
    void aFieldOfTheWrongTypeIsABadRequestNamingTheField() {
        Response response = world.request("/user-svc/register").post(json(
                "{\"appHost\":\"" + APP_HOST + "\",\"slug\":[\"ada\"],\"password\":\"" + PASSWORD + "\"}"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response)).isEqualTo(error("field slug has the wrong type"));
    }

    @Test
    void aBodyOverTheLimitWithAContentLengthIsTooLarge() {
        String big = registerBodyOfLength(RestWorld.MAX_BODY_BYTES + 1);

        Response response = world.request("/user-svc/register")
                .header(HttpHeaders.CONTENT_LENGTH, big.length())
                .post(json(big));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(body(response)).isEqualTo(error("request body is too large"));
    }

    @Test
    void aDeclaredContentLengthOverTheLimitIsRefusedBeforeTheBodyIsRead() {
        Response response = world.request("/user-svc/register")
                .header(HttpHeaders.CONTENT_LENGTH, RestWorld.MAX_BODY_BYTES + 1)
                .post(json("{}"));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(body(response)).isEqualTo(error("request body is too large"));
    }

    // The in-memory connector buffers every entity and sends its length, so a chunked body cannot be sent from
    // here. A body longer than its declared length reaches the same guard: the filter counts the bytes as they
    // are read and stops at the limit, whatever the header said.
    @Test
    void aBodyLongerThanItsDeclaredLengthIsStoppedAtTheLimitWhileReading() {
        String big = registerBodyOfLength(RestWorld.MAX_BODY_BYTES * 4);

        Response response = world.request("/user-svc/register")
                .header(HttpHeaders.CONTENT_LENGTH, 100)
                .post(json(big));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(body(response)).isEqualTo(error("request body is too large"));
    }

    @Test
    void aBodyJustUnderTheLimitIsRead() {
        String body = registerBodyOfLength(RestWorld.MAX_BODY_BYTES);

        Response response = world.request("/user-svc/register").post(json(body));

        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void aTextPlainBodyIsAnUnsupportedMediaType() {
        Response response = world.request("/user-svc/register").post(Entity.entity(
                "{\"appHost\":\"" + APP_HOST + "\",\"slug\":\"ada\",\"password\":\"" + PASSWORD + "\"}",
                MediaType.TEXT_PLAIN_TYPE));

        assertThat(response.getStatus()).isEqualTo(415);
        assertThat(body(response)).isEqualTo(error("content type must be application/json"));
    }

    @Test
    void anUnknownPathIsNotFound() {
        Response response = world.request("/user-svc/no-such-thing").post(json("{}"));

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(body(response)).isEqualTo(error("not found"));
    }

    @Test
    void aWrongMethodIsNotAllowedAndKeepsTheAllowHeader() {
        Response response = world.request("/user-svc/register").get();

        assertThat(response.getStatus()).isEqualTo(405);
        assertThat(response.getHeaderString(HttpHeaders.ALLOW)).contains("POST");
        assertThat(body(response)).isEqualTo(error("method not allowed"));
    }

    @Test
    void anUnexpectedExceptionIsA500WithAReferenceAndNoDetail() {
        users.breakWith(new IllegalStateException(SECRET_DETAIL));

        Response response = world.request("/user-svc/register").post(json(
                "{\"appHost\":\"" + APP_HOST + "\",\"slug\":\"ada\",\"password\":\"" + PASSWORD + "\"}"));

        assertThat(response.getStatus()).isEqualTo(500);
        String raw = response.readEntity(String.class);
        JsonNode body = RestWorld.parse(raw);
        assertThat(fieldNames(body)).containsExactly("error");
        assertThat(body.get("error").asText()).matches("internal server error \\(reference [0-9A-Za-z]{12}\\)");
        assertThat(raw).doesNotContain("IllegalStateException", "db-7", "password_hash", "at dev.usersvc");
    }

    @Test
    void twoUnexpectedErrorsGetDifferentReferences() {
        users.breakWith(new IllegalStateException(SECRET_DETAIL));
        String body = "{\"appHost\":\"" + APP_HOST + "\",\"slug\":\"ada\",\"password\":\"" + PASSWORD + "\"}";

        JsonNode first = body(world.request("/user-svc/register").post(json(body)));
        JsonNode second = body(world.request("/user-svc/register").post(json(body)));

        assertThat(first.get("error").asText()).isNotEqualTo(second.get("error").asText());
    }

    @Test
    void aPreflightIsAnsweredWithoutAuthEchoingTheOrigin() {
        Response response = world.request("/user-svc/self")
                .header("Origin", "https://shop.example.com")
                .header("Access-Control-Request-Method", "POST")
                .options();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeaderString("Access-Control-Allow-Origin")).isEqualTo("https://shop.example.com");
        assertThat(response.getHeaderString("Access-Control-Allow-Methods"))
                .isEqualTo("POST, GET, OPTIONS, PUT, DELETE");
        assertThat(response.getHeaderString("Access-Control-Allow-Headers")).contains("Authorization");
        assertThat(response.getHeaderString("Access-Control-Allow-Credentials")).isEqualTo("false");
    }

    @Test
    void aLoginPreflightEchoesTheOriginAndTheAllowedMethods() {
        Response response = world.request("/user-svc/login")
                .header("Origin", "https://admin.example.org")
                .options();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeaderString("Access-Control-Allow-Origin")).isEqualTo("https://admin.example.org");
        assertThat(response.getHeaderString("Access-Control-Allow-Methods"))
                .isEqualTo("POST, GET, OPTIONS, PUT, DELETE");
    }

    @Test
    void errorResponsesCarryCorsHeadersToo() {
        Response response = world.request("/user-svc/self").header("Origin", "https://shop.example.com")
                .post(json("{}"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeaderString("Access-Control-Allow-Origin")).isEqualTo("https://shop.example.com");
    }

    /** A register body padded with an ignored key to exactly {@code length} bytes. */
    private static String registerBodyOfLength(long length) {
        String head = "{\"appHost\":\"" + APP_HOST + "\",\"slug\":\"ada\",\"password\":\"" + PASSWORD
                + "\",\"padding\":\"";
        String tail = "\"}";
        return head + "x".repeat((int) (length - head.length() - tail.length())) + tail;
    }

    /** Delegates to the in-memory store until a test breaks it; bootstrap runs before that. */
    private static final class BreakableUserRepository implements UserRepository {
        private UserRepository delegate;
        private volatile RuntimeException failure;

        UserRepository over(UserRepository inMemory) {
            delegate = inMemory;
            return this;
        }

        void breakWith(RuntimeException e) {
            failure = e;
        }

        private UserRepository store() {
            if (failure != null) {
                throw failure;
            }
            return delegate;
        }

        @Override
        public User insert(User user) {
            return store().insert(user);
        }

        @Override
        public void update(User user) {
            store().update(user);
        }

        @Override
        public Optional<User> findById(UserId id) {
            return store().findById(id);
        }

        @Override
        public Optional<User> findBySlug(Slug slug) {
            return store().findBySlug(slug);
        }

        @Override
        public Page<User> list(UserQuery query) {
            return store().list(query);
        }

        @Override
        public void delete(UserId id) {
            store().delete(id);
        }

        @Override
        public long count() {
            return store().count();
        }

        @Override
        public long countByType(UserType type) {
            return store().countByType(type);
        }
    }
}
