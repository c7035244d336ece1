package org.movierec.app.web;

import java.util.ArrayList;
import java.util.List;
import org.movierec.app.service.RecommendationService;
import org.movierec.core.data.RatingScale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the signed-in user (or null), the genres and the steps of the rating control. */
@ControllerAdvice(assignableTypes = PageController.class)
public class PageModelAdvice {
    private final RecommendationService service;

    public PageModelAdvice(RecommendationService service) {
        this.service = service;
    }

    @ModelAttribute("me")
    AccountUser me(@AuthenticationPrincipal AccountUser user) {
        return user;
    }

    @ModelAttribute("allGenres")
    List<String> genres() {
        return service.library().genres();
    }

    @ModelAttribute("ratingSteps")
    List<RatingStep> ratingSteps() {
        return steps(service.library().scale());
    }

    /** One value of the rating control; half marks a value ending in .5 (drawn as the left half of a star). */
    public record RatingStep(float value, boolean half, String label) {
    }

    static List<RatingStep> steps(RatingScale scale) {
        float step = scale.step() > 0 ? scale.step() : 0.5f;
        List<RatingStep> out = new ArrayList<>();
        for (float v = scale.min(); v <= scale.max() + 1e-4; v += step) {
            boolean half = Math.abs(v - Math.rint(v)) > 1e-4;
            String text = (half ? String.valueOf(v) : String.valueOf((int) Math.rint(v))) + (v == 1f ? " star" : " stars");
            out.add(new RatingStep(v, half, text));
        }
        return out;
    }
}
