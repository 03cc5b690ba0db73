package dev.usersvc.rest.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Malformed or mistyped JSON is the client's mistake: 400, naming the field when Jackson knows it. */
@Provider
public final class JsonErrorMapper implements ExceptionMapper<JsonProcessingException> {
    @Override
    public Response toResponse(JsonProcessingException e) {
        String message = "request body is not valid JSON";
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().get(mismatch.getPath().size() - 1).getFieldName();
            if (field != null && field.length() <= 64) {
                message = "field " + field + " has the wrong type";
            }
        } else if (e instanceof InvalidFormatException) {
            message = "request body has a value of the wrong type";
        }
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorResponse(message)).build();
    }
}
