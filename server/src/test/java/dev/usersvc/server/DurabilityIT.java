package dev.usersvc.server;

import static dev.usersvc.server.Api.obj;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar on its default embedded database: a write answered with 200 survives kill -9 (H2 runs with
 * WRITE_DELAY=0), and the server comes back on the same files.
 */
class DurabilityIT {
    private static final Path JAR = Path.of("target", "user-svc.jar");
    private static final Path CONFIG = Path.of("..", "config.yml");

    @TempDir
    Path workDir;

    @Test
    void anAnsweredRegistrationSurvivesKillNine() throws Exception {
        int port = freePort();
        int adminPort = freePort();
        String slug = "durable-" + UUID.randomUUID().toString().substring(0, 8);

        Process first = start(port, adminPort);
        try {
            awaitHealthy(adminPort, first);
            Api.Reply registered = new Api(port).post("/user-svc/register", null,
                    obj("appHost", "test.app", "slug", slug, "password", "durable-pass-1"));
            assertThat(registered.status()).as(registered.body()).isEqualTo(200);
        } finally {
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook, no flush
        }

        Process second = start(port, adminPort);
        try {
            awaitHealthy(adminPort, second);
            assertThat(new Api(port).post("/user-svc/login", null, obj("appHost", "test.app", "slug", slug,
                    "password", "durable-pass-1")).status()).isEqualTo(200);
            assertThat(Files.readString(workDir.resolve("data/initial-admin-password")).strip()).isNotEmpty();
        } finally {
            second.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Process start(int port, int adminPort) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("java", "-jar", JAR.toAbsolutePath().toString(), "server",
                CONFIG.toAbsolutePath().normalize().toString())
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("server.log").toFile());
        builder.environment().put("USERSVC_PORT", Integer.toString(port));
        builder.environment().put("USERSVC_ADMIN_PORT", Integer.toString(adminPort));
        builder.environment().remove("USERSVC_DATABASE_URL");
        builder.environment().remove("USERSVC_ADMIN_PASSWORD");
        return builder.start();
    }

    private void awaitHealthy(int adminPort, Process process) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("server exited: %s", log()).isTrue();
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + adminPort + "/healthcheck")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("server not healthy within 90 s: " + log());
    }

    private String log() throws IOException {
        Path log = workDir.resolve("server.log");
        return Files.exists(log) ? Files.readString(log) : "(no log)";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
