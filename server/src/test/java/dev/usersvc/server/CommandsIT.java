package dev.usersvc.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator's commands, run from the jar on the default embedded database, as the README shows them. */
class CommandsIT {
    private static final Path JAR = Path.of("target", "user-svc.jar");
    private static final Path CONFIG = Path.of("..", "config.yml");
    private static final Pattern KEY_LINE = Pattern.compile("(?m)^(\\w+)  created \\S+  (current|retired \\S+)$");

    @TempDir
    Path workDir;

    private String run(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("java", "-jar", JAR.toAbsolutePath().toString()));
        line.addAll(List.of(command));
        line.add(CONFIG.toAbsolutePath().normalize().toString());
        ProcessBuilder builder = new ProcessBuilder(line).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().remove("USERSVC_DATABASE_URL");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    @Test
    void dbStatusListsPendingChangesAndMigrateAppliesThem() throws Exception {
        assertThat(run("db", "status")).containsPattern("(?m)^[1-9][0-9]* change sets pending$")
                .contains("0001-users.xml");

        assertThat(run("db", "migrate")).contains("the schema is up to date");

        assertThat(run("db", "status")).contains("0 change sets pending");
    }

    @Test
    void keysRotateSignsWithANewKeyAndRetiresTheOldOne() throws Exception {
        String first = signingKeyIn(run("keys", "rotate"));
        String second = signingKeyIn(run("keys", "rotate"));

        String listed = run("keys", "list");
        assertThat(second).isNotEqualTo(first);
        Matcher lines = KEY_LINE.matcher(listed);
        List<String> states = new ArrayList<>();
        while (lines.find()) {
            states.add(lines.group(1) + " " + lines.group(2).split(" ")[0]);
        }
        assertThat(states).containsExactly(second + " current", first + " retired");
    }

    private static String signingKeyIn(String output) {
        Matcher matcher = Pattern.compile("now signing with key (\\w+)").matcher(output);
        assertThat(matcher.find()).as(output).isTrue();
        return matcher.group(1);
    }
}
