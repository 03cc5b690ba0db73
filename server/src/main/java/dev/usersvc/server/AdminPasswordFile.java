package dev.usersvc.server;

import dev.usersvc.application.Bootstrap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a generated admin password to the operator (decision 14): written once to a file only its owner can read,
 * and only the file's name goes to the log, never the password.
 */
final class AdminPasswordFile {
    private static final Logger LOG = LoggerFactory.getLogger(AdminPasswordFile.class);

    private AdminPasswordFile() {
    }

    static void writeIfGenerated(Bootstrap.Result result, String file) {
        result.generatedAdminPassword().ifPresent(password -> write(Path.of(file), password));
    }

    private static void write(Path path, String password) {
        try {
            Path parent = path.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.deleteIfExists(path);
            try {
                Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(path);
            }
            Files.writeString(path, password + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.TRUNCATE_EXISTING);
            LOG.warn("created the admin account; its generated password is in {} (readable by its owner only)",
                    path.toAbsolutePath());
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("could not create " + path, e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the admin password file " + path, e);
        }
    }
}
