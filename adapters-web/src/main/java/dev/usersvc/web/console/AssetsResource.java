package dev.usersvc.web.console;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The console's stylesheet, from the classpath: no CDN, so the CSP can stay at style-src 'self'. */
@Path("/assets")
public final class AssetsResource {
    private final byte[] stylesheet = read("/dev/usersvc/web/assets/console.css");

    @GET
    @Path("console.css")
    @Produces("text/css; charset=utf-8")
    public byte[] stylesheet() {
        return stylesheet;
    }

    private static byte[] read(String name) {
        try (InputStream in = AssetsResource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new NotFoundException(name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
