package dev.usersvc.server;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The settings user-svc's SQL needs from H2, added to an H2 URL that lacks them: PostgreSQL mode with lower-case
 * names and nulls sorted high, and, for a file database, durable commits (a 200 answer survives kill -9). A URL
 * that sets one of them to another value is refused at start-up rather than failing later on a query.
 */
final class H2Url {
    private static final Map<String, String> REQUIRED = requiredSettings();

    private H2Url() {
    }

    static String withRequiredSettings(String url) {
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return url;
        }
        String[] parts = url.split(";");
        Map<String, String> present = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int equals = parts[i].indexOf('=');
            if (equals > 0) {
                present.put(parts[i].substring(0, equals).strip().toUpperCase(Locale.ROOT),
                        parts[i].substring(equals + 1).strip());
            }
        }
        StringBuilder completed = new StringBuilder(url);
        REQUIRED.forEach((key, value) -> {
            if (key.equals("WRITE_DELAY") && !parts[0].startsWith("jdbc:h2:file:")) {
                return;
            }
            String given = present.get(key);
            if (given == null) {
                completed.append(';').append(key).append('=').append(value);
            } else if (!given.equalsIgnoreCase(value)) {
                throw new IllegalArgumentException("database.url: user-svc needs H2 with " + key + "=" + value
                        + ", not " + given);
            }
        });
        return completed.toString();
    }

    private static Map<String, String> requiredSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("MODE", "PostgreSQL");
        settings.put("DATABASE_TO_LOWER", "TRUE");
        settings.put("DEFAULT_NULL_ORDERING", "HIGH");
        settings.put("WRITE_DELAY", "0");
        return settings;
    }
}
