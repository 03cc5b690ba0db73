package dev.usersvc.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-shaped HTTP client for the console: keeps its cookies, never follows redirects, posts forms. */
final class ConsoleClient {
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final Map<String, String> cookies;

    ConsoleClient(int port) {
        this("http://127.0.0.1:" + port, new LinkedHashMap<>());
    }

    private ConsoleClient(String base, Map<String, String> cookies) {
        this.base = base;
        this.cookies = cookies;
    }

    /** The same browser (the same cookie jar) talking to another node, or to the server after a restart. */
    ConsoleClient onPort(int port) {
        return new ConsoleClient("http://127.0.0.1:" + port, cookies);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Opens the sign-in form and posts it, as a browser would. */
    HttpResponse<String> signIn(String slug, String password) {
        String csrf = csrfField(get("/admin/sign-in").body());
        return post("/admin/sign-in", Map.of("csrf", csrf, "slug", slug, "password", password));
    }

    boolean hasCookie(String name) {
        return cookies.containsKey(name);
    }

    /** The value of a cookie the server set, or null. */
    String cookie(String name) {
        return cookies.get(name);
    }

    /** Sends this cookie from now on, as a replayed or stolen cookie would be. */
    void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    static String csrfField(String html) {
        Matcher matcher = CSRF_FIELD.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF field in: " + html);
        }
        return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            keepCookies(response.headers().allValues("Set-Cookie"));
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void keepCookies(List<String> setCookies) {
        for (String setCookie : setCookies) {
            String pair = setCookie.split(";", 2)[0];
            String name = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            if (value.isEmpty() || setCookie.contains("Max-Age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }
}
