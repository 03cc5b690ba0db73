package dev.usersvc.rest.otp;

import dev.usersvc.application.UseCases;
import dev.usersvc.rest.json.Bodies;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** One-time codes that prove a contact belongs to whoever registers or logs in with it. */
@Path("/user-svc/otp")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class OtpResource {
    private final UseCases useCases;

    public OtpResource(UseCases useCases) {
        this.useCases = useCases;
    }

    @POST
    @Path("/send")
    public SendOtpResponse send(SendOtpRequest request) {
        return SendOtpResponse.from(useCases.sendOtp().handle(
                Bodies.orEmpty(request, new SendOtpRequest(null, null, null, null)).toCommand()));
    }
}
