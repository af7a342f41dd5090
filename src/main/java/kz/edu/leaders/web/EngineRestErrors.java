package kz.edu.leaders.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.submission.FormSchema;
import kz.edu.leaders.submission.SubmissionGuard;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * The engine REST API's answer to an exception, for {@code /engine-rest} and Tasklist's {@code /camunda/api/engine}.
 * A refusal hidden inside the engine's wrapping (see {@link EngineErrors}) is answered with its own status and an
 * {@link ErrorBody} in the caller's language, the fields labelled as the task's form labels them; anything else
 * gets Camunda's own answer. Ranked before Camunda's mappers of the same exception types.
 */
public final class EngineRestErrors {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final int RANK = Priorities.USER - 1000;

  private EngineRestErrors() {}

  static Response answer(Throwable thrown, HttpServletRequest request) {
    Refusal refusal = EngineErrors.refusalFor(thrown);
    if (refusal == null) {
      return ExceptionHandlerHelper.getInstance().getResponse(thrown);
    }
    Object form = request == null ? null : request.getAttribute(SubmissionGuard.FORM);
    FieldLabels labels = form instanceof FormSchema schema ? schema::labelOf : FieldLabels.NONE;
    try {
      return Response.status(refusal.status()).type(MediaType.APPLICATION_JSON_TYPE)
          .entity(JSON.writeValueAsString(refusal.body(Language.of(request), labels))).build();
    } catch (JsonProcessingException e) {
      return ExceptionHandlerHelper.getInstance().getResponse(thrown);
    }
  }

  /** What a resource wrapped as a RestException (complete, start: "Cannot complete task ...", status 500). */
  @Priority(RANK)
  public static class Wrapped implements ExceptionMapper<RestException> {

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(RestException exception) {
      return answer(exception, request);
    }
  }

  /** What reached the REST layer unwrapped (a claim refused by a task listener, say). */
  @Priority(RANK)
  public static class Unwrapped implements ExceptionMapper<ProcessEngineException> {

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return answer(exception, request);
    }
  }
}
