package org.movierec.app.behaviour;

import java.util.NoSuchElementException;
import org.movierec.app.service.MovieLibrary;
import org.movierec.app.store.EventRepository;
import org.movierec.app.store.EventType;
import org.movierec.app.store.ImpressionRepository;
import org.springframework.stereotype.Component;

/**
 * Records a signed-in person's events, checked: the movie must exist, and an impression id must be one of
 * the person's own impressions (its position is looked up when the event does not give one).
 */
@Component
public class EventRecorder {
    private final MovieLibrary library;
    private final EventRepository events;
    private final ImpressionRepository impressions;

    public EventRecorder(MovieLibrary library, EventRepository events, ImpressionRepository impressions) {
        this.library = library;
        this.events = events;
        this.impressions = impressions;
    }

    /**
     * Records the event now.
     *
     * @param impressionId the recommendation list it came from, or null
     * @throws NoSuchElementException if the movie or the person's impression does not exist
     */
    public void record(int userId, EventType type, int movieId, Long impressionId) {
        if (!library.contains(movieId)) {
            throw new NoSuchElementException("movie " + movieId + " is not in the catalogue");
        }
        Integer position = null;
        if (impressionId != null) {
            impressions.find(userId, impressionId)
                    .orElseThrow(() -> new NoSuchElementException("you have no impression " + impressionId));
            position = impressions.position(impressionId, movieId).orElse(null);
        }
        events.record(userId, type, movieId, impressionId, position);
    }

    /** Records the event, ignoring an impression id that is not the person's (pages pass what their links carry). */
    public void recordFromPage(int userId, EventType type, int movieId, Long impressionId) {
        boolean own = impressionId != null && impressions.find(userId, impressionId).isPresent();
        record(userId, type, movieId, own ? impressionId : null);
    }
}
