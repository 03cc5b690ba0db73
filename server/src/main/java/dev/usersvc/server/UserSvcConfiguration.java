package dev.usersvc.server;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.usersvc.web.ConsoleSettings;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** config.yml. Every field has a safe default, so an empty file runs user-svc on the embedded database. */
public final class UserSvcConfiguration extends Configuration {
    public static final String DEFAULT_DATABASE_URL =
            "jdbc:h2:file:./data/user-svc;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

    @Valid
    @NotNull
    @JsonProperty
    private DataSourceFactory database = new DataSourceFactory();

    @Valid
    @NotNull
    @JsonProperty
    private Tokens tokens = new Tokens();

    @Valid
    @NotNull
    @JsonProperty
    private Admin bootstrap = new Admin();

    @Valid
    @NotNull
    @JsonProperty
    private Throttle loginThrottle = new Throttle();

    @Valid
    @NotNull
    @JsonProperty
    private Otp otp = new Otp();

    @Valid
    @NotNull
    @JsonProperty
    private Console console = new Console();

    @NotNull
    @JsonProperty
    private List<String> reservedSlugs = List.of();

    @NotNull
    @JsonProperty
    private DataSize maxBodySize = DataSize.mebibytes(1);

    /** How often a node picks up other nodes' permit changes, revocations and key rotations. */
    @NotNull
    @JsonProperty
    private Duration syncInterval = Duration.seconds(2);

    /** How long hot-path caches (users and apps for has-permission) may lag the store. */
    @NotNull
    @JsonProperty
    private Duration lookupCacheTtl = Duration.seconds(5);

    public UserSvcConfiguration() {
        database.setUrl(DEFAULT_DATABASE_URL);
    }

    /** The pool hands out autocommit connections and rolls back whatever a failed request left open. */
    private static DataSourceFactory hardened(DataSourceFactory database) {
        database.setAutoCommitByDefault(true);
        database.setRollbackOnReturn(true);
        return database;
    }

    public DataSourceFactory database() {
        database.setUrl(H2Url.withRequiredSettings(database.getUrl()));
        if (database.getDriverClass() == null || database.getDriverClass().isBlank()) {
            database.setDriverClass(database.getUrl() != null && database.getUrl().startsWith("jdbc:postgresql:")
                    ? "org.postgresql.Driver" : "org.h2.Driver");
        }
        return hardened(database);
    }

    public Tokens tokens() {
        return tokens;
    }

    public Admin bootstrap() {
        return bootstrap;
    }

    public Throttle loginThrottle() {
        return loginThrottle;
    }

    public Otp otp() {
        return otp;
    }

    public Console console() {
        return console;
    }

    public List<String> reservedSlugs() {
        return reservedSlugs;
    }

    public DataSize maxBodySize() {
        return maxBodySize;
    }

    public Duration syncInterval() {
        return syncInterval;
    }

    public Duration lookupCacheTtl() {
        return lookupCacheTtl;
    }

    /** Token lifetimes (decision 8). */
    public static final class Tokens {
        @NotNull
        @JsonProperty
        private Duration lifetime = Duration.minutes(5);

        @NotNull
        @JsonProperty
        private Duration refreshWindow = Duration.days(30);

        @NotNull
        @JsonProperty
        private Duration refreshGrace = Duration.seconds(10);

        @NotEmpty
        @JsonProperty
        private String issuer = "user-svc";

        @Min(100)
        @JsonProperty
        private int verifiedCacheSize = 10_000;

        public Duration lifetime() {
            return lifetime;
        }

        public Duration refreshWindow() {
            return refreshWindow;
        }

        public Duration refreshGrace() {
            return refreshGrace;
        }

        public String issuer() {
            return issuer;
        }

        public int verifiedCacheSize() {
            return verifiedCacheSize;
        }
    }

    /** The admin account made on an empty database (decision 14). */
    public static final class Admin {
        @NotEmpty
        @JsonProperty
        private String adminSlug = "admin";

        @JsonProperty
        private String adminPassword = "";

        @NotEmpty
        @JsonProperty
        private String passwordFile = "data/initial-admin-password";

        public String adminSlug() {
            return adminSlug;
        }

        public String adminPassword() {
            return adminPassword;
        }

        public String passwordFile() {
            return passwordFile;
        }
    }

    /** Failed sign-ins: per account, and per client address. */
    public static final class Throttle {
        @Min(1)
        @JsonProperty
        private int maxFailuresPerAccount = 5;

        @Min(1)
        @JsonProperty
        private int maxFailuresPerAddress = 50;

        @NotNull
        @JsonProperty
        private Duration window = Duration.minutes(15);

