package kz.edu.leaders.events.forum;

import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The feedback sheet of a personal link, without login (outside /api/*): GET shows the forum's sessions to rate and
 * the scale, POST takes the sheet once. An unknown link is a plain 404; a second sheet 409. The page is
 * /forum-feedback/#token: the token stays in the address's fragment, which browsers send to no server.
 */
@RestController
public class PublicFeedbackController {

  private final ForumFeedback feedback;

  public PublicFeedbackController(ForumFeedback feedback) {
    this.feedback = feedback;
  }

  @GetMapping("/public/api/forum-feedback/{token}")
  public ResponseEntity<ForumFeedback.Sheet> sheet(@PathVariable String token) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(feedback.sheet(token));
  }

  @PostMapping(path = "/public/api/forum-feedback/{token}", consumes = "application/json")
  public ResponseEntity<Map<String, Object>> submit(@PathVariable String token,
                                                    @RequestBody Map<String, Object> sheet) {
    feedback.submit(token, sheet);
    return ResponseEntity.status(201).cacheControl(CacheControl.noStore()).body(Map.of("received", true));
  }
}