        @NotNull
        @JsonProperty
        private Duration blockFor = Duration.minutes(15);

        public int maxFailuresPerAccount() {
            return maxFailuresPerAccount;
        }

        public int maxFailuresPerAddress() {
            return maxFailuresPerAddress;
        }

        public Duration window() {
            return window;
        }

        public Duration blockFor() {
            return blockFor;
        }
    }

    /** The admin console's sessions: ended after this long without a request, and in any case after maxLifetime. */
    public static final class Console {
        @NotNull
        @JsonProperty
        private Duration idleTimeout = Duration.minutes(30);

        @NotNull
        @JsonProperty
        private Duration maxLifetime = Duration.hours(12);

        public ConsoleSettings settings() {
            return new ConsoleSettings(idleTimeout.toJavaDuration(), maxLifetime.toJavaDuration());
        }

        @ValidationMethod(message = "console.idleTimeout must be positive and at most console.maxLifetime")
        @JsonIgnore
        public boolean isIdleTimeoutWithinLifetime() {
            return idleTimeout.toNanoseconds() > 0 && idleTimeout.toNanoseconds() <= maxLifetime.toNanoseconds();
        }
    }

    /** One-time codes that verify contacts. */
    public static final class Otp {
        @NotNull
        @JsonProperty
        private Duration expiry = Duration.minutes(10);

        @Min(1)
        @JsonProperty
        private int maxAttempts = 5;

        @Min(1)
        @JsonProperty
        private int maxSendsPerContact = 5;

        @NotNull
        @JsonProperty
        private Duration sendWindow = Duration.minutes(15);

        /** Returns the code in the send-otp response, as the contract's test mode does. Never in production. */
        @JsonProperty
        private boolean testMode;

        @JsonProperty
        private String fromName = "User Svc";

        @JsonProperty
        private String fromEmail = "";

        @Valid
        @NotNull
        @JsonProperty
        private Mail mail = new Mail();

        public Duration expiry() {
            return expiry;
        }

        public int maxAttempts() {
            return maxAttempts;
        }

        public int maxSendsPerContact() {
            return maxSendsPerContact;
        }

        public Duration sendWindow() {
            return sendWindow;
        }

        public boolean testMode() {
            return testMode;
        }

        public String fromName() {
            return fromName;
        }

        public String fromEmail() {
            return fromEmail;
        }

        public Mail mail() {
            return mail;
        }

        @ValidationMethod(message = "otp.mail.smtp.host is required when otp.mail.type is smtp")
        @JsonIgnore
        public boolean isSmtpHostGivenWhenNeeded() {
            return mail.type() != Mail.Type.SMTP || !mail.smtp().host().isBlank();
        }

        @ValidationMethod(message = "otp.fromEmail is required when otp.mail.type is smtp")
        @JsonIgnore
        public boolean isFromEmailGivenWhenNeeded() {
            return mail.type() != Mail.Type.SMTP || (fromEmail != null && !fromEmail.isBlank());
        }
    }

    /** How one-time codes are delivered: to the log (development) or to an SMTP server. */
    public static final class Mail {
        public enum Type { LOG, SMTP }

        @NotNull
        @JsonProperty
        private Type type = Type.LOG;

        @Valid
        @NotNull
        @JsonProperty
        private Smtp smtp = new Smtp();

        public Type type() {
            return type;
        }

        public Smtp smtp() {
            return smtp;
        }
    }

    /** The SMTP server; used when {@code otp.mail.type} is {@code smtp}. */
    public static final class Smtp {
        // Strings may be null: an unset ${USERSVC_SMTP_...:-} becomes a YAML null; the accessors read it as empty.
        @JsonProperty
        private String host = "";

        @Min(1)
        @Max(65535)
        @JsonProperty
        private int port = 587;

        @JsonProperty
        private String username = "";

        @JsonProperty
        private String password = "";

        @JsonProperty
        private boolean startTls = true;

        /** SMTPS, TLS from the first byte (usually port 465); {@code startTls} is then ignored. */
        @JsonProperty
        private boolean ssl;

        @NotNull
        @JsonProperty
        private Duration connectTimeout = Duration.seconds(10);

        @NotNull
        @JsonProperty
        private Duration readTimeout = Duration.seconds(10);

        public String host() {
            return host == null ? "" : host;
        }

        public int port() {
            return port;
        }

        public String username() {
            return username == null ? "" : username;
        }

        public String password() {
            return password == null ? "" : password;
        }

        public boolean startTls() {
            return startTls;
        }

        public boolean ssl() {
            return ssl;
        }

        public Duration connectTimeout() {
            return connectTimeout;
        }

        public Duration readTimeout() {
            return readTimeout;
        }
    }
}
